package se.nspl.organisation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * One of those the platform addresses and lists as a counterpart: a region or an organisation
 * (the secretariat, an authority, SKR). Its {@code key} is the region's code ("24") or the
 * organisation's id, so that both fit one path segment.
 *
 * @param region set for a region
 * @param organisation set for an organisation
 */
public record Party(
        String key,
        String name,
        Kind kind,
        @Nullable RegionCode region,
        @Nullable UUID organisation) {

    /** What kind of party; the order is the order of the contact directory. */
    public enum Kind {
        SECRETARIAT,
        REGION,
        AUTHORITY,
        ASSOCIATION
    }

    public static Party of(Region region) {
        return new Party(region.code().value(), region.name(), Kind.REGION, region.code(), null);
    }

    public static Party of(Organisation organisation) {
        var kind = switch (organisation.kind()) {
            case SECRETARIAT -> Kind.SECRETARIAT;
            case AUTHORITY -> Kind.AUTHORITY;
            case ASSOCIATION -> Kind.ASSOCIATION;
        };
        return new Party(organisation.id().toString(), organisation.name(), kind, null, organisation.id());
    }

    public boolean isRegion() {
        return kind == Kind.REGION;
    }

    public boolean isSecretariat() {
        return kind == Kind.SECRETARIAT;
    }
}

package se.nspl.notification;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Who a notification is for: a region's coordinators, or the secretariat (national coordinators
 * and administrators).
 *
 * @param region the region, or null for the secretariat
 */
public record Audience(@Nullable RegionCode region) {

    private static final Audience SECRETARIAT = new Audience(null);

    public static Audience secretariat() {
        return SECRETARIAT;
    }

    public static Audience of(RegionCode region) {
        return new Audience(region);
    }

    public boolean isSecretariat() {
        return region == null;
    }

    /** The audience the actor belongs to, if any: a region's coordinator or the secretariat. */
    public static Optional<Audience> of(Actor actor) {
        if (actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN)) {
            return Optional.of(SECRETARIAT);
        }
        if (actor.hasRole(Role.REGION_COORDINATOR)) {
            return actor.region().map(Audience::of);
        }
        return Optional.empty();
    }
}

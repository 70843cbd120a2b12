package se.nspl.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * A person's (or a team's) login to the platform.
 *
 * @param externalSubject the identity at an OIDC provider that logs in as this account ({@code
 *     "<issuer> <subject>"}), linked by an administrator; null when none
 */
public record Account(
        UUID id,
        String username,
        String displayName,
        Role role,
        Optional<RegionCode> region,
        Set<UUID> units,
        boolean enabled,
        @Nullable String externalSubject) {

    public Actor actor() {
        return new Actor(id, username, role, region, units);
    }
}

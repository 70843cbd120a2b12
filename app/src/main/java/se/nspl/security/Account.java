package se.nspl.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** A person's (or a team's) login to the platform. */
public record Account(
        UUID id,
        String username,
        String displayName,
        Role role,
        Optional<RegionCode> region,
        Set<UUID> units,
        boolean enabled) {

    public Actor actor() {
        return new Actor(id, username, role, region, units);
    }
}

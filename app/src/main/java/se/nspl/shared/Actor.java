package se.nspl.shared;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The principal behind a request: a person logged in (form or bearer token) or a machine client
 * with an API key. Modules decide their own permissions from its role, region and units.
 *
 * @param id the account id, or the API key id for a machine client
 * @param name the username, or {@code api-key:<name>}
 * @param region the region a regional actor acts for; empty for national roles
 * @param units the units a reporter is bound to; empty means all units of its region
 */
public record Actor(UUID id, String name, Role role, Optional<RegionCode> region, Set<UUID> units) {

    public Actor {
        units = Set.copyOf(units);
        if (role.isRegional() && region.isEmpty()) {
            throw new IllegalArgumentException("a " + role + " acts for a region");
        }
    }

    /** Whether this actor acts for the given region (national roles act for none in particular). */
    public boolean actsFor(RegionCode code) {
        return region.map(code::equals).orElse(false);
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }
}

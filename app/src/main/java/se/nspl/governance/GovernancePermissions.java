package se.nspl.governance;

import se.nspl.shared.Actor;
import se.nspl.shared.Role;

/**
 * The secretariat (national coordinators and administrators) keeps the steering group's minutes
 * and the timeline; everyone logged in reads them. Participation decisions are the registry's
 * (see {@code RegistryPermissions}).
 */
public final class GovernancePermissions {

    private GovernancePermissions() {}

    public static boolean mayWrite(Actor actor) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
    }
}

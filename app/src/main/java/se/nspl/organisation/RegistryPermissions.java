package se.nspl.organisation;

import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Who may change the registry. A region keeps its own hospitals and units; administrators keep
 * all; the secretariat records the regions' participation decisions. Everyone logged in reads.
 */
public final class RegistryPermissions {

    private RegistryPermissions() {}

    public static boolean mayEditHospitalsOf(Actor actor, RegionCode region) {
        return actor.hasRole(Role.ADMIN) || (actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(region));
    }

    public static boolean mayRecordParticipationOf(Actor actor, RegionCode region) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || mayEditHospitalsOf(actor, region);
    }
}

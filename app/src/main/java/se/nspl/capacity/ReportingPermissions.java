package se.nspl.capacity;

import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Who reports what. A region's coordinator reports and corrects for every unit of the region; a
 * reporter (a person or a hospital system's API key) for its region, or only the units it is
 * bound to. Nobody reports for another region, and national roles do not report at all: the
 * figures are the region's own.
 */
public final class ReportingPermissions {

    private ReportingPermissions() {}

    public static boolean mayReportFor(Actor actor, ReportingUnit unit) {
        if (!actor.actsFor(unit.region())) {
            return false;
        }
        return actor.hasRole(Role.REGION_COORDINATOR)
                || (actor.hasRole(Role.REPORTER)
                        && (actor.units().isEmpty() || actor.units().contains(unit.id())));
    }

    public static boolean maySetPreparednessOf(Actor actor, RegionCode region) {
        return actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(region);
    }
}

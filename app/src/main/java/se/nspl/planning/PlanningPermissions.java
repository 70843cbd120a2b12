package se.nspl.planning;

import org.jspecify.annotations.Nullable;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Who may do what in the planning register. Everyone logged in reads it (the authorities too: it
 * is the joint picture of the planning). A region's coordinators write and comment on their
 * region's items; the secretariat (national coordinators, administrators) on every item, and only
 * it on the national ones. Comments are kept to those who answer for the item, so that the thread
 * stays the owners' working conversation, not a public forum.
 */
public final class PlanningPermissions {

    private PlanningPermissions() {}

    public static boolean secretariat(Actor actor) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
    }

    /** Whether the actor may write items of the region (null: national items). */
    public static boolean mayWrite(Actor actor, @Nullable RegionCode region) {
        if (secretariat(actor)) {
            return true;
        }
        return region != null && actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(region);
    }

    public static boolean mayWrite(Actor actor, PlanningItem item) {
        return mayWrite(actor, item.region());
    }

    /** Whether the actor may add items at all (to some region or nationally). */
    public static boolean mayCreate(Actor actor) {
        return secretariat(actor) || actor.hasRole(Role.REGION_COORDINATOR);
    }

    public static boolean mayComment(Actor actor, PlanningItem item) {
        return mayWrite(actor, item);
    }
}

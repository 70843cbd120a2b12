package se.nspl.finance;

import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * Who may do what with the financing. Finance (Region Uppsala's) and administrators enter budgets
 * and state grants and read every invoice; the secretariat and the regions read the cost key; a
 * region reads its own invoice.
 */
public final class FinancePermissions {

    private FinancePermissions() {}

    public static boolean mayManage(Actor actor) {
        return actor.hasRole(Role.FINANCE) || actor.hasRole(Role.ADMIN);
    }

    public static boolean mayReadCostKey(Actor actor) {
        return mayManage(actor) || actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.REGION_COORDINATOR);
    }

    public static boolean mayReadInvoiceOf(Actor actor, RegionCode region) {
        return mayManage(actor) || (actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(region));
    }
}

package se.nspl.contact;

import se.nspl.organisation.Party;
import se.nspl.shared.Actor;
import se.nspl.shared.Role;

/**
 * Who may change a contact card: a region's coordinator its own region's card only; the
 * secretariat (national coordinators, administrators) every card, since the authorities' accounts
 * are not tied to an authority and someone must keep theirs. Everyone logged in reads them all.
 */
public final class ContactPermissions {

    private ContactPermissions() {}

    public static boolean mayEdit(Actor actor, Party party) {
        if (actor.hasRole(Role.ADMIN) || actor.hasRole(Role.NATIONAL_COORDINATOR)) {
            return true;
        }
        return actor.hasRole(Role.REGION_COORDINATOR) && party.region() != null && actor.actsFor(party.region());
    }
}

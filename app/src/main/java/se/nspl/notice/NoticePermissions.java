package se.nspl.notice;

import org.jspecify.annotations.Nullable;
import se.nspl.organisation.Party;
import se.nspl.shared.Actor;
import se.nspl.shared.Role;

/**
 * Who may do what with notices, in one place. "The secretariat" is a national coordinator or an
 * administrator. A region's notices are sent, followed up and acknowledged by its coordinators;
 * its reporters read what the region received.
 */
public final class NoticePermissions {

    private NoticePermissions() {}

    public static boolean isSecretariat(Actor actor) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
    }

    /** The secretariat, and a region's coordinator for the region. */
    public static boolean maySend(Actor actor) {
        return isSecretariat(actor) || actor.hasRole(Role.REGION_COORDINATOR);
    }

    /** The sending side: sees every recipient's acknowledgement and sends reminders. */
    public static boolean followsUp(Actor actor, Notice notice) {
        if (isSecretariat(actor)) {
            return true;
        }
        return notice.senderRegion() != null
                && actor.hasRole(Role.REGION_COORDINATOR)
                && actor.actsFor(notice.senderRegion());
    }

    /** Whether the actor may acknowledge on behalf of the recipient: its region's coordinator, or the secretariat for itself. */
    public static boolean mayAcknowledgeFor(Actor actor, Recipient recipient) {
        if (recipient.region() != null) {
            return actor.hasRole(Role.REGION_COORDINATOR) && actor.actsFor(recipient.region());
        }
        return recipient.kind() == Party.Kind.SECRETARIAT && isSecretariat(actor);
    }

    /**
     * Whether the actor reads the notice: the sending side, a recipient region's people, the
     * secretariat, and authority viewers for notices to an authority (their accounts are not
     * tied to one authority, so they read what went to any).
     */
    public static boolean mayRead(Actor actor, Notice notice) {
        if (isSecretariat(actor) || notice.senderRegion() != null && actor.actsFor(notice.senderRegion())) {
            return true;
        }
        return notice.recipients().stream().anyMatch(r -> receives(actor, r));
    }

    /** Whether the recipient is the actor's side: its region, or any authority for an authority viewer. */
    public static boolean receives(Actor actor, Recipient recipient) {
        if (recipient.region() != null) {
            return actor.actsFor(recipient.region());
        }
        if (recipient.kind() == Party.Kind.SECRETARIAT) {
            return isSecretariat(actor);
        }
        return actor.hasRole(Role.AUTHORITY_VIEWER);
    }

    /** The key of the party the actor acknowledges for when it does not say: its region, or the secretariat. */
    static @Nullable String ownRecipientKey(Actor actor, @Nullable Party secretariat) {
        if (actor.hasRole(Role.REGION_COORDINATOR)) {
            return actor.region().map(Object::toString).orElse(null);
        }
        if (isSecretariat(actor) && secretariat != null) {
            return secretariat.key();
        }
        return null;
    }
}

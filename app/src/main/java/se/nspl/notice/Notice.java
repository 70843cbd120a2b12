package se.nspl.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * A notice as sent: never changed afterwards, only acknowledged and reminded of.
 *
 * @param senderRegion the region that sent it; null when the secretariat did
 * @param acknowledgeBy the deadline for acknowledgement, if any
 * @param recipients every region and organisation it went to; shown in full to the sending side
 *     only, a recipient sees its own line
 */
public record Notice(
        UUID id,
        String subject,
        String body,
        NoticePriority priority,
        @Nullable RegionCode senderRegion,
        String sentBy,
        Instant sentAt,
        boolean allRegions,
        boolean acknowledgementRequired,
        @Nullable Instant acknowledgeBy,
        List<Recipient> recipients) {

    public Notice {
        recipients = List.copyOf(recipients);
    }

    /** How many recipients are asked to acknowledge. */
    public int expected() {
        return (int) recipients.stream().filter(Recipient::expected).count();
    }

    /** How many of those asked have acknowledged. */
    public int acknowledged() {
        return (int) recipients.stream()
                .filter(r -> r.expected() && r.acknowledged())
                .count();
    }

    /** "1/21": acknowledged of expected, as the overview shows it. */
    public String acknowledgement() {
        return acknowledged() + "/" + expected();
    }

    public boolean sentBySecretariat() {
        return senderRegion == null;
    }

    /** The recipients still waited for after the deadline. */
    public List<Recipient> overdue(Instant now) {
        return recipients.stream().filter(r -> r.overdue(acknowledgeBy, now)).toList();
    }

    Notice withRecipients(List<Recipient> only) {
        return new Notice(
                id,
                subject,
                body,
                priority,
                senderRegion,
                sentBy,
                sentAt,
                allRegions,
                acknowledgementRequired,
                acknowledgeBy,
                only);
    }
}

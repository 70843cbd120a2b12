package se.nspl.notice;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.organisation.Party;
import se.nspl.shared.RegionCode;

/**
 * A region or an organisation a notice was sent to, and where its acknowledgement stands.
 *
 * @param expected whether this recipient is asked to acknowledge: regions and the secretariat, when
 *     the notice asks for it (authorities' accounts are not tied to an organisation, so nobody could
 *     acknowledge for one; they receive the notice only)
 * @param acknowledgedBy the account that acknowledged on the recipient's behalf
 * @param reminders how many reminders were recorded for it, by hand or automatic
 */
public record Recipient(
        String key,
        String name,
        Party.Kind kind,
        @Nullable RegionCode region,
        @Nullable UUID organisation,
        boolean expected,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        int reminders,
        @Nullable Instant lastRemindedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Still waited for, whether or not the deadline has passed. */
    public boolean waitedFor() {
        return expected && acknowledgedAt == null;
    }

    /** Waited for past the notice's deadline. */
    public boolean overdue(@Nullable Instant acknowledgeBy, Instant now) {
        return waitedFor() && acknowledgeBy != null && now.isAfter(acknowledgeBy);
    }
}

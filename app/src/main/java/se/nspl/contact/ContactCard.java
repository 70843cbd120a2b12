package se.nspl.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.nspl.organisation.Party;

/**
 * How to reach a region, an authority or the secretariat around the clock. A party without a
 * saved card has an empty one at version 0.
 *
 * @param party the region's code or the organisation's id
 * @param dutyPhone the 24/7 number of the duty officer (tjänsteman i beredskap, TiB)
 * @param mailbox the functional mailbox, read around the clock
 * @param verifiedAt when someone last confirmed the card is right; saving it confirms it too
 */
public record ContactCard(
        String party,
        String name,
        Party.Kind kind,
        @Nullable String dutyPhone,
        @Nullable String mailbox,
        List<RoleContact> roles,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        @Nullable Instant verifiedAt,
        @Nullable String verifiedBy,
        long version) {

    /** A card older than this is flagged for re-verification. */
    public static final Duration VERIFY_EVERY = Duration.ofDays(90);

    public ContactCard {
        roles = List.copyOf(roles);
    }

    static ContactCard empty(Party party) {
        return new ContactCard(
                party.key(), party.name(), party.kind(), null, null, List.of(), null, null, null, null, 0);
    }

    /** Never verified, or last verified more than 90 days before {@code now}. */
    public boolean needsVerification(Instant now) {
        return verifiedAt == null || verifiedAt.plus(VERIFY_EVERY).isBefore(now);
    }

    public boolean saved() {
        return updatedAt != null;
    }
}

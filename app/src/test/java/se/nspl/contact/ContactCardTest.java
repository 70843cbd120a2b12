package se.nspl.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.organisation.Party;
import se.nspl.shared.RegionCode;

/** The 90-day rule, and demo numbers that reach nobody. */
class ContactCardTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    static ContactCard verifiedAt(Instant at) {
        return new ContactCard(
                "24", "Region Västerbotten", Party.Kind.REGION, "08-465 004 24", null, List.of(), at, "x", at, "x", 1);
    }

    @Test
    void aCardIsFlaggedWhenNeverVerifiedOrVerifiedMoreThanNinetyDaysAgo() {
        var never =
                ContactCard.empty(new Party("24", "Region Västerbotten", Party.Kind.REGION, RegionCode.of("24"), null));

        assertThat(never.needsVerification(NOW)).isTrue();
        assertThat(verifiedAt(NOW.minus(Duration.ofDays(90))).needsVerification(NOW))
                .isFalse();
        assertThat(verifiedAt(NOW.minus(Duration.ofDays(90)).minusSeconds(1)).needsVerification(NOW))
                .isTrue();
    }

    @Test
    void demoNumbersComeFromTheRangesKeptForFiction() {
        for (int i = 0; i < 200; i++) {
            assertThat(DemoContacts.dutyPhone(i)).matches("08-465 004 \\d\\d");
            String mobile = DemoContacts.mobile(i);
            assertThat(mobile).matches("070-174 06 \\d\\d");
            assertThat(Integer.parseInt(mobile.substring(mobile.length() - 2))).isBetween(5, 99);
        }
        var party = new Party(
                UUID.randomUUID().toString(), "Socialstyrelsen", Party.Kind.AUTHORITY, null, UUID.randomUUID());
        assertThat(DemoContacts.mailbox(party, 3)).endsWith(".invalid");
        assertThat(DemoContacts.roles(0)).allMatch(r -> r.name().endsWith("(demo)"));
    }
}

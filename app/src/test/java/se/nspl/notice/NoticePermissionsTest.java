package se.nspl.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.organisation.Party;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** Who sends, reads, acknowledges and follows up a notice; and what a notice counts. */
class NoticePermissionsTest {

    static final Instant SENT = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant DEADLINE = SENT.plusSeconds(3600);
    static final UUID SECRETARIAT = UUID.randomUUID();
    static final UUID AUTHORITY = UUID.randomUUID();

    static Actor actor(Role role, String region) {
        return new Actor(
                UUID.randomUUID(), "someone", role, Optional.ofNullable(region).map(RegionCode::of), Set.of());
    }

    static Recipient region(String code, Instant acknowledgedAt) {
        return new Recipient(
                code,
                "Region " + code,
                Party.Kind.REGION,
                RegionCode.of(code),
                null,
                true,
                acknowledgedAt,
                acknowledgedAt == null ? null : "x",
                0,
                null);
    }

    static Recipient secretariat() {
        return new Recipient(
                SECRETARIAT.toString(),
                "Kansliet",
                Party.Kind.SECRETARIAT,
                null,
                SECRETARIAT,
                true,
                null,
                null,
                0,
                null);
    }

    static Recipient authority() {
        return new Recipient(
                AUTHORITY.toString(),
                "Socialstyrelsen",
                Party.Kind.AUTHORITY,
                null,
                AUTHORITY,
                false,
                null,
                null,
                0,
                null);
    }

    static Notice notice(String senderRegion, Recipient... recipients) {
        return new Notice(
                UUID.randomUUID(),
                "Ämne",
                "Text",
                NoticePriority.ROUTINE,
                senderRegion == null ? null : RegionCode.of(senderRegion),
                "sender",
                SENT,
                false,
                true,
                DEADLINE,
                List.of(recipients));
    }

    @Test
    void countsOnlyTheRecipientsAskedToAcknowledge() {
        var notice = notice(null, region("24", SENT), region("25", null), authority());

        assertThat(notice.expected()).isEqualTo(2);
        assertThat(notice.acknowledged()).isEqualTo(1);
        assertThat(notice.acknowledgement()).isEqualTo("1/2");
    }

    @Test
    void aRecipientIsOverdueOnlyAfterTheDeadlineAndUntilItAcknowledges() {
        var notice = notice(null, region("24", SENT), region("25", null), authority());

        assertThat(notice.overdue(DEADLINE)).isEmpty();
        assertThat(notice.overdue(DEADLINE.plusSeconds(1)))
                .extracting(Recipient::key)
                .containsExactly("25");
    }

    @Test
    void aRegionsCoordinatorAcknowledgesForItsOwnRegionOnly() {
        var coordinator = actor(Role.REGION_COORDINATOR, "24");

        assertThat(NoticePermissions.mayAcknowledgeFor(coordinator, region("24", null)))
                .isTrue();
        assertThat(NoticePermissions.mayAcknowledgeFor(coordinator, region("01", null)))
                .isFalse();
        assertThat(NoticePermissions.mayAcknowledgeFor(actor(Role.REPORTER, "24"), region("24", null)))
                .isFalse();
        assertThat(NoticePermissions.mayAcknowledgeFor(actor(Role.NATIONAL_COORDINATOR, null), region("24", null)))
                .isFalse();
    }

    @Test
    void theSecretariatAcknowledgesForItselfAndNobodyForAnAuthority() {
        assertThat(NoticePermissions.mayAcknowledgeFor(actor(Role.NATIONAL_COORDINATOR, null), secretariat()))
                .isTrue();
        assertThat(NoticePermissions.mayAcknowledgeFor(actor(Role.REGION_COORDINATOR, "24"), secretariat()))
                .isFalse();
        for (var role : Role.values()) {
            var actor = role.isRegional() ? actor(role, "24") : actor(role, null);
            assertThat(NoticePermissions.mayAcknowledgeFor(actor, authority())).isFalse();
        }
    }

    @Test
    void theSendingRegionsCoordinatorAndTheSecretariatFollowUp() {
        var fromVästerbotten = notice("24", region("25", null));

        assertThat(NoticePermissions.followsUp(actor(Role.REGION_COORDINATOR, "24"), fromVästerbotten))
                .isTrue();
        assertThat(NoticePermissions.followsUp(actor(Role.ADMIN, null), fromVästerbotten))
                .isTrue();
        assertThat(NoticePermissions.followsUp(actor(Role.REPORTER, "24"), fromVästerbotten))
                .isFalse();
        assertThat(NoticePermissions.followsUp(actor(Role.REGION_COORDINATOR, "25"), fromVästerbotten))
                .isFalse();
        assertThat(NoticePermissions.followsUp(actor(Role.REGION_COORDINATOR, "24"), notice(null, region("24", null))))
                .isFalse();
    }

    @Test
    void readersAreTheSendingSideTheRecipientsAndAuthorityViewersForAuthorities() {
        var toAuthority = notice(null, region("25", null), authority());
        var toRegion = notice(null, region("25", null));

        assertThat(NoticePermissions.mayRead(actor(Role.REPORTER, "25"), toRegion))
                .isTrue();
        assertThat(NoticePermissions.mayRead(actor(Role.REGION_COORDINATOR, "24"), toRegion))
                .isFalse();
        assertThat(NoticePermissions.mayRead(actor(Role.AUTHORITY_VIEWER, null), toAuthority))
                .isTrue();
        assertThat(NoticePermissions.mayRead(actor(Role.AUTHORITY_VIEWER, null), toRegion))
                .isFalse();
        assertThat(NoticePermissions.mayRead(actor(Role.FINANCE, null), toAuthority))
                .isFalse();
        assertThat(NoticePermissions.mayRead(actor(Role.NATIONAL_COORDINATOR, null), toRegion))
                .isTrue();
    }

    @Test
    void theSecretariatAndCoordinatorsSendAndNobodyElse() {
        assertThat(NoticePermissions.maySend(actor(Role.NATIONAL_COORDINATOR, null)))
                .isTrue();
        assertThat(NoticePermissions.maySend(actor(Role.ADMIN, null))).isTrue();
        assertThat(NoticePermissions.maySend(actor(Role.REGION_COORDINATOR, "24")))
                .isTrue();
        assertThat(NoticePermissions.maySend(actor(Role.REPORTER, "24"))).isFalse();
        assertThat(NoticePermissions.maySend(actor(Role.AUTHORITY_VIEWER, null)))
                .isFalse();
        assertThat(NoticePermissions.maySend(actor(Role.FINANCE, null))).isFalse();
    }
}

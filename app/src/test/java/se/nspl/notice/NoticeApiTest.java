package se.nspl.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.audit.AuditTrail;

/** Notices through the API: sending, the acknowledgement count, who may acknowledge, reminders. */
class NoticeApiTest extends ApiTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    NoticeBoard board;

    @Autowired
    JdbcClient jdbc;

    NoticeSteps steps() {
        return new NoticeSteps(api);
    }

    @Test
    void aNoticeToAllRegionsCountsZeroThenOneOfTwentyOneAcknowledged() {
        String id = steps().toAllRegions(TestAccounts.NATIONAL, "Reservkraft " + UUID.randomUUID());

        var before = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.NATIONAL).json();
        assertThat(before.path("expected").asInt()).isEqualTo(21);
        assertThat(before.path("acknowledged").asInt()).isZero();
        assertThat(before.path("notice").path("recipients")).hasSize(21);

        var acknowledged = steps().acknowledge(id, TestAccounts.VASTERBOTTEN);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);

        var after = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.NATIONAL).json();
        assertThat(after.path("expected").asInt()).isEqualTo(21);
        assertThat(after.path("acknowledged").asInt()).isEqualTo(1);
        var västerbotten = recipient(after.path("notice").path("recipients"), "24");
        assertThat(västerbotten.path("acknowledgedBy").asString()).isEqualTo(TestAccounts.VASTERBOTTEN);
        assertThat(västerbotten.path("acknowledgedAt").asString()).isNotBlank();

        var listed = api.get(NoticeSteps.BASE, TestAccounts.NATIONAL).json();
        var summary = find(listed, id);
        assertThat(summary.path("expected").asInt()).isEqualTo(21);
        assertThat(summary.path("acknowledged").asInt()).isEqualTo(1);

        assertThat(audit.about("notice", id))
                .extracting(e -> e.action())
                .containsExactly("notice.SEND", "notice.ACKNOWLEDGE");
    }

    @Test
    void acknowledgingAgainChangesNothing() {
        String id = steps().toRegions(TestAccounts.NATIONAL, "Två gånger", "24");
        steps().acknowledge(id, TestAccounts.VASTERBOTTEN);
        String first = recipient(
                        api.get(NoticeSteps.BASE + "/" + id, TestAccounts.NATIONAL)
                                .json()
                                .path("notice")
                                .path("recipients"),
                        "24")
                .path("acknowledgedAt")
                .asString();

        var again = steps().acknowledge(id, TestAccounts.VASTERBOTTEN);

        assertThat(again.status()).isEqualTo(200);
        assertThat(recipient(again.json().path("notice").path("recipients"), "24")
                        .path("acknowledgedAt")
                        .asString())
                .isEqualTo(first);
        assertThat(audit.about("notice", id)).hasSize(2);
    }

    @Test
    void aRegionCannotAcknowledgeForAnotherRegion() {
        String id = steps().toRegions(TestAccounts.NATIONAL, "Bara Västerbotten", "24", "01");

        var named = api.send(
                "POST",
                NoticeSteps.BASE + "/" + id + "/acknowledge",
                TestAccounts.STOCKHOLM,
                Map.of(),
                Map.of("region", "24"));
        var notAddressed = steps().acknowledge(
                        steps().toRegions(TestAccounts.NATIONAL, "Inte till Stockholm", "24"), TestAccounts.STOCKHOLM);
        var secretariat = api.send(
                "POST",
                NoticeSteps.BASE + "/" + id + "/acknowledge",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("region", "24"));
        var reporter = steps().acknowledge(id, TestAccounts.REPORTER);

        assertThat(named.status()).isEqualTo(403);
        // A notice to others is not even visible to Stockholm (row-level security, as on the pages).
        assertThat(notAddressed.status()).isEqualTo(404);
        assertThat(secretariat.status()).isEqualTo(403);
        assertThat(reporter.status()).isEqualTo(403);
        var detail = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.NATIONAL).json();
        assertThat(detail.path("acknowledged").asInt()).isZero();
    }

    @Test
    void aRecipientSeesItsOwnLineAndOthersDoNotSeeTheNotice() {
        String id = steps().toRegions(TestAccounts.NATIONAL, "Till Västerbotten", "24", "25");

        var own = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.VASTERBOTTEN);
        var reporter = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.REPORTER);
        var other = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.STOCKHOLM);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("notice").path("recipients")).hasSize(1);
        assertThat(own.json().path("notice").path("body").asString()).contains("reservkraftaggregat");
        assertThat(reporter.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(404);
        assertThat(find(api.get(NoticeSteps.BASE, TestAccounts.STOCKHOLM).json(), id))
                .isNull();
    }

    @Test
    void aRegionSendsToChosenRegionsAndAnAuthorityAndFollowsItUp() {
        String socialstyrelsen = organisation("Socialstyrelsen");
        var body = NoticeSteps.body(
                "Från Västerbotten", Map.of("regions", List.of("25"), "organisations", List.of(socialstyrelsen)));
        String id = steps().send(TestAccounts.VASTERBOTTEN, body);

        var detail =
                api.get(NoticeSteps.BASE + "/" + id, TestAccounts.VASTERBOTTEN).json();
        assertThat(detail.path("notice").path("senderRegion").asString()).isEqualTo("24");
        assertThat(detail.path("notice").path("recipients")).hasSize(2);
        // the authority receives; only the region is asked to acknowledge
        assertThat(detail.path("expected").asInt()).isEqualTo(1);
        assertThat(api.get(NoticeSteps.BASE + "/" + id, TestAccounts.AUTHORITY).status())
                .isEqualTo(200);
        assertThat(api.get(NoticeSteps.BASE + "/" + id, TestAccounts.STOCKHOLM).status())
                .isEqualTo(404);

        var reminded =
                api.send("POST", NoticeSteps.BASE + "/" + id + "/reminders", TestAccounts.VASTERBOTTEN, Map.of(), null);
        assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
        assertThat(reminded.json()).hasSize(1);
        assertThat(reminded.json().get(0).path("key").asString()).isEqualTo("25");

        var norrbotten = recipient(
                api.get(NoticeSteps.BASE + "/" + id, TestAccounts.VASTERBOTTEN)
                        .json()
                        .path("notice")
                        .path("recipients"),
                "25");
        assertThat(norrbotten.path("reminders").asInt()).isEqualTo(1);
        assertThat(api.get(NoticeSteps.BASE + "/" + id + "/reminders", TestAccounts.VASTERBOTTEN)
                        .json())
                .hasSize(1);
        assertThat(api.send("POST", NoticeSteps.BASE + "/" + id + "/reminders", TestAccounts.NORRBOTTEN, Map.of(), null)
                        .status())
                .isEqualTo(403);
        assertThat(audit.about("notice", id)).extracting(e -> e.action()).contains("notice.REMIND");
    }

    @Test
    void theSecretariatAcknowledgesANoticeFromARegionForItself() {
        String kansliet = organisation("Kansliet");
        String id = steps().send(
                        TestAccounts.NORRBOTTEN,
                        NoticeSteps.body(
                                "Till kansliet " + UUID.randomUUID(), Map.of("organisations", List.of(kansliet))));
        assertThat(board.waitingFor(
                        accounts.open(TestAccounts.NATIONAL, se.nspl.shared.Role.NATIONAL_COORDINATOR, null)
                                .actor(),
                        100))
                .extracting(NoticeBoard.Waiting::notice)
                .contains(UUID.fromString(id));

        var acknowledged = steps().acknowledge(id, TestAccounts.NATIONAL);

        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        var detail =
                api.get(NoticeSteps.BASE + "/" + id, TestAccounts.NORRBOTTEN).json();
        assertThat(detail.path("acknowledged").asInt()).isEqualTo(1);
        assertThat(recipient(detail.path("notice").path("recipients"), kansliet)
                        .path("acknowledgedBy")
                        .asString())
                .isEqualTo(TestAccounts.NATIONAL);
        assertThat(steps().acknowledge(id, TestAccounts.AUTHORITY).status()).isEqualTo(403);
    }

    @Test
    void overdueRecipientsGetOneAutomaticReminderAndAreMarked() {
        String id = steps().toRegions(TestAccounts.NATIONAL, "Försenad", "24", "25");
        steps().acknowledge(id, TestAccounts.NORRBOTTEN);
        // the deadline passes: set back in the database, as no client may send a past deadline
        jdbc.sql("update notice set acknowledge_by = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), UUID.fromString(id))
                .update();

        board.remindOverdue();
        board.remindOverdue();

        var recipients = api.get(NoticeSteps.BASE + "/" + id, TestAccounts.NATIONAL)
                .json()
                .path("notice")
                .path("recipients");
        assertThat(recipient(recipients, "24").path("reminders").asInt()).isEqualTo(1);
        assertThat(recipient(recipients, "25").path("reminders").asInt()).isZero();
        var reminders = api.get(NoticeSteps.BASE + "/" + id + "/reminders", TestAccounts.NATIONAL)
                .json();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).path("automatic").asBoolean()).isTrue();
        assertThat(audit.about("notice", id)).extracting(e -> e.action()).contains("notice.REMIND_AUTOMATIC");
    }

    @Test
    void badInputIsRefusedNamingTheFields() {
        var response = api.send(
                "POST",
                NoticeSteps.BASE,
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of(
                        "subject",
                        " ",
                        "body",
                        "x",
                        "regions",
                        List.of("24", "99"),
                        "acknowledgeBy",
                        Instant.now().minusSeconds(10).toString()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("subject", "acknowledgeBy", "regions[1]");

        var noRecipients = api.send(
                "POST", NoticeSteps.BASE, TestAccounts.NATIONAL, Map.of(), Map.of("subject", "a", "body", "b"));
        assertThat(noRecipients.status()).isEqualTo(400);
        assertThat(noRecipients.errorFields()).containsExactly("recipients");

        var toItself = api.send(
                "POST",
                NoticeSteps.BASE,
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("subject", "a", "body", "b", "regions", List.of("24")));
        assertThat(toItself.status()).isEqualTo(400);
        assertThat(toItself.errorFields()).containsExactly("regions[0]");

        var badCode = api.send(
                "POST",
                NoticeSteps.BASE,
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("subject", "a", "body", "b", "regions", List.of("x")));
        assertThat(badCode.status()).isEqualTo(400);
    }

    @Test
    void aRegionSendingToAllRegionsLeavesItselfOut() {
        var body = NoticeSteps.body("Till alla andra", Map.of("allRegions", true));
        String id = steps().send(TestAccounts.VASTERBOTTEN, body);

        var detail =
                api.get(NoticeSteps.BASE + "/" + id, TestAccounts.VASTERBOTTEN).json();
        assertThat(detail.path("expected").asInt()).isEqualTo(20);
        assertThat(recipient(detail.path("notice").path("recipients"), "24")).isNull();
    }

    @Test
    void onlyTheSecretariatAndCoordinatorsSend() {
        var body = NoticeSteps.body("Nej", Map.of("allRegions", true));
        assertThat(api.send("POST", NoticeSteps.BASE, TestAccounts.AUTHORITY, Map.of(), body)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", NoticeSteps.BASE, TestAccounts.REPORTER, Map.of(), body)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", NoticeSteps.BASE, TestAccounts.FINANCE, Map.of(), body)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theNoticeAndContactEndpointsAreDescribedInTheOpenApiDocument() {
        var paths = api.get("/v3/api-docs", null).json().path("paths");

        for (var path : List.of(
                "/api/v1/notices",
                "/api/v1/notices/{id}/acknowledge",
                "/api/v1/notices/{id}/reminders",
                "/api/v1/contacts/{party}",
                "/api/v1/contacts/{party}/verify")) {
            var operation = paths.path(path).path("post").isMissingNode()
                    ? paths.path(path).path("put")
                    : paths.path(path).path("post");
            assertThat(operation.path("summary").asString()).as(path).isNotBlank();
            assertThat(operation.path("description").asString()).as(path).isNotBlank();
        }
        assertThat(paths.path("/api/v1/contacts/directory.pdf")
                        .path("get")
                        .path("summary")
                        .asString())
                .contains("PDF");
    }

    private String organisation(String shortName) {
        for (var o : api.get("/api/v1/organisations", TestAccounts.NATIONAL).json()) {
            if (o.path("shortName").asString().equals(shortName)) {
                return o.path("id").asString();
            }
        }
        throw new IllegalStateException("no organisation " + shortName);
    }

    static tools.jackson.databind.JsonNode recipient(tools.jackson.databind.JsonNode recipients, String key) {
        for (var r : recipients) {
            if (r.path("key").asString().equals(key)) {
                return r;
            }
        }
        return null;
    }

    static tools.jackson.databind.JsonNode find(tools.jackson.databind.JsonNode list, String id) {
        for (var n : list) {
            if (n.path("id").asString().equals(id)) {
                return n;
            }
        }
        return null;
    }
}

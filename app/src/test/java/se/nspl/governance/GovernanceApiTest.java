package se.nspl.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.audit.AuditTrail;
import se.nspl.finance.FinanceSteps;

/** The governance record through the API: the overview of decisions, meetings with follow-up, the timeline. */
class GovernanceApiTest extends ApiTest {

    static final String MEETINGS = "/api/v1/governance/meetings";
    static final String MILESTONES = "/api/v1/governance/milestones";

    @Autowired
    AuditTrail audit;

    static Map<String, Object> meeting(String title, List<Object> actions) {
        return Map.of(
                "heldOn",
                "2025-02-12",
                "title",
                title,
                "decisions",
                List.of("The plan for 2025 is adopted.", "The next meeting is in May."),
                "actions",
                actions);
    }

    @Test
    void theOverviewShowsEveryRegionsDecisionAndTheCounts() {
        new FinanceSteps(api, port).decide("06", "YES");

        var overview = api.get("/api/v1/governance/participation", TestAccounts.AUTHORITY)
                .json();

        assertThat(overview.path("regions")).hasSize(21);
        assertThat(overview.path("yes").asInt()
                        + overview.path("no").asInt()
                        + overview.path("pending").asInt())
                .isEqualTo(21);
        var jonkoping = overview.path("regions")
                .valueStream()
                .filter(r -> r.path("code").asString().equals("06"))
                .findFirst()
                .orElseThrow();
        assertThat(jonkoping.path("decision").path("status").asString()).isEqualTo("YES");
        assertThat(jonkoping.path("decision").path("diaryNumber").asString()).isEqualTo("RS 2024/06");
    }

    @Test
    void aRecordedParticipationDecisionIsAudited() {
        new FinanceSteps(api, port).decide("07", "NO");

        assertThat(audit.about("region", "07")).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organisation.RECORD_PARTICIPATION");
            assertThat(entry.actor()).isEqualTo(TestAccounts.ADMIN);
            assertThat(entry.detail()).isEqualTo("NO 2024-10-01 dnr RS 2024/07");
        });
    }

    @Test
    void aMeetingKeepsItsDecisionsAndItsActionsAreFollowedUp() {
        var created = api.send(
                "POST",
                MEETINGS,
                TestAccounts.NATIONAL,
                Map.of(),
                meeting(
                        "Steering group " + System.nanoTime(),
                        List.of(Map.of(
                                "text", "Draft the budget", "responsible", "Secretariat", "dueOn", "2025-04-30"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var body = created.json();
        String id = body.path("id").asString();
        String action = body.path("actions").get(0).path("id").asString();
        assertThat(body.path("decisions").get(1).path("number").asInt()).isEqualTo(2);
        assertThat(body.path("actions").get(0).path("status").asString()).isEqualTo("OPEN");

        var done = api.send(
                "PUT",
                MEETINGS + "/" + id,
                TestAccounts.ADMIN,
                Map.of("If-Match", created.header("ETag")),
                meeting(
                        body.path("title").asString(),
                        List.of(
                                Map.of("id", action, "text", "Draft the budget", "status", "DONE"),
                                Map.of("text", "Plan an exercise"))));
        var stale = api.send(
                "PUT",
                MEETINGS + "/" + id,
                TestAccounts.ADMIN,
                Map.of("If-Match", created.header("ETag")),
                meeting("Too late", List.of()));

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("actions").get(0).path("id").asString()).isEqualTo(action);
        assertThat(done.json().path("actions").get(0).path("status").asString()).isEqualTo("DONE");
        assertThat(done.json().path("actions").get(1).path("status").asString()).isEqualTo("OPEN");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(MEETINGS, TestAccounts.STOCKHOLM).body()).contains(id);
        assertThat(audit.about("steering-meeting", id))
                .extracting(e -> e.action())
                .containsExactly("governance.RECORD_MEETING", "governance.REVISE_MEETING");
    }

    @Test
    void anActionIsMarkedDoneWithTheMeetingsVersion() {
        var created = api.send(
                "POST",
                MEETINGS,
                TestAccounts.NATIONAL,
                Map.of(),
                meeting("Follow-up", List.of(Map.of("text", "One"), Map.of("text", "Two"))));
        String id = created.json().path("id").asString();
        String second = created.json().path("actions").get(1).path("id").asString();

        var done = api.send(
                "POST",
                MEETINGS + "/" + id + "/actions/" + second + "/done",
                TestAccounts.NATIONAL,
                Map.of("If-Match", created.header("ETag")),
                null);
        var again = api.send(
                "POST",
                MEETINGS + "/" + id + "/actions/" + second + "/done",
                TestAccounts.NATIONAL,
                Map.of("If-Match", created.header("ETag")),
                null);
        var unknown = api.send(
                "POST",
                MEETINGS + "/" + id + "/actions/" + java.util.UUID.randomUUID() + "/done",
                TestAccounts.NATIONAL,
                Map.of("If-Match", done.header("ETag")),
                null);

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("actions").get(0).path("status").asString()).isEqualTo("OPEN");
        assertThat(done.json().path("actions").get(1).path("status").asString()).isEqualTo("DONE");
        assertThat(done.json().path("actions").get(1).path("id").asString()).isEqualTo(second);
        assertThat(done.json().path("decisions")).hasSize(2);
        assertThat(again.status()).isEqualTo(409);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(audit.about("steering-meeting", id))
                .last()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("done: Two"));
    }

    @Test
    void aMeetingWithEmptyDecisionsOrActionsIsRefusedNamingThem() {
        var response = api.send(
                "POST",
                MEETINGS,
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of(
                        "title",
                        "",
                        "decisions",
                        List.of("Fine", " "),
                        "actions",
                        List.of(Map.of("responsible", "Someone"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder("heldOn", "title", "decisions[1]", "actions[0].text");
    }

    @Test
    void anActionOfAnotherMeetingCannotBeSlippedIn() {
        var other = api.send(
                        "POST",
                        MEETINGS,
                        TestAccounts.NATIONAL,
                        Map.of(),
                        meeting("Other", List.of(Map.of("text", "Theirs"))))
                .json();
        var mine = api.send("POST", MEETINGS, TestAccounts.NATIONAL, Map.of(), meeting("Mine", List.of()));

        var response = api.send(
                "PUT",
                MEETINGS + "/" + mine.json().path("id").asString(),
                TestAccounts.NATIONAL,
                Map.of("If-Match", mine.header("ETag")),
                meeting(
                        "Mine",
                        List.of(Map.of(
                                "id", other.path("actions").get(0).path("id").asString(), "text", "Theirs"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("actions[0].id");
    }

    @Test
    void onlyTheSecretariatWritesTheMinutesAndTheTimeline() {
        for (var user : new String[] {TestAccounts.STOCKHOLM, TestAccounts.FINANCE, TestAccounts.AUTHORITY}) {
            assertThat(api.send("POST", MEETINGS, user, Map.of(), meeting("No", List.of()))
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api.send("POST", MILESTONES, user, Map.of(), Map.of("title", "No", "plannedOn", "2026-01-01"))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void aMilestoneIsPlannedAndLaterDone() {
        var planned = api.send(
                "POST",
                MILESTONES,
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("title", "Secretariat established", "plannedOn", "2025-03-31"));
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.json().path("status").asString()).isEqualTo("PLANNED");
        String id = planned.json().path("id").asString();

        var wrong = api.send(
                "PUT",
                MILESTONES + "/" + id,
                TestAccounts.NATIONAL,
                Map.of("If-Match", planned.header("ETag")),
                Map.of("title", "Secretariat established", "plannedOn", "2025-03-31", "completedOn", "2025-03-20"));
        var done = api.send(
                "PUT",
                MILESTONES + "/" + id,
                TestAccounts.NATIONAL,
                Map.of("If-Match", planned.header("ETag")),
                Map.of(
                        "title",
                        "Secretariat established",
                        "plannedOn",
                        "2025-03-31",
                        "status",
                        "DONE",
                        "completedOn",
                        "2025-03-20"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactly("completedOn");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("completedOn").asString()).isEqualTo("2025-03-20");
        assertThat(done.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get(MILESTONES, TestAccounts.REPORTER).body()).contains(id);
    }
}

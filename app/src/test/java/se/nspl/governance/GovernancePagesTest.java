package se.nspl.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;
import se.nspl.finance.FinanceSteps;

/** The governance overview shows the regions' decisions, the meetings with their follow-up and the timeline. */
class GovernancePagesTest extends ApiTest {

    @Test
    void theOverviewShowsDecisionsMeetingsAndTheTimeline() {
        new FinanceSteps(api, port).decide("09", "YES");
        String title = "Styrgruppsmöte " + System.nanoTime();
        api.send(
                "POST",
                "/api/v1/governance/meetings",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of(
                        "heldOn",
                        "2025-05-20",
                        "title",
                        title,
                        "decisions",
                        List.of("Budgeten för 2026 godkänns."),
                        "actions",
                        List.of(Map.of("text", "Skicka ut protokollet", "dueOn", "2025-05-27"))));
        api.send(
                "POST",
                "/api/v1/governance/milestones",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("title", "Kansliet etablerat", "plannedOn", "2025-03-31", "status", "DONE"));

        var page = WebSession.loggedIn(port, TestAccounts.STOCKHOLM).get("/governance");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Regionernas beslut om deltagande")
                .contains("RS 2024/09")
                .contains(title)
                .contains("Budgeten för 2026 godkänns.")
                .contains("Skicka ut protokollet")
                .contains("Försenad")
                .contains("Kansliet etablerat")
                .contains("href=\"/governance\"")
                .doesNotContain("action=\"/governance/meetings\"");
    }

    @Test
    void theSecretariatRecordsAMeetingAndFollowsItUpOnThePage() {
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        String title = "Möte på sidan " + System.nanoTime();

        var recorded = secretariat.post(
                "/governance/meetings",
                Map.of(
                        "heldOn",
                        "2025-06-10",
                        "title",
                        title,
                        "decisions",
                        "Planen antas.\n\nNästa möte i september.",
                        "actions",
                        "Skicka protokollet; Kansliet; 2025-06-17\nBoka lokal"));
        var meeting = api.get("/api/v1/governance/meetings", TestAccounts.NATIONAL)
                .json()
                .valueStream()
                .filter(m -> m.path("title").asString().equals(title))
                .findFirst()
                .orElseThrow();

        assertThat(recorded.status()).isEqualTo(302);
        assertThat(meeting.path("decisions")).hasSize(2);
        assertThat(meeting.path("actions").get(0).path("responsible").asString())
                .isEqualTo("Kansliet");
        assertThat(meeting.path("actions").get(0).path("dueOn").asString()).isEqualTo("2025-06-17");
        assertThat(meeting.path("actions").get(1).path("dueOn").isNull()).isTrue();

        secretariat.post(
                "/governance/meetings/" + meeting.path("id").asString() + "/actions/"
                        + meeting.path("actions").get(0).path("id").asString() + "/done",
                Map.of("version", meeting.path("version").asString()));
        var page = secretariat.get("/governance");

        assertThat(api.get("/api/v1/governance/meetings/" + meeting.path("id").asString(), TestAccounts.NATIONAL)
                        .json()
                        .path("actions")
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("DONE");
        assertThat(page.body()).contains(title).contains("Markera klar").contains("Registrera ett styrgruppsmöte");
    }

    @Test
    void aWrongDateIsShownAndTheFormKeepsWhatWasTyped() {
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);

        secretariat.post(
                "/governance/meetings",
                Map.of("heldOn", "2025-06-10", "title", "Med fel datum", "actions", "Boka lokal; Kansliet; juni"));
        var page = secretariat.get("/governance");

        assertThat(page.body())
                .contains("actions[0].dueOn: must be a date written as 2025-04-30")
                .contains("value=\"Med fel datum\"")
                .contains("Boka lokal; Kansliet; juni");
    }
}

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
                .contains("href=\"/governance\"");
    }
}

package se.nspl.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The board and a request's page show where a request stands, with its offers and its timeline. */
class SupportPagesTest extends ApiTest {

    @Test
    void theBoardAndTheRequestShowAnOfferedTransfer() {
        var steps = new SupportSteps(api);
        String id = steps.onTheShortPath(TestAccounts.NORRBOTTEN, "25", 3);
        steps.offer(id, TestAccounts.VASTERBOTTEN, "24", 2);
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);

        var board = secretariat.get("/support?type=PATIENT_TRANSFER&region=25&state=SUBMITTED");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body())
                .contains("Stöd mellan regioner")
                .contains("/support/" + id)
                .contains("Patientöverföring");

        var page = secretariat.get("/support/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Inskickad")
                .contains("Erbjuden")
                .contains("IVA")
                .contains(TestAccounts.NORRBOTTEN);
    }

    @Test
    void aDraftIsNotShownToAnotherRegion() {
        String id = new SupportSteps(api).draft(TestAccounts.NORRBOTTEN, "25", 1);

        assertThat(WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN)
                        .get("/support/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(WebSession.loggedIn(port, TestAccounts.NORRBOTTEN)
                        .get("/support/" + id)
                        .status())
                .isEqualTo(200);
    }
}

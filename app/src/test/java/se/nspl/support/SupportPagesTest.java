package se.nspl.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;

/** The board, the form and a request's page: where a request stands, and the steps each side may take. */
class SupportPagesTest extends ApiTest {

    @Autowired
    AuditTrail audit;

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

    @Test
    void aCoordinatorWritesAndSubmitsATransferInTheForm() {
        var norrbotten = WebSession.loggedIn(port, TestAccounts.NORRBOTTEN);
        assertThat(norrbotten.get("/support/new").body()).contains("Ny begäran om stöd");
        new SupportSteps(api).setLevel(TestAccounts.NORRBOTTEN, "25", "NORMALLAGE");

        var created = norrbotten.post(
                "/support/new",
                Map.of(
                        "type", "PATIENT_TRANSFER",
                        "title", "Ta emot 3 IVA-patienter från Sunderby",
                        "urgency", "IMMEDIATE",
                        "neededFrom", "2026-11-26T14:30",
                        "level.ICU", "3",
                        "level.WARD", "0",
                        "then", "submit"));

        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String id = created.header("Location").replaceFirst(".*/support/", "");
        var request =
                api.get("/api/v1/support-requests/" + id, TestAccounts.NATIONAL).json();
        assertThat(request.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(request.path("requestingRegion").asString()).isEqualTo("25");
        // 14:30 in Stockholm in November is 13:30 UTC.
        assertThat(request.path("neededFrom").asString()).isEqualTo("2026-11-26T13:30:00Z");
        assertThat(request.path("items")).hasSize(1);
        assertThat(request.path("items").get(0).path("careLevel").asString()).isEqualTo("ICU");
        assertThat(request.path("items").get(0).path("quantity").asInt()).isEqualTo(3);
        assertThat(norrbotten.get("/support/" + id).body())
                .contains("Begäran är inskickad.")
                .contains("Avbryt begäran")
                .doesNotContain(">Erbjud<");
    }

    @Test
    void aFormWithErrorsNamesEachFieldInSwedishAndSavesNothing() {
        var norrbotten = WebSession.loggedIn(port, TestAccounts.NORRBOTTEN);
        int before = api.get("/api/v1/support-requests?region=25", TestAccounts.NATIONAL)
                .json()
                .size();

        var refused = norrbotten.post(
                "/support/new",
                Map.of(
                        "type", "PATIENT_TRANSFER",
                        "title", "",
                        "urgency", "IMMEDIATE",
                        "neededFrom", "i morgon",
                        "level.ICU", "tre",
                        "kind1", "Sjuksköterskor",
                        "kindQuantity1", "4"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Inget sparades")
                .contains("måste vara datum och tid")
                .contains("måste vara ett heltal")
                .contains("href=\"#neededFrom\"")
                .contains("href=\"#level.ICU\"");
        var second = norrbotten.post(
                "/support/new",
                Map.of(
                        "type",
                        "PATIENT_TRANSFER",
                        "title",
                        "",
                        "urgency",
                        "IMMEDIATE",
                        "kind1",
                        "Sjuksköterskor",
                        "kindQuantity1",
                        "4"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.body())
                .contains("måste vara 1–200 tecken")
                .contains("en patientöverföring anger antal patienter per vårdnivå")
                .contains("href=\"#kind1\"");
        assertThat(api.get("/api/v1/support-requests?region=25", TestAccounts.NATIONAL)
                        .json()
                        .size())
                .isEqualTo(before);
    }

    @Test
    void eachSideSeesItsOwnStepsAndTakesThemOnThePage() {
        var steps = new SupportSteps(api);
        String id = steps.onTheShortPath(TestAccounts.NORRBOTTEN, "25", 2);
        var norrbotten = WebSession.loggedIn(port, TestAccounts.NORRBOTTEN);
        var vasterbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        assertThat(vasterbotten.get("/support/" + id).body()).contains("id=\"offer-form\"");
        assertThat(norrbotten.get("/support/" + id).body()).doesNotContain("id=\"offer-form\"");

        var offered = vasterbotten.post(
                "/support/" + id + "/offers", Map.of("q." + steps.firstItem(id), "2", "comment", "Umeå tar två"));
        assertThat(offered.status()).as(offered.body()).isEqualTo(302);
        String offer = steps.get(id, TestAccounts.NORRBOTTEN)
                .json()
                .path("offers")
                .get(0)
                .path("id")
                .asString();
        assertThat(vasterbotten.get("/support/" + id).body()).contains("Återta").doesNotContain("Acceptera");
        assertThat(norrbotten.get("/support/" + id).body())
                .contains("Acceptera")
                .contains("Avböj");

        assertThat(norrbotten
                        .post("/support/" + id + "/offers/" + offer + "/accept", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(vasterbotten
                        .post("/support/" + id + "/transport", Map.of("transport", "UNDER_WAY"))
                        .status())
                .isEqualTo(302);
        assertThat(vasterbotten
                        .post("/support/" + id + "/offers/" + offer + "/deliver", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(norrbotten
                        .post("/support/" + id + "/close", Map.of("text", "Alla flyttade"))
                        .status())
                .isEqualTo(302);

        var closed = steps.get(id, TestAccounts.NATIONAL).json();
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("commitment").asString()).isEqualTo("COMPLETE");
        assertThat(closed.path("fulfilment").asString()).isEqualTo("COMPLETE");
        assertThat(closed.path("transport").asString()).isEqualTo("UNDER_WAY");
        assertThat(norrbotten.get("/support/" + id).body())
                .contains("Avslutad")
                .contains("Alla flyttade")
                .doesNotContain("Nästa steg");
    }

    @Test
    void aStepThatCannotBeTakenNowShowsWhyAndChangesNothing() {
        var steps = new SupportSteps(api);
        String id = steps.onTheShortPath(TestAccounts.NORRBOTTEN, "25", 1);
        String offer = steps.offer(id, TestAccounts.VASTERBOTTEN, "24", 1);
        var norrbotten = WebSession.loggedIn(port, TestAccounts.NORRBOTTEN);
        norrbotten.post("/support/" + id + "/offers/" + offer + "/accept", Map.of());
        long version =
                steps.get(id, TestAccounts.NATIONAL).json().path("version").asLong();

        var again = norrbotten.post("/support/" + id + "/offers/" + offer + "/accept", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Steget togs inte. Inget ändrades");
        var question = norrbotten.post("/support/" + id + "/request-information", Map.of("text", "?"));
        assertThat(question.status()).isEqualTo(403);
        var tooMany = WebSession.loggedIn(port, TestAccounts.STOCKHOLM)
                .post("/support/" + id + "/offers", Map.of("q." + steps.firstItem(id), "5"));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("måste vara mellan 1 och 1");
        assertThat(steps.get(id, TestAccounts.NATIONAL).json().path("version").asLong())
                .isEqualTo(version);
    }

    @Test
    void underHeightenedPreparednessEveryNewRequestTakesTheFullPath() {
        var steps = new SupportSteps(api);
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        steps.setLevel(TestAccounts.NORRBOTTEN, "25", "NORMALLAGE");
        String before = steps.draft(TestAccounts.NORRBOTTEN, "25", 1);
        String during = steps.draft(TestAccounts.NORRBOTTEN, "25", 1);
        try {
            var declared = secretariat.post("/support/mode", Map.of("heightened", "true", "reason", "Höjd beredskap"));
            assertThat(declared.status()).isEqualTo(302);
            assertThat(secretariat.get("/support").body())
                    .contains("Höjd beredskap: varje ny begäran går den fullständiga vägen")
                    .contains("Avsluta höjd beredskap");
            assertThat(api.get("/api/v1/support-mode", TestAccounts.AUTHORITY)
                            .json()
                            .path("heightened")
                            .asBoolean())
                    .isTrue();
            steps.expect(steps.post(during, "/submit", TestAccounts.NORRBOTTEN, null), 200);
        } finally {
            steps.expect(
                    api.send(
                            "PUT",
                            "/api/v1/support-mode",
                            TestAccounts.NATIONAL,
                            Map.of(),
                            Map.of("heightened", false, "reason", "Fred")),
                    200);
        }
        steps.expect(steps.post(before, "/submit", TestAccounts.NORRBOTTEN, null), 200);

        assertThat(steps.get(during, TestAccounts.NATIONAL)
                        .json()
                        .path("workflow")
                        .asString())
                .isEqualTo("FULL");
        assertThat(steps.get(before, TestAccounts.NATIONAL)
                        .json()
                        .path("workflow")
                        .asString())
                .isEqualTo("SHORT");
        assertThat(secretariat.get("/support").body()).contains("Gå till höjd beredskap");
        assertThat(audit.about("support-mode", "national"))
                .extracting(AuditEntry::action)
                .containsSubsequence("support.HEIGHTENED_PREPAREDNESS", "support.PEACETIME");
    }
}

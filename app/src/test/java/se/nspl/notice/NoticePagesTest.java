package se.nspl.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The notice pages: the acceptance count in the overview, the banner, the form, reminders. */
class NoticePagesTest extends ApiTest {

    @Test
    void theOverviewShowsZeroThenOneOfTwentyOneAfterVästerbottenAcknowledgesOnItsPage() {
        String subject = "Kvittera reservkraft " + UUID.randomUUID();
        String id = new NoticeSteps(api).toAllRegions(TestAccounts.NATIONAL, subject);
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        var västerbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);

        var before = secretariat.get("/notices/" + id);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("id=\"acknowledgement\">0/21<").contains("Region Västerbotten");
        assertThat(secretariat.get("/notices").body()).contains(subject).contains("0/21");

        // prominently, on any page, until acknowledged
        var anyPage = västerbotten.get("/regions");
        assertThat(anyPage.body())
                .contains("Meddelande att kvittera: " + subject)
                .contains("/notices/" + id);
        var page = västerbotten.get("/notices/" + id);
        assertThat(page.body()).contains("Kvittera för Region Västerbotten");

        var posted = västerbotten.post("/notices/" + id + "/acknowledge", Map.of());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith("/notices/" + id + "?acknowledged");

        var after = secretariat.get("/notices/" + id);
        assertThat(after.body()).contains("id=\"acknowledgement\">1/21<").contains(TestAccounts.VASTERBOTTEN);
        assertThat(secretariat.get("/notices").body()).contains("1/21");
        assertThat(västerbotten.get("/regions").body()).doesNotContain("Meddelande att kvittera: " + subject);
        assertThat(västerbotten.get("/notices/" + id).body())
                .contains("Kvitterat för Region Västerbotten av " + TestAccounts.VASTERBOTTEN)
                .doesNotContain("Kvittera för Region Västerbotten");
    }

    @Test
    void aRegionCannotAcknowledgeThroughThePageForARegionItIsNot() {
        String id = new NoticeSteps(api).toRegions(TestAccounts.NATIONAL, "Bara 24 " + UUID.randomUUID(), "24");

        var stockholm = WebSession.loggedIn(port, TestAccounts.STOCKHOLM);
        // Not addressed to Stockholm: not even visible to it (row-level security).
        assertThat(stockholm.post("/notices/" + id + "/acknowledge", Map.of()).status())
                .isEqualTo(404);
        assertThat(stockholm.get("/notices/" + id).status()).isEqualTo(404);
    }

    @Test
    void theSecretariatSendsANoticeThroughTheFormAndRemindsThoseWhoHaveNot() {
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        String subject = "Från formuläret " + UUID.randomUUID();

        var form = secretariat.get("/notices/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Alla regioner").contains("Socialstyrelsen");

        var sent = secretariat.post(
                "/notices",
                Map.of(
                        "subject", subject,
                        "body", "Text",
                        "priority", "URGENT",
                        "regions", "25",
                        "acknowledgementRequired", "true",
                        "acknowledgeBy", "2099-01-01T12:00"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        String location = sent.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));

        var page = secretariat.get("/notices/" + id);
        assertThat(page.body())
                .contains(subject)
                .contains("0/1")
                .contains("Brådskande")
                .contains("2099-01-01 12:00");
        assertThat(WebSession.loggedIn(port, TestAccounts.NORRBOTTEN)
                        .get("/support")
                        .body())
                .contains("banner-urgent")
                .contains(subject);

        var reminded = secretariat.post("/notices/" + id + "/reminders", Map.of());
        assertThat(reminded.header("Location")).endsWith("?reminded=1");
        assertThat(secretariat.get("/notices/" + id).body()).contains("id=\"notice-reminders\"");
    }

    @Test
    void theFormShowsWhatToFixAndSendsNothing() {
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        String subject = "Utan mottagare " + UUID.randomUUID();

        var response = secretariat.post("/notices", Map.of("subject", subject, "body", "Text"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("Rätta följande")
                .contains("välj alla regioner, vissa regioner eller några organisationer")
                .contains(subject);
        assertThat(secretariat.get("/notices").body()).doesNotContain(subject);
    }

    @Test
    void aNoticeThatAsksNoAcknowledgementHasNoButtonAndThePostChangesNothing() {
        var body =
                NoticeSteps.body("Bara för kännedom " + UUID.randomUUID(), Map.of("regions", java.util.List.of("24")));
        body.put("acknowledgementRequired", false);
        body.remove("acknowledgeBy");
        String id = new NoticeSteps(api).send(TestAccounts.NATIONAL, body);
        var västerbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);

        assertThat(västerbotten.get("/notices/" + id).body())
                .contains("Ingen kvittens krävs")
                .doesNotContain("Kvittera för");
        var posted = västerbotten.post("/notices/" + id + "/acknowledge", Map.of());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith("/notices/" + id);
        assertThat(new NoticeSteps(api)
                        .acknowledge(id, TestAccounts.VASTERBOTTEN)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theFormIsNotForThoseWhoOnlyRead() {
        assertThat(WebSession.loggedIn(port, TestAccounts.AUTHORITY)
                        .get("/notices/new")
                        .status())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, TestAccounts.AUTHORITY)
                        .get("/notices")
                        .status())
                .isEqualTo(200);
    }
}

package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The secretariat enters the demand, computes a plan, reads it as a table and on the map, and accepts it. */
class DistributionPagesTest extends ApiTest {

    @Test
    void theSecretariatComputesAPlanReadsItAndAcceptsIt() {
        var steps = new DistributionSteps(api);
        double lon = 15 + 3 * java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        String sending = steps.hospital("25", "Sidavsändare", 67.2, lon);
        String receiving = steps.hospital("24", "Sidmottagare", 67.21, lon);
        steps.freeWardBeds(receiving, "24", 3);
        steps.ambulances("25", sending, 1);
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);

        var form = secretariat.get("/distribution");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Ny fördelningsplan")
                .contains("Lediga vårdplatser nu")
                .contains(sending);

        var started = secretariat.post(
                "/distribution/plans",
                Map.of(
                        "name", "Sidplan",
                        "timeLimitSeconds", "1",
                        "demand[0].hospital", sending,
                        "demand[0].level", "WARD",
                        "demand[0].count", "2",
                        "demand[0].priority", "2",
                        "demand[1].priority", "2"));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        String location = started.header("Location");
        assertThat(location).contains("/distribution/plans/");
        String id = location.substring(location.lastIndexOf('/') + 1);

        steps.awaitComputed(id);
        var status = secretariat.get("/distribution/plans/" + id + "/status");
        assertThat(status.header("HX-Refresh")).isEqualTo("true");
        var page = secretariat.get("/distribution/plans/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Sidplan")
                .contains("id=\"transfers\"")
                .contains("Sidmottagare")
                .contains("id=\"comparison\"")
                .contains("Närmaste lediga plats")
                .contains("class=\"plan-line\"")
                .contains("Anta planen");

        var accepted = secretariat.post("/distribution/plans/" + id + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(secretariat.get("/distribution/plans/" + id).body())
                .contains("Antagen")
                .contains("id=\"plan-requests\"")
                .contains("Region 25 till region 24: 2 patienter");
    }

    @Test
    void aDemandThatBreaksTheRulesIsShownOnTheForm() {
        var secretariat = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        String hospital = new DistributionSteps(api).hospital("25", "Formfel", 66.9, 19.5);

        var page = secretariat.post(
                "/distribution/plans",
                Map.of(
                        "name", "Fel",
                        "demand[0].hospital", hospital,
                        "demand[0].level", "WARD",
                        "demand[0].count", "0"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"plan-errors\"").contains("demand[0].count: måste vara 1–");
    }

    @Test
    void theAuthoritiesReadPlansAndTheRegionsDoNot() {
        var authority = WebSession.loggedIn(port, TestAccounts.AUTHORITY).get("/distribution");
        assertThat(authority.status()).isEqualTo(200);
        assertThat(authority.body()).doesNotContain("id=\"new-plan\"");
        assertThat(WebSession.loggedIn(port, TestAccounts.NORRBOTTEN)
                        .get("/distribution")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRegionKeepsItsTransportThroughTheForms() {
        String base = new DistributionSteps(api).hospital("24", "Formbas", 64.3, 18.9);
        var region = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        assertThat(region.get("/transport/new").status()).isEqualTo(200);
        String code = "amb-p" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var fields = new HashMap<String, String>();
        fields.put("code", code);
        fields.put("name", "Formambulanser");
        fields.put("kind", "ROAD_AMBULANCE");
        fields.put("region", "24");
        fields.put("baseHospital", base);
        fields.put("count", "3");
        fields.put("speedKmh", "80");
        fields.put("fixedMinutes", "40");
        fields.put("dutyMinutes", "720");
        fields.put("capWard", "1");
        fields.put("seats", "1");

        var saved = region.post("/transport", fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        var list = region.get("/transport?region=24");
        assertThat(list.body()).contains(code).contains("Formambulanser").contains("3 / 3");

        fields.put("dutyMinutes", "9000");
        fields.put("code", code + "x");
        var refused = region.post("/transport", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"transport-errors\"")
                .contains("dutyMinutes: måste vara ett tal från 1 till 4800");

        String id = null;
        for (var unit : api.get("/api/v1/transport-units?region=24", TestAccounts.VASTERBOTTEN)
                .json()) {
            if (unit.path("code").asString().equals(code)) {
                id = unit.path("id").asString();
            }
        }
        assertThat(id).isNotNull();
        assertThat(WebSession.loggedIn(port, TestAccounts.STOCKHOLM)
                        .get("/transport/" + id + "/edit")
                        .status())
                .isEqualTo(403);
        assertThat(region.get("/transport/" + id + "/edit").body()).contains(code);
    }
}

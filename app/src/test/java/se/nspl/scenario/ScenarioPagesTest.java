package se.nspl.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The scenario pages: create, edit the levers, run, see the result; exports and the exercise marking. */
class ScenarioPagesTest extends ApiTest {

    ScenarioSteps steps;

    @BeforeEach
    void steps() {
        steps = new ScenarioSteps(api);
    }

    @Test
    void aScenarioIsCreatedFromTodaysPictureThroughTheForm() {
        var web = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        assertThat(web.get("/scenarios").body()).contains("Nytt scenario från dagens lägesbild");

        var created = web.post("/scenarios", Map.of("name", "Formulärets scenario", "days", "45"));
        assertThat(created.status()).isEqualTo(302);
        var page = web.get(java.net.URI.create(created.header("Location")).getPath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Formulärets scenario", "Kör scenariot", "ICU_VENT, ICU, WARD");

        var refused = web.post("/scenarios", Map.of("name", "", "days", "många"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("new-days");
    }

    @Test
    void theLeverFormChangesEventsAndPlannedCareAndNamesABrokenField() {
        String scenario = steps.create(TestAccounts.NATIONAL);
        var web = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        var form = web.get("/scenarios/" + scenario + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("events[0].arrivalsPerDay.ICU", "plannedCare[0].reduction");

        var fields = new HashMap<String, String>(baseFields("0"));
        fields.put("events[0].region", "24");
        fields.put("events[0].startDay", "2");
        fields.put("events[0].days", "5");
        fields.put("events[0].arrivalsPerDay.ICU", "3,5");
        fields.put("plannedCare[0].region", "*");
        fields.put("plannedCare[0].fromDay", "1");
        fields.put("plannedCare[0].reduction", "1.5");
        var refused = web.post("/scenarios/" + scenario, fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("plannedCare[0].reduction-error");

        fields.put("plannedCare[0].reduction", "0.5");
        fields.put("transfers.enabled", "true");
        var saved = web.post("/scenarios/" + scenario, fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        var json =
                api.get("/api/v1/scenarios/" + scenario, TestAccounts.NATIONAL).json();
        assertThat(json.path("events")).hasSize(1);
        assertThat(json.path("events").get(0).path("region").asString()).isEqualTo("24");
        assertThat(json.path("events").get(0).path("arrivalsPerDay").path("ICU").asDouble())
                .isEqualTo(3.5);
        assertThat(json.path("plannedCare").get(0).path("reduction").asDouble()).isEqualTo(0.5);
        assertThat(json.path("transfers").path("enabled").asBoolean()).isTrue();

        var stale = web.post("/scenarios/" + scenario, fields);
        assertThat(stale.status()).isEqualTo(409);
    }

    private static Map<String, String> baseFields(String version) {
        var fields = new HashMap<String, String>();
        fields.put("version", version);
        fields.put("name", "Ändrat scenario");
        fields.put("days", "20");
        fields.put("mode", "DETERMINISTIC");
        fields.put("seed", "1");
        fields.put("replications", "10");
        fields.put("losDays.ICU_VENT", "10");
        fields.put("losDays.ICU", "6");
        fields.put("losDays.WARD", "5");
        fields.put("transfers.maxPerDay.ICU_VENT", "5");
        fields.put("transfers.maxPerDay.ICU", "5");
        fields.put("transfers.maxPerDay.WARD", "50");
        return fields;
    }

    @Test
    void aRunShowsItsSummaryChartsAndExportsAndAnExerciseIsMarkedEverywhere() {
        String scenario = steps.create(TestAccounts.NATIONAL);
        var web = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        var started = web.post("/scenarios/" + scenario + "/runs", Map.of("exercise", "true"));
        assertThat(started.status()).isEqualTo(302);
        String path = java.net.URI.create(started.header("Location")).getPath();
        String run = path.substring(path.lastIndexOf('/') + 1);
        steps.finished(run, TestAccounts.NATIONAL);

        var page = web.get("/scenario-runs/" + run + "?region=25");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("ÖVNING – simulerad lägesbild", "national-summary", "regional-summary", "chart-0")
                .contains("FORSTARKNING gäller från dag", "id=\"overflowing\"");
        assertThat(web.get("/scenarios/" + scenario).body()).contains("badge exercise");

        var csv = web.get("/scenario-runs/" + run + "/csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().skip(1)).isNotEmpty().allMatch(line -> line.startsWith("ÖVNING,"));

        var pdf = web.get("/scenario-runs/" + run + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(pdf.header("Content-Disposition")).contains("ovning-");
    }

    @Test
    void twoRunsAreComparedSideBySide() {
        String scenario = steps.create(TestAccounts.NATIONAL);
        String without = steps.run(scenario, TestAccounts.NATIONAL, false)
                .json()
                .path("id")
                .asString();
        steps.finished(without, TestAccounts.NATIONAL);
        String etag = steps.version(scenario, TestAccounts.NATIONAL);
        api.send(
                "PUT",
                "/api/v1/scenarios/" + scenario,
                TestAccounts.NATIONAL,
                Map.of("If-Match", etag),
                ScenarioSteps.NORRBOTTEN.replace("\"enabled\": false", "\"enabled\": true"));
        String with = steps.run(scenario, TestAccounts.NATIONAL, false)
                .json()
                .path("id")
                .asString();
        steps.finished(with, TestAccounts.NATIONAL);

        var web = WebSession.loggedIn(port, TestAccounts.AUTHORITY);
        assertThat(web.get("/scenarios/" + scenario).body()).contains("compare-form");
        var page = web.get("/scenario-runs/compare?a=" + without + "&b=" + with);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Jämför två körningar", "scenario-compare-data", "hela landet");
        assertThat(page.body()).doesNotContain("exercise-banner");
    }

    @Test
    void theProgressFragmentAsksForAReloadOnceTheRunIsDone() {
        String scenario = steps.create(TestAccounts.NATIONAL);
        String run = steps.run(scenario, TestAccounts.NATIONAL, false)
                .json()
                .path("id")
                .asString();
        steps.finished(run, TestAccounts.NATIONAL);
        var web = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        assertThat(web.get("/scenario-runs/" + run + "/progress").header("HX-Refresh"))
                .isEqualTo("true");
    }

    @Test
    void aScenarioFromAFileIsCreatedOrItsBrokenFieldsAreListed() {
        var web = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        var refused = web.post(
                "/scenarios/upload", Map.of("json", ScenarioSteps.NORRBOTTEN.replace("\"days\": 30", "\"days\": -3")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("json-errors", "days: must be between 1 and 730");

        var created = web.post("/scenarios/upload", Map.of("json", ScenarioSteps.NORRBOTTEN));
        assertThat(created.status()).isEqualTo(302);
        assertThat(web.get(java.net.URI.create(created.header("Location")).getPath())
                        .body())
                .contains("Norrbotten, 14 days of heavy casualties", "Kör scenariot");
    }

    @Test
    void aStochasticRunShowsTheSpreadAndTheProbabilityOfOverflow() {
        String scenario = steps.create(
                TestAccounts.NATIONAL, ScenarioSteps.NORRBOTTEN.replace("\"DETERMINISTIC\"", "\"STOCHASTIC\""));
        String run = steps.run(scenario, TestAccounts.NATIONAL, false)
                .json()
                .path("id")
                .asString();
        steps.finished(run, TestAccounts.NATIONAL);
        var web = WebSession.loggedIn(port, TestAccounts.NATIONAL);

        var page = web.get("/scenario-runs/" + run + "?region=25");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sannolikhet för överbeläggning", "occupiedP90", "P10–P90");
        assertThat(page.body()).doesNotContain("exercise-banner");
        assertThat(web.get("/scenario-runs/" + run + "/csv")
                        .body()
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .startsWith("marking,day,region,level,arrivals_p10,arrivals_p50");
        assertThat(web.get("/scenario-runs/" + run + "/pdf").status()).isEqualTo(200);
    }
}

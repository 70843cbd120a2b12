package se.nspl.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.simulation.ResultWriter;
import se.nspl.simulation.ScenarioReader;
import se.nspl.simulation.Simulation;
import tools.jackson.databind.JsonNode;

class ScenarioApiTest extends ApiTest {

    ScenarioSteps steps;

    @BeforeEach
    void steps() {
        steps = new ScenarioSteps(api);
    }

    @Test
    void aScenarioFromAFileRunsOffTheRequestAndGivesTheEnginesResultByteForByte() {
        String scenario = steps.create(TestAccounts.NATIONAL);
        var started = steps.run(scenario, TestAccounts.NATIONAL, false);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String run = started.json().path("id").asString();
        assertThat(started.header("Location")).endsWith("/api/v1/scenario-runs/" + run);

        var status = steps.finished(run, TestAccounts.NATIONAL);
        assertThat(status.json().path("state").asString()).isEqualTo("DONE");
        assertThat(status.json().path("exercise").asBoolean()).isFalse();

        var result = api.get("/api/v1/scenario-runs/" + run + "/result", TestAccounts.AUTHORITY);
        assertThat(result.status()).isEqualTo(200);
        String expected =
                new ResultWriter().write(new Simulation(1).run(new ScenarioReader().read(ScenarioSteps.NORRBOTTEN)));
        assertThat(result.body()).isEqualTo(expected);
        assertThat(result.header("NSPL-Exercise")).isEqualTo("false");
    }

    @Test
    void aBrokenScenarioIsRefusedNamingEachField() {
        var response = api.send(
                "POST",
                "/api/v1/scenarios",
                TestAccounts.NATIONAL,
                Map.of(),
                ScenarioSteps.NORRBOTTEN
                        .replace("\"WARD\": 600", "\"WARD\": -1")
                        .replace("\"days\": 30", "\"days\": 0"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("regions[0].beds.WARD", "days");
    }

    @Test
    void aScenarioFromTodaysPictureHasEveryRegionWithItsReportedBeds() {
        var created = api.send(
                "POST",
                "/api/v1/scenarios/from-picture",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("name", "Dagens läge", "days", 30));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode scenario = created.json();
        assertThat(scenario.path("regions")).hasSize(21);
        assertThat(scenario.path("losDays").propertyNames()).containsExactly("ICU_VENT", "ICU", "WARD");

        JsonNode picture = api.get("/api/v1/picture", TestAccounts.NATIONAL).json();
        for (JsonNode region : picture.path("regions")) {
            var staffed = new HashMap<String, Integer>();
            for (JsonNode level : region.path("levels")) {
                String name = PictureScenario.scenarioLevel(
                        se.nspl.shared.CareLevel.valueOf(level.path("level").asString()));
                staffed.merge(name, level.path("staffed").asInt(), Integer::sum);
            }
            JsonNode beds = null;
            for (JsonNode r : scenario.path("regions")) {
                if (r.path("code").asString().equals(region.path("code").asString())) {
                    beds = r.path("beds");
                }
            }
            assertThat(beds).as("region %s", region.path("code")).isNotNull();
            for (String level : PictureScenario.LEVELS) {
                assertThat(beds.path(level).asInt()).isEqualTo(staffed.getOrDefault(level, 0));
            }
        }
    }

    @Test
    void anEditNeedsTheVersionItWasMadeFrom() {
        String scenario = steps.create(TestAccounts.VASTERBOTTEN);
        String etag = steps.version(scenario, TestAccounts.VASTERBOTTEN);
        String changed = ScenarioSteps.NORRBOTTEN.replace("\"days\": 30", "\"days\": 40");

        var edited = api.send(
                "PUT", "/api/v1/scenarios/" + scenario, TestAccounts.VASTERBOTTEN, Map.of("If-Match", etag), changed);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("days").asInt()).isEqualTo(40);

        var stale = api.send(
                "PUT", "/api/v1/scenarios/" + scenario, TestAccounts.VASTERBOTTEN, Map.of("If-Match", etag), changed);
        assertThat(stale.status()).isEqualTo(409);
        var missing = api.send("PUT", "/api/v1/scenarios/" + scenario, TestAccounts.VASTERBOTTEN, Map.of(), changed);
        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void aRegionsScenarioIsChangedAndRunOnlyByThatRegionAndTheSecretariat() {
        String scenario = steps.create(TestAccounts.VASTERBOTTEN);
        assertThat(steps.run(scenario, TestAccounts.STOCKHOLM, false).status()).isEqualTo(403);
        assertThat(steps.run(scenario, TestAccounts.AUTHORITY, false).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/scenarios/" + scenario, TestAccounts.AUTHORITY)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/scenarios/" + scenario, TestAccounts.REPORTER)
                        .status())
                .isEqualTo(403);
        assertThat(steps.run(scenario, TestAccounts.NATIONAL, false).status()).isEqualTo(202);
    }

    @Test
    void anExerciseRunIsMarkedAndLeavesThePictureAsItWas() {
        String before = api.get("/api/v1/picture", TestAccounts.NATIONAL)
                .json()
                .path("levels")
                .toString();
        String scenario = steps.create(TestAccounts.NATIONAL);
        String run = steps.run(scenario, TestAccounts.NATIONAL, true)
                .json()
                .path("id")
                .asString();
        assertThat(steps.finished(run, TestAccounts.NATIONAL)
                        .json()
                        .path("exercise")
                        .asBoolean())
                .isTrue();

        assertThat(api.get("/api/v1/scenario-runs/" + run + "/result", TestAccounts.NATIONAL)
                        .header("NSPL-Exercise"))
                .isEqualTo("true");
        assertThat(api.get("/api/v1/picture", TestAccounts.NATIONAL)
                        .json()
                        .path("levels")
                        .toString())
                .isEqualTo(before);
    }

    @Test
    void aStochasticRunGivesPercentilesAndTheOverflowProbability() {
        String scenario = steps.create(
                TestAccounts.NATIONAL, ScenarioSteps.NORRBOTTEN.replace("\"DETERMINISTIC\"", "\"STOCHASTIC\""));
        String run = steps.run(scenario, TestAccounts.NATIONAL, false)
                .json()
                .path("id")
                .asString();
        var status = steps.finished(run, TestAccounts.NATIONAL);
        assertThat(status.json().path("done").asInt()).isEqualTo(50);
        assertThat(status.json().path("total").asInt()).isEqualTo(50);
        JsonNode result = api.get("/api/v1/scenario-runs/" + run + "/result", TestAccounts.NATIONAL)
                .json();
        assertThat(result.path("series").get(0).path("occupied").path("p90").isNumber())
                .isTrue();
        assertThat(result.path("summary").get(0).path("overflowProbability").isNumber())
                .isTrue();
    }

    @Test
    void aRunsResultIsNotFoundUntilItExists() {
        assertThat(api.get("/api/v1/scenario-runs/" + java.util.UUID.randomUUID() + "/result", TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theApiDocumentationDescribesTheScenarioEndpoints() {
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.has("/api/v1/scenarios")).isTrue();
        assertThat(paths.has("/api/v1/scenarios/from-picture")).isTrue();
        assertThat(paths.path("/api/v1/scenarios/{id}").has("put")).isTrue();
        assertThat(paths.has("/api/v1/scenarios/{id}/runs")).isTrue();
        assertThat(paths.has("/api/v1/scenario-runs/{run}/result")).isTrue();
    }
}

package se.nspl.scenario;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import se.nspl.Api;

/** The steps tests take with scenarios through the API. */
public final class ScenarioSteps {

    /** The contract's example, small: region 25 with a mass-casualty event; region 24 with room. */
    public static final String NORRBOTTEN = """
            {"name": "Norrbotten, 14 days of heavy casualties", "days": 30, "mode": "DETERMINISTIC",
             "seed": 42, "replications": 50,
             "losDays": {"ICU_VENT": 10, "ICU": 6, "WARD": 5},
             "regions": [
               {"code": "25", "beds": {"ICU_VENT": 12, "ICU": 8, "WARD": 600},
                "occupied": {"ICU_VENT": 9, "ICU": 6, "WARD": 510},
                "baselineArrivals": {"ICU_VENT": 1.0, "ICU": 1.2, "WARD": 100},
                "electiveShare": {"ICU_VENT": 0.2, "ICU": 0.2, "WARD": 0.35},
                "surge": [{"level": "FORSTARKNING", "atOccupancy": 0.85, "delayDays": 2,
                           "extraBeds": {"ICU_VENT": 6, "ICU": 4, "WARD": 80}}]},
               {"code": "24", "beds": {"ICU_VENT": 40, "ICU": 30, "WARD": 900},
                "occupied": {"ICU_VENT": 10, "ICU": 10, "WARD": 500},
                "baselineArrivals": {"ICU_VENT": 1.0, "ICU": 1.5, "WARD": 100},
                "electiveShare": {"ICU_VENT": 0.2, "ICU": 0.2, "WARD": 0.35}}],
             "events": [{"region": "25", "startDay": 3, "days": 14,
                         "arrivalsPerDay": {"ICU_VENT": 8, "ICU": 10, "WARD": 60}}],
             "plannedCare": [{"region": "*", "fromDay": 5, "reduction": 0.8}],
             "transfers": {"enabled": false, "maxPerDay": {"ICU_VENT": 20, "ICU": 20, "WARD": 150}}}""";

    private final Api api;

    public ScenarioSteps(Api api) {
        this.api = api;
    }

    /** A scenario of the user's, from the example; its id. */
    public String create(String username) {
        return create(username, NORRBOTTEN);
    }

    public String create(String username, String json) {
        var response = api.send("POST", "/api/v1/scenarios", username, Map.of(), json);
        if (response.status() != 201) {
            throw new IllegalStateException("POST /api/v1/scenarios answered " + response);
        }
        String location = response.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public Api.Response run(String scenario, String username, boolean exercise) {
        return api.send(
                "POST", "/api/v1/scenarios/" + scenario + "/runs", username, Map.of(), Map.of("exercise", exercise));
    }

    /** Waits until the run is done or failed; its status. */
    public Api.Response finished(String run, String username) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    String state = api.get("/api/v1/scenario-runs/" + run, username)
                            .json()
                            .path("state")
                            .asString();
                    return state.equals("DONE") || state.equals("FAILED");
                });
        return api.get("/api/v1/scenario-runs/" + run, username);
    }

    public String version(String scenario, String username) {
        return api.get("/api/v1/scenarios/" + scenario, username).header("ETag");
    }
}

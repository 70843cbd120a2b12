package se.nspl.distribution;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.nspl.Api;
import se.nspl.TestAccounts;
import tools.jackson.databind.JsonNode;

/**
 * Hospitals with reported free beds, transport units and plans, through the API, for the distribution tests. Each
 * test places its hospitals at a spot of its own: tests share the database, and a plan takes every hospital with a
 * free bed in the country into account.
 */
public final class DistributionSteps {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Api api;

    public DistributionSteps(Api api) {
        this.api = api;
    }

    /** A hospital of the region at the position; its id. */
    public String hospital(String region, String name, double lat, double lon) {
        var response = api.send(
                "POST",
                "/api/v1/hospitals",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "name",
                        name + " " + UUID.randomUUID().toString().substring(0, 8),
                        "region",
                        region,
                        "city",
                        "Testby",
                        "lat",
                        lat,
                        "lon",
                        lon,
                        "university",
                        false));
        require(response, 201);
        return response.json().path("id").asString();
    }

    /** Reports free ward beds at the hospital and waits until the picture shows them. */
    public void freeWardBeds(String hospital, String region, int free) {
        String unit = api.newUnit(
                hospital, "WARD", "Avdelning " + UUID.randomUUID().toString().substring(0, 8));
        var response = api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                coordinatorOf(region),
                Map.of(),
                Map.of("levels", Map.of("WARD", Map.of("staffed", free + 5, "occupied", 5))));
        require(response, 201);
        await().atMost(PATIENCE).until(() -> freeWard(hospital) == free);
    }

    private int freeWard(String hospital) {
        var picture = api.get("/api/v1/picture/hospitals/" + hospital, TestAccounts.NATIONAL);
        if (picture.status() != 200) {
            return -1;
        }
        for (JsonNode level : picture.json().path("levels")) {
            if (level.path("level").asString().equals("WARD")) {
                return level.path("available").asInt();
            }
        }
        return 0;
    }

    /** Road ambulances of the region based at the hospital, one ward or ICU patient per trip; the unit's JSON. */
    public JsonNode ambulances(String region, String baseHospital, int count) {
        var response = api.send(
                "POST",
                "/api/v1/transport-units",
                coordinatorOf(region),
                Map.of(),
                ambulance(region, baseHospital, count));
        require(response, 201);
        return response.json();
    }

    public static Map<String, Object> ambulance(String region, String baseHospital, int count) {
        var body = new HashMap<String, Object>();
        body.put("code", "amb-t" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Testambulanser");
        body.put("kind", "ROAD_AMBULANCE");
        body.put("region", region);
        body.put("baseHospital", baseHospital);
        body.put("count", count);
        body.put("speedKmh", 80);
        body.put("fixedMinutes", 40);
        body.put("dutyMinutes", 720);
        body.put("capIcu", 1);
        body.put("capWard", 1);
        body.put("seats", 1);
        return body;
    }

    /** Starts a plan of ward patients at the hospital, with a one-second time limit; its id. */
    public String startPlan(String hospital, int wardPatients) {
        var response = api.send(
                "POST", "/api/v1/distribution-plans", TestAccounts.NATIONAL, Map.of(), plan(hospital, wardPatients));
        require(response, 202);
        return response.json().path("id").asString();
    }

    public static Map<String, Object> plan(String hospital, int wardPatients) {
        return Map.of(
                "name",
                "Test " + UUID.randomUUID().toString().substring(0, 8),
                "timeLimitSeconds",
                1,
                "demand",
                List.of(Map.of("hospital", hospital, "level", "WARD", "count", wardPatients, "priority", 1)));
    }

    /** The plan once the optimiser has run. */
    public JsonNode awaitComputed(String plan) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> !api.get("/api/v1/distribution-plans/" + plan, TestAccounts.NATIONAL)
                        .json()
                        .path("state")
                        .asString()
                        .equals("RUNNING"));
        return api.get("/api/v1/distribution-plans/" + plan, TestAccounts.NATIONAL)
                .json();
    }

    /** A computed plan of one ward patient at the hospital. */
    public String computedPlan(String hospital) {
        String plan = startPlan(hospital, 1);
        awaitComputed(plan);
        return plan;
    }

    public static String coordinatorOf(String region) {
        return switch (region) {
            case "01" -> TestAccounts.STOCKHOLM;
            case "24" -> TestAccounts.VASTERBOTTEN;
            case "25" -> TestAccounts.NORRBOTTEN;
            default -> throw new IllegalArgumentException("no test coordinator of region " + region);
        };
    }

    private static void require(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response);
        }
    }
}

package se.nspl.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * The picture through its API, on Region Gotland (09): no other test reports there, so its
 * figures are this test's. Visby lasarett has an adult ICU and a ward.
 */
class PictureApiTest extends ApiTest {

    static final String GOTLAND = "t-region-09";
    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    JdbcClient jdbc;

    String icu;
    String ward;

    @BeforeEach
    void visby() {
        accounts.open(GOTLAND, Role.REGION_COORDINATOR, "09");
        String visby = api.get("/api/v1/hospitals?region=09&q=Visby", TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
        icu = unitOf(visby, "ADULT_ICU");
        ward = unitOf(visby, "WARD");
    }

    @Test
    void theRegionShowsTheSumOfItsUnitsLatestReportsAndTheCountryTheSumOfItsRegions() {
        report(icu, Map.of("ICU_VENT", figures(6, 4), "ICU", figures(4, 1)), null);
        report(icu, Map.of("ICU_VENT", figures(5, 5), "ICU", figures(4, 1)), null);

        await().atMost(PATIENCE).until(() -> staffed(gotland(), "ICU_VENT") == 5);
        var gotland = gotland();
        assertThat(level(gotland, "ICU_VENT").path("occupied").asInt()).isEqualTo(5);
        assertThat(level(gotland, "ICU").path("staffed").asInt()).isEqualTo(4);
        assertThat(level(gotland, "ICU").path("available").asInt()).isEqualTo(3);
        assertThat(gotland.path("units").asInt()).isEqualTo(2);

        var national = api.get("/api/v1/picture", TestAccounts.AUTHORITY).json();
        int sum = 0;
        for (var region : national.path("regions")) {
            sum += Math.max(0, staffed(region, "ICU_VENT"));
        }
        assertThat(staffed(national, "ICU_VENT")).isEqualTo(sum);
        assertThat(national.path("regions")).hasSize(21);
    }

    @Test
    void anOverdueUnitCountsAsOverdueWithItsLastFigures() {
        report(icu, Map.of("ICU_VENT", figures(5, 5), "ICU", figures(4, 1)), null);
        report(ward, Map.of("WARD", figures(40, 30)), Instant.now().minus(Duration.ofHours(30)));

        await().atMost(PATIENCE).until(() -> staffed(gotland(), "WARD") == 40);
        var gotland = gotland();
        assertThat(gotland.path("unitsOverdue").asInt())
                .as("the ward reported 30 hours ago")
                .isEqualTo(1);
        var detail =
                api.get("/api/v1/picture/regions/09", TestAccounts.NATIONAL).json();
        var units = detail.path("hospitals").get(0).path("unitPictures");
        assertThat(units).hasSize(2);
        for (var unit : units) {
            assertThat(unit.path("overdue").asBoolean())
                    .isEqualTo(unit.path("id").asString().equals(ward));
        }
    }

    @Test
    void aCrossedThresholdAndARaisedPreparednessLevelRaiseAlerts() {
        report(icu, Map.of("ICU_VENT", figures(10, 2), "ICU", figures(4, 0)), null);
        // lights are compared once a second: wait until green was seen
        await().atMost(PATIENCE).until(() -> "GREEN".equals(lightSeen("09", "ICU_VENT")));
        // the same check looks at the country's sum ("00")
        assertThat(lightSeen("00", "ICU_VENT")).isIn("GREEN", "YELLOW", "RED");
        report(icu, Map.of("ICU_VENT", figures(10, 10), "ICU", figures(4, 0)), null);
        await().atMost(PATIENCE)
                .until(() -> alerts().contains("\"THRESHOLD\"") && gotlandAlert("ICU_VENT", "RED") != null);
        assertThat(gotlandAlert("ICU_VENT", "RED").path("from").asString()).isEqualTo("GREEN");

        setPreparedness("NORMALLAGE");
        setPreparedness("STABSLAGE");
        await().atMost(PATIENCE).until(() -> gotlandAlert(null, "STABSLAGE") != null);
        assertThat(gotlandAlert(null, "STABSLAGE").path("from").asString()).isEqualTo("NORMALLAGE");
        await().atMost(PATIENCE)
                .until(() -> gotland().path("preparedness").asString().equals("STABSLAGE"));
        setPreparedness("NORMALLAGE");
    }

    @Test
    void anEarlierPictureShowsWhatWasKnownThen() {
        var before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        report(icu, Map.of("ICU_VENT", figures(7, 1), "ICU", figures(3, 0)), null);
        await().atMost(PATIENCE).until(() -> staffed(gotland(), "ICU_VENT") == 7);

        var then =
                api.get("/api/v1/picture?at=" + before, TestAccounts.AUTHORITY).json();
        assertThat(then.path("asOf").asString()).startsWith(before.toString().substring(0, 16));
        var gotlandThen = region(then, "09");
        assertThat(gotlandThen.path("levels").findValues("staffed").stream().map(JsonNode::asInt))
                .doesNotContain(7);
    }

    @Test
    void unknownRegionsAndHospitalsAreNotFound() {
        assertThat(api.get("/api/v1/picture/regions/99", TestAccounts.NATIONAL).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/picture/hospitals/" + java.util.UUID.randomUUID(), TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/picture?at=yesterday", TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(400);
    }

    private String lightSeen(String region, String level) {
        return jdbc.sql("select light from picture_light where region_code = ? and level = ?")
                .params(region, level)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void report(String unit, Map<String, Object> levels, Instant observedAt) {
        var body = new java.util.HashMap<String, Object>(Map.of("levels", levels));
        if (observedAt != null) {
            body.put("observedAt", observedAt.toString());
        }
        var response = api.send("POST", "/api/v1/units/" + unit + "/reports", GOTLAND, Map.of(), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private void setPreparedness(String level) {
        var response = api.send(
                "PUT",
                "/api/v1/regions/09/preparedness",
                GOTLAND,
                Map.of(),
                Map.of("level", level, "comment", "övning"));
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    private static Map<String, Object> figures(int staffed, int occupied) {
        return Map.of("staffed", staffed, "occupied", occupied);
    }

    private JsonNode gotland() {
        return region(api.get("/api/v1/picture", TestAccounts.NATIONAL).json(), "09");
    }

    private static JsonNode region(JsonNode national, String code) {
        for (var region : national.path("regions")) {
            if (region.path("code").asString().equals(code)) {
                return region;
            }
        }
        throw new AssertionError("no region " + code);
    }

    private static JsonNode level(JsonNode part, String level) {
        for (var l : part.path("levels")) {
            if (l.path("level").asString().equals(level)) {
                return l;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private static int staffed(JsonNode part, String level) {
        return level(part, level).path("staffed").asInt(-1);
    }

    private String alerts() {
        return api.get("/api/v1/picture/alerts?limit=500", TestAccounts.NATIONAL)
                .body();
    }

    private JsonNode gotlandAlert(String level, String to) {
        for (var alert : api.get("/api/v1/picture/alerts?limit=500", TestAccounts.NATIONAL)
                .json()) {
            boolean sameLevel = level == null
                    ? alert.path("level").isNull() || alert.path("level").isMissingNode()
                    : alert.path("level").asString().equals(level);
            if (alert.path("region").asString().equals("09")
                    && sameLevel
                    && alert.path("to").asString().equals(to)) {
                return alert;
            }
        }
        return null;
    }

    private String unitOf(String hospital, String kind) {
        return api.get("/api/v1/units?hospital=" + hospital + "&kind=" + kind, TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
    }
}

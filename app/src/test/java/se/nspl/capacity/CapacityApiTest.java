package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;

class CapacityApiTest extends ApiTest {

    @Autowired
    StatusReports reports;

    String icuUnit;
    String wardUnit;

    @BeforeEach
    void pickUnits() {
        // Region 24's hospitals; each test reports for a unit of its own hospital where it matters.
        icuUnit = unit("norrlands", "ADULT_ICU");
        wardUnit = unit("norrlands", "WARD");
    }

    @Test
    void acceptsAReportAndShowsItAsTheUnitsCurrentState() {
        var response = report(TestAccounts.VASTERBOTTEN, icuUnit, icu(12, 9), null);

        assertThat(response.status()).isEqualTo(201);
        var report = response.json();
        assertThat(report.path("status")
                        .path("levels")
                        .path("ICU")
                        .path("available")
                        .asInt())
                .isEqualTo(3);
        assertThat(report.path("reportedBy").asString()).isEqualTo(TestAccounts.VASTERBOTTEN);
        var current = api.get("/api/v1/units/" + icuUnit + "/reports/current", TestAccounts.AUTHORITY)
                .json();
        assertThat(current.path("id").asString()).isEqualTo(report.path("id").asString());
    }

    @Test
    void rejectsAReportBreakingTheRulesNamingEachFieldAndStoresNothing() {
        int before = reports.history(UUID.fromString(wardUnit), 500).size();
        var body = Map.of(
                "levels",
                Map.of("WARD", Map.of("staffed", 10, "occupied", 20), "ICU", Map.of("staffed", 1, "occupied", 0)),
                "operationalStatus",
                "CLOSED");

        var response = report(TestAccounts.VASTERBOTTEN, wardUnit, body, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder("levels.ICU", "levels.WARD.occupied", "restrictions");
        assertThat(reports.history(UUID.fromString(wardUnit), 500)).hasSize(before);
    }

    @Test
    void explainsBrokenRulesInSwedishUnlessTheClientAsksForEnglish() {
        var body = Map.of("levels", Map.of("WARD", Map.of("staffed", 10, "occupied", 20)));
        String path = "/api/v1/units/" + wardUnit + "/reports";

        var swedish = api.send("POST", path, TestAccounts.VASTERBOTTEN, Map.of(), body);
        var english =
                api.send("POST", path, TestAccounts.VASTERBOTTEN, Map.of("Accept-Language", "en-GB,en;q=0.8"), body);

        assertThat(swedish.json().path("title").asString()).isEqualTo("Ogiltiga uppgifter");
        assertThat(swedish.json().path("errors").get(0).path("message").asString())
                .isEqualTo("belagda (20) överstiger bemannade plus förstärkning inom 24 timmar (10)");
        assertThat(english.json().path("title").asString()).isEqualTo("Invalid input");
        assertThat(english.json().path("errors").get(0).path("message").asString())
                .isEqualTo("occupied (20) exceeds staffed plus surge (10)");
    }

    @Test
    void rejectsUnknownFieldsAndUnknownCareLevels() {
        var unknownField = report(
                TestAccounts.VASTERBOTTEN,
                icuUnit,
                Map.of("levels", Map.of("ICU", Map.of("staffed", 5, "occupied", 1, "free", 4))),
                null);
        var unknownLevel = report(
                TestAccounts.VASTERBOTTEN,
                icuUnit,
                Map.of("levels", Map.of("IVA", Map.of("staffed", 5, "occupied", 1))),
                null);

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.errorFields()).containsExactly("levels.ICU.free");
        assertThat(unknownLevel.status()).isEqualTo(400);
        assertThat(unknownLevel.errorFields()).singleElement().asString().startsWith("levels");
    }

    @Test
    void flagsButAcceptsAnImplausibleJump() {
        String unit = unit("skellefte", "ADULT_ICU");
        report(TestAccounts.VASTERBOTTEN, unit, icu(10, 5), null);

        var jump = report(TestAccounts.VASTERBOTTEN, unit, icu(25, 5), null);

        assertThat(jump.status()).isEqualTo(201);
        assertThat(jump.json().path("warnings").get(0).asString()).contains("doubled");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresNothingTwice() {
        String key = UUID.randomUUID().toString();
        var body = icu(8, 4);

        var first = report(TestAccounts.VASTERBOTTEN, icuUnit, body, key);
        var retry = report(TestAccounts.VASTERBOTTEN, icuUnit, body, key);
        var different = report(TestAccounts.VASTERBOTTEN, icuUnit, icu(8, 5), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        assertThat(different.status()).isEqualTo(422);
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOneReport() throws Exception {
        // A unit of its own: the other tests must not see this report
        String unit = unit("25", "pite", "WARD");
        String key = UUID.randomUUID().toString();
        int before = reports.history(UUID.fromString(unit), 500).size();
        api.tokenFor(TestAccounts.NORRBOTTEN);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Api.Response>>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> report(TestAccounts.NORRBOTTEN, unit, ward(40, 31), key)));
            }
            var ids = new java.util.HashSet<String>();
            for (var call : calls) {
                var response = call.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.status()).isIn(200, 201);
                ids.add(response.json().path("id").asString());
            }
            assertThat(ids).hasSize(1);
            assertThat(reports.history(UUID.fromString(unit), 500)).hasSize(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorrectionIsANewVersionAndTheCorrectedReportStaysInTheHistory() {
        String unit = unit("lycksele", "ADULT_ICU");
        var original = report(TestAccounts.VASTERBOTTEN, unit, icu(6, 3), null).json();
        String id = original.path("id").asString();

        var correction = api.send(
                "POST",
                "/api/v1/reports/" + id + "/corrections",
                TestAccounts.VASTERBOTTEN,
                Map.of("If-Match", "\"0\""),
                icu(6, 4));
        var late = api.send(
                "POST",
                "/api/v1/reports/" + id + "/corrections",
                TestAccounts.VASTERBOTTEN,
                Map.of("If-Match", "\"0\""),
                icu(6, 5));

        assertThat(correction.status()).isEqualTo(201);
        assertThat(correction.json().path("corrects").asString()).isEqualTo(id);
        assertThat(correction.json().path("status").path("observedAt").asString())
                .isEqualTo(original.path("status").path("observedAt").asString());
        assertThat(late.status()).isEqualTo(409);
        var current = api.get("/api/v1/units/" + unit + "/reports/current", TestAccounts.NATIONAL)
                .json();
        assertThat(current.path("status")
                        .path("levels")
                        .path("ICU")
                        .path("occupied")
                        .asInt())
                .isEqualTo(4);
        var corrected = api.get("/api/v1/reports/" + id, TestAccounts.NATIONAL).json();
        assertThat(corrected.path("supersededBy").asString())
                .isEqualTo(correction.json().path("id").asString());
    }

    @Test
    void aReporterBoundToUnitsReportsOnlyForThem() {
        String other = unit("skellefte", "WARD");
        var bound = accounts.reporterFor("24", UUID.fromString(wardUnit));

        assertThat(report(bound, wardUnit, ward(30, 20), null).status()).isEqualTo(201);
        assertThat(report(bound, other, ward(30, 20), null).status()).isEqualTo(403);
    }

    @Test
    void listsUnitsWhoseReportIsOverdue() {
        String unit = unit("skellefte", "WARD");
        String fresh = unit("lycksele", "WARD");
        report(TestAccounts.VASTERBOTTEN, fresh, ward(20, 10), null);
        var stale = Map.of(
                "observedAt",
                Instant.now().minus(30, ChronoUnit.HOURS).toString(),
                "levels",
                Map.of("WARD", Map.of("staffed", 40, "occupied", 32)));
        assertThat(report(TestAccounts.VASTERBOTTEN, unit, stale, null).status())
                .isEqualTo(201);

        var overdue = api.get("/api/v1/reports/overdue?region=24", TestAccounts.NATIONAL)
                .json();

        var ids = new java.util.ArrayList<String>();
        overdue.forEach(o -> ids.add(o.path("unitId").asString()));
        assertThat(ids).contains(unit).doesNotContain(fresh);
    }

    @Test
    void aRegionUploadsItsUnitsAsCsv() {
        String icu = unit("25", "gällivare", "ADULT_ICU");
        String ward = unit("25", "gällivare", "WARD");
        String csv =
                "unitId,ICU_VENT.staffed,ICU_VENT.occupied,ICU.staffed,ICU.occupied,WARD.staffed,WARD.occupied,operationalStatus,restrictions,comment\n"
                        + icu
                        + ",3,2,4,4,,,RESTRICTED,STAFF;EQUIPMENT,\"Två sjuksköterskor sjuka, en respirator på service\"\n"
                        + ward + ",,,,,45,41,,,\n";

        var response = upload("25", csv);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("accepted").asInt()).isEqualTo(2);
        var current = api.get("/api/v1/units/" + icu + "/reports/current", TestAccounts.NATIONAL)
                .json()
                .path("status");
        assertThat(current.path("levels").path("ICU_VENT").path("available").asInt())
                .isEqualTo(1);
        assertThat(current.path("restrictions").size()).isEqualTo(2);
        assertThat(current.path("comment").asString()).startsWith("Två sjuksköterskor sjuka,");
    }

    @Test
    void aCsvUploadWithAnyBadLineStoresNothingAndNamesEveryLine() {
        String good = unit("25", "sunderby", "WARD");
        String bad = unit("25", "sunderby", "ADULT_ICU");
        int before = reports.history(UUID.fromString(good), 500).size();
        String csv = "unitId,WARD.staffed,WARD.occupied,ICU.staffed,ICU.occupied\n"
                + good + ",30,20,,\n"
                + bad + ",,,5,9\n"
                + "not-a-unit,1,1,,\n"
                + wardUnit + ",10,5,,\n";

        var response = upload("25", csv);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactly("line 3: levels.ICU.occupied", "line 4: unitId", "line 5: unitId");
        assertThat(reports.history(UUID.fromString(good), 500)).hasSize(before);
    }

    @Test
    void aCsvUploadWithAnUnknownColumnIsRefused() {
        var response = upload("25", "unitId,ICU.free\n" + UUID.randomUUID() + ",3\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("columns");
    }

    private Api.Response upload(String region, String csv) {
        return api.send(
                "POST",
                "/api/v1/regions/" + region + "/reports",
                TestAccounts.NORRBOTTEN,
                Map.of("Content-Type", "text/csv"),
                csv);
    }

    @Test
    void aRegionRaisesItsPreparednessLevelWithHistory() {
        var raised = api.send(
                "PUT",
                "/api/v1/regions/25/preparedness",
                TestAccounts.NORRBOTTEN,
                Map.of(),
                Map.of("level", "FORSTARKNINGSLAGE", "comment", "Hög belastning på Sunderby"));

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.json().path("current").asString()).isEqualTo("FORSTARKNINGSLAGE");
        assertThat(raised.json().path("history").get(0).path("setBy").asString())
                .isEqualTo(TestAccounts.NORRBOTTEN);
        var refused = api.send(
                "PUT",
                "/api/v1/regions/25/preparedness",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("level", "KATASTROFLAGE"));
        assertThat(refused.status()).isEqualTo(403);
        var badLevel = api.send(
                "PUT", "/api/v1/regions/25/preparedness", TestAccounts.NORRBOTTEN, Map.of(), Map.of("level", "PANIK"));
        assertThat(badLevel.errorFields()).containsExactly("level");

        // other tests share region 25 and expect normalläge (its short support path, its 24 h interval)
        var back = api.send(
                "PUT",
                "/api/v1/regions/25/preparedness",
                TestAccounts.NORRBOTTEN,
                Map.of(),
                Map.of("level", "NORMALLAGE", "comment", "Övergången är över"));
        assertThat(back.status()).isEqualTo(200);
    }

    private Api.Response report(String user, String unit, Object body, String key) {
        return api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                user,
                key == null ? Map.of() : Map.of("Idempotency-Key", key),
                body);
    }

    private String unit(String hospital, String kind) {
        return unit("24", hospital, kind);
    }

    private String unit(String region, String hospital, String kind) {
        String hospitalId = api.get("/api/v1/hospitals?region=" + region + "&q=" + hospital, TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
        return api.get("/api/v1/units?hospital=" + hospitalId + "&kind=" + kind, TestAccounts.NATIONAL)
                .json()
                .get(0)
                .path("id")
                .asString();
    }

    static Map<String, Object> icu(int staffed, int occupied) {
        return Map.of("levels", Map.of("ICU", Map.of("staffed", staffed, "occupied", occupied)));
    }

    static Map<String, Object> ward(int staffed, int occupied) {
        return Map.of("levels", Map.of("WARD", Map.of("staffed", staffed, "occupied", occupied)));
    }
}

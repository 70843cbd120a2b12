package se.nspl.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.capacity.StatusReports;
import tools.jackson.databind.JsonNode;

/**
 * The FHIR entry path and export over HTTP. Reports for Norrtälje sjukhus (region 01), which no
 * other test reports for: its intensive care unit and its wards.
 */
class FhirMeasureReportsTest extends ApiTest {

    static final Map<String, String> FHIR = Map.of("Content-Type", "application/fhir+json");

    @Autowired
    StatusReports reports;

    String icuUnit;
    String wardUnit;

    @BeforeEach
    void pickUnits() {
        icuUnit = FhirTestUnits.norrtalje(api, "ADULT_ICU");
        wardUnit = FhirTestUnits.norrtalje(api, "WARD");
    }

    @Test
    void acceptsAMeasureReportAndAnswersWithTheStoredOne() {
        var response = post(TestAccounts.STOCKHOLM, icu(icuUnit, 10, 7), Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        var stored = response.json();
        String id = stored.path("id").asString();
        assertThat(stored.path("resourceType").asString()).isEqualTo("MeasureReport");
        assertThat(response.header("Location")).endsWith("/fhir/MeasureReport/" + id);
        assertThat(population(stored, 0, "available")).isEqualTo(3);
        var json = api.get("/api/v1/reports/" + id, TestAccounts.AUTHORITY).json();
        assertThat(json.path("status")
                        .path("levels")
                        .path("ICU")
                        .path("occupied")
                        .asInt())
                .isEqualTo(7);
        assertThat(json.path("reportedBy").asString()).isEqualTo(TestAccounts.STOCKHOLM);
    }

    @Test
    void refusesMalformedJsonWithAnOperationOutcomeAndStoresNothing() {
        int before = history(icuUnit);

        var response = post(TestAccounts.STOCKHOLM, "{\"resourceType\": \"MeasureReport\", \"group\": [", Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/fhir+json");
        assertThat(response.json().path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(issue(response).path("severity").asString()).isEqualTo("error");
        assertThat(history(icuUnit)).isEqualTo(before);
    }

    @Test
    void refusesAReportBreakingTheRulesNamingTheElementAndStoresNothing() {
        int before = history(icuUnit);

        var response = post(TestAccounts.STOCKHOLM, icu(icuUnit, 10, 30), Map.of());

        assertThat(response.status()).isEqualTo(422);
        assertThat(issue(response).path("code").asString()).isEqualTo("business-rule");
        assertThat(issue(response).path("expression").get(0).asString())
                .isEqualTo("MeasureReport.group[0].population[1].count");
        assertThat(history(icuUnit)).isEqualTo(before);
    }

    @Test
    void refusesACareLevelThatIsNotTheUnitsAndAnUnknownRestriction() {
        String body = icu(wardUnit, 10, 5)
                .replace(
                        "\"period\"",
                        "\"extension\": [{\"url\": \"https://nspl.se/fhir/StructureDefinition/operational-status\","
                                + " \"valueCode\": \"RESTRICTED\"}, {\"url\":"
                                + " \"https://nspl.se/fhir/StructureDefinition/restriction\", \"valueCode\": \"MOOD\"}], \"period\"");

        var response = post(TestAccounts.STOCKHOLM, body, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(expressions(response)).containsExactly("MeasureReport.extension[1].value");
        var wrongLevel = post(TestAccounts.STOCKHOLM, icu(wardUnit, 10, 5), Map.of());
        assertThat(wrongLevel.status()).isEqualTo(422);
        assertThat(expressions(wrongLevel)).containsExactly("MeasureReport.group[0].code");
    }

    @Test
    void refusesAnotherRegionsUnitAnUnknownUnitAndAnonymousCallers() {
        var otherRegion = post(TestAccounts.VASTERBOTTEN, icu(icuUnit, 10, 5), Map.of());
        var unknownUnit = post(TestAccounts.STOCKHOLM, icu(UUID.randomUUID().toString(), 10, 5), Map.of());
        var anonymous = api.send("POST", "/fhir/MeasureReport", null, FHIR, icu(icuUnit, 10, 5));

        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(issue(otherRegion).path("code").asString()).isEqualTo("forbidden");
        assertThat(unknownUnit.status()).isEqualTo(404);
        assertThat(issue(unknownUnit).path("code").asString()).isEqualTo("not-found");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(issue(anonymous).path("code").asString()).isEqualTo("login");
    }

    @Test
    void refusesAnotherMediaTypeAndAnotherResourceWithoutAServerError() {
        var text = api.send(
                "POST", "/fhir/MeasureReport", TestAccounts.STOCKHOLM, Map.of("Content-Type", "text/plain"), "x");
        var patient = post(TestAccounts.STOCKHOLM, "{\"resourceType\": \"Patient\"}", Map.of());
        var empty = post(TestAccounts.STOCKHOLM, "", Map.of());

        assertThat(text.status()).isEqualTo(415);
        assertThat(patient.status()).isEqualTo(400);
        assertThat(expressions(patient)).containsExactly("resourceType");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresNothingTwice() {
        var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String body = icu(icuUnit, 9, 4);

        var first = post(TestAccounts.STOCKHOLM, body, key);
        var retry = post(TestAccounts.STOCKHOLM, body, key);
        var different = post(TestAccounts.STOCKHOLM, icu(icuUnit, 9, 5), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("id").asString())
                .isEqualTo(first.json().path("id").asString());
        assertThat(different.status()).isEqualTo(422);
    }

    @Test
    void exportsAUnitsReportsNewestFirstAndItsCurrentState() {
        post(TestAccounts.STOCKHOLM, icu(icuUnit, 8, 2, Instant.now().minus(2, ChronoUnit.HOURS)), Map.of());
        String latest = post(
                        TestAccounts.STOCKHOLM, icu(icuUnit, 8, 3, Instant.now().minusSeconds(60)), Map.of())
                .json()
                .path("id")
                .asString();

        var bundle = api.get("/fhir/MeasureReport?subject=Location/" + icuUnit + "&_count=2", TestAccounts.AUTHORITY);
        var current = api.get("/fhir/MeasureReport/$current?subject=Location/" + icuUnit, TestAccounts.NATIONAL);
        var one = api.get("/fhir/MeasureReport/" + latest, TestAccounts.FINANCE);

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.json().path("type").asString()).isEqualTo("searchset");
        assertThat(bundle.json().path("entry")).hasSize(2);
        assertThat(bundle.json()
                        .path("entry")
                        .get(0)
                        .path("resource")
                        .path("id")
                        .asString())
                .isEqualTo(latest);
        assertThat(current.json().path("id").asString()).isEqualTo(latest);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.header("ETag")).isEqualTo("W/\"0\"");
        assertThat(population(one.json(), 0, "occupied")).isEqualTo(3);
    }

    @Test
    void answersAnUnknownReportWithAnOperationOutcomeAndAnUnknownUnitWithNoMatches() {
        var missing = api.get("/fhir/MeasureReport/" + UUID.randomUUID(), TestAccounts.AUTHORITY);
        var notAnId = api.get("/fhir/MeasureReport/abc", TestAccounts.AUTHORITY);
        var none = api.get("/fhir/MeasureReport?subject=Location/" + UUID.randomUUID(), TestAccounts.AUTHORITY);
        var badSubject = api.get("/fhir/MeasureReport?subject=Patient/x", TestAccounts.AUTHORITY);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(issue(missing).path("code").asString()).isEqualTo("not-found");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(none.json().path("total").asInt()).isZero();
        assertThat(badSubject.status()).isEqualTo(400);
        assertThat(issue(badSubject).path("severity").asString()).isEqualTo("error");
    }

    private Api.Response post(String username, String body, Map<String, String> headers) {
        var all = new java.util.HashMap<>(FHIR);
        all.putAll(headers);
        return api.send("POST", "/fhir/MeasureReport", username, all, body);
    }

    private int history(String unit) {
        return reports.history(UUID.fromString(unit), 500).size();
    }

    static String icu(String unit, int staffed, int occupied) {
        return icu(unit, staffed, occupied, Instant.now().minusSeconds(30));
    }

    /** A bed-capacity MeasureReport of the ICU level, as docs/fhir.md shows it. */
    static String icu(String unit, int staffed, int occupied, Instant observed) {
        return """
                {"resourceType": "MeasureReport", "status": "complete", "type": "summary",
                 "measure": "https://nspl.se/fhir/Measure/bed-capacity",
                 "subject": {"reference": "Location/%s"},
                 "period": {"start": "%s", "end": "%s"},
                 "group": [{"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/care-level", "code": "ICU"}]},
                   "population": [
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "staffed"}]}, "count": %d},
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "occupied"}]}, "count": %d},
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "surge-24h"}]}, "count": 2}]}]}
                """.formatted(unit, observed, observed, staffed, occupied);
    }

    private static int population(JsonNode report, int group, String code) {
        for (var population : report.path("group").get(group).path("population")) {
            if (population
                    .path("code")
                    .path("coding")
                    .get(0)
                    .path("code")
                    .asString()
                    .equals(code)) {
                return population.path("count").asInt();
            }
        }
        throw new AssertionError("no population " + code);
    }

    private static JsonNode issue(Api.Response response) {
        return response.json().path("issue").get(0);
    }

    private static List<String> expressions(Api.Response response) {
        var expressions = new java.util.ArrayList<String>();
        response.json().path("issue").forEach(i -> i.path("expression").forEach(e -> expressions.add(e.asString())));
        return expressions;
    }
}

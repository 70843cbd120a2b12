package se.nspl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SQL statements of the hot endpoints, within their budgets: a statement more per report is a
 * tenth more database work at 500 reports/s (docs/benchmarks.md). Raise a budget only knowingly.
 * Outbox rows ({@code event_publication}) are not counted: the test application has a recording
 * asynchronous listener that the platform has not, and each such listener adds one.
 */
class HotEndpointBudgetTest extends ApiTest {

    /**
     * The API key with its units; the transaction's region scope for row-level security (V16,
     * {@code DatabaseScopes}); the unit, its current report, the report with its figures, the
     * picture's view.
     */
    static final int REPORT_WITH_API_KEY = 6;
    /** The same, but a person's token: the token, then the account with its units. */
    static final int REPORT_WITH_TOKEN = 7;
    /** The token and the account; regions, hospitals, units, the units' figures, the preparedness levels. */
    static final int PICTURE = 7;
    /** The token and the account, while the sum is fresh. */
    static final int PICTURE_FRESH = 2;
    /**
     * A region's CSV upload, however many lines: the API key with its units, the region's units, their
     * current figures, the reports with their figures (one statement since V20), the picture's view (one
     * statement); and the transaction's row-level security scope (V16).
     */
    static final int CSV_UPLOAD = 6;

    @Autowired
    StatementCounter statements;

    @Test
    void aReportFromAHospitalSystemTakesSixStatements() {
        String unit = api.newUnit(api.newHospital("Budgetsjukhuset"), "WARD", "Vårdavdelning");
        String secret = regionKey();
        String path = "/api/v1/units/" + unit + "/reports";

        for (int i = 0; i < 2; i++) { // the first report of a unit has no earlier one; the second has
            var response = api.send(
                    "POST",
                    path,
                    null,
                    Map.of("Authorization", "Bearer " + secret, "Idempotency-Key", "budget-" + i),
                    Map.of("levels", Map.of("WARD", Map.of("staffed", 30, "occupied", 20 + i))));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(counted(response)).hasSizeLessThanOrEqualTo(REPORT_WITH_API_KEY);
        }
    }

    @Test
    void aReportFromAPersonTakesSevenStatements() {
        String unit = api.newUnit(api.newHospital("Budgetsjukhuset"), "WARD", "Vårdavdelning");
        String path = "/api/v1/units/" + unit + "/reports";

        var response = api.send(
                "POST",
                path,
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("levels", Map.of("WARD", Map.of("staffed", 30, "occupied", 20))));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(counted(response)).hasSizeLessThanOrEqualTo(REPORT_WITH_TOKEN);
    }

    @Test
    void theNationalPictureTakesAtMostSevenStatementsAndTwoWhileFresh() {
        var sizes = new ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            var response = api.get("/api/v1/picture", TestAccounts.AUTHORITY);
            assertThat(response.status()).isEqualTo(200);
            var statements = counted(response);
            assertThat(statements).hasSizeLessThanOrEqualTo(PICTURE);
            sizes.add(statements.size());
        }

        // a sum is dropped at most once a second (reports noticed): one of three reads shares one
        assertThat(Collections.min(sizes)).as("%s", sizes).isLessThanOrEqualTo(PICTURE_FRESH);
    }

    @Test
    void aFhirMeasureReportFromAHospitalSystemTakesFiveStatements() {
        String unit = api.newUnit(api.newHospital("Budgetsjukhuset"), "WARD", "Vårdavdelning");
        String secret = regionKey();
        fhirStarted(secret);

        for (int i = 0; i < 2; i++) {
            var response = api.send(
                    "POST",
                    "/fhir/MeasureReport",
                    null,
                    Map.of("Authorization", "Bearer " + secret, "Content-Type", "application/fhir+json"),
                    measureReport(unit, 20 + i));
            assertThat(response.status()).as(response.body()).isIn(200, 201);
            assertThat(counted(response)).hasSizeLessThanOrEqualTo(REPORT_WITH_API_KEY);
        }
    }

    @Test
    void aCsvUploadTakesTheSameFewStatementsForOneLineAndForForty() {
        String hospital = api.newHospital("Budgetsjukhuset");
        var units = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            units.add(api.newUnit(hospital, "WARD", "Vårdavdelning " + i));
        }
        String secret = regionKey();
        String path = "/api/v1/regions/24/reports";

        var sizes = new ArrayList<Integer>();
        for (int lines : List.of(1, 40, 40)) { // the second upload of the 40 has earlier reports to compare with
            var csv = new StringBuilder("unitId,WARD.staffed,WARD.occupied,WARD.surge24h,WARD.reserve7d\n");
            units.stream().limit(lines).forEach(u -> csv.append(u).append(",30,20,2,3\n"));
            var response = api.send(
                    "POST",
                    path,
                    null,
                    Map.of("Authorization", "Bearer " + secret, "Content-Type", "text/csv"),
                    csv.toString());
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            sizes.add(counted(response).size());
        }

        assertThat(sizes).as("%s", sizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(CSV_UPLOAD));
    }

    @Test
    void aRegionsPictureTakesNoMoreStatementsThanTheNationalOne() {
        for (int i = 0; i < 2; i++) {
            var response = api.get("/api/v1/picture/regions/24", TestAccounts.AUTHORITY);
            assertThat(response.status()).isEqualTo(200);
            assertThat(counted(response)).hasSizeLessThanOrEqualTo(PICTURE);
        }
    }

    /**
     * Waits out HAPI FHIR's start, made on the first FHIR request (tens of seconds on a busy
     * machine, longer than the test client waits): it is not a cost of each report.
     */
    private void fhirStarted(String secret) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                api.send("GET", "/fhir/MeasureReport", null, Map.of("Authorization", "Bearer " + secret), null);
                return;
            } catch (java.io.UncheckedIOException timedOut) {
                // HAPI FHIR is still starting: ask again
            }
        }
    }

    /** A hospital system's key for region 24. */
    private String regionKey() {
        var key = api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("name", "budget-" + System.nanoTime(), "region", "24"));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        return key.json().path("key").asString();
    }

    /** A ward's beds as a FHIR MeasureReport (docs/fhir.md). */
    private static String measureReport(String unit, int occupied) {
        return """
                {"resourceType": "MeasureReport", "status": "complete", "type": "summary",
                 "measure": "https://nspl.se/fhir/Measure/bed-capacity",
                 "subject": {"reference": "Location/%s"},
                 "group": [{"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/care-level", "code": "WARD"}]},
                   "population": [
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "staffed"}]}, "count": 30},
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "occupied"}]}, "count": %d}]}]}
                """.formatted(unit, occupied);
    }

    private List<String> counted(Api.Response response) {
        return statements.of(response).stream()
                .filter(sql -> !sql.toLowerCase(Locale.ROOT).contains("event_publication"))
                .toList();
    }
}

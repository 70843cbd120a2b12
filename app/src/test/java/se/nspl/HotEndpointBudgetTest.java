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

    @Autowired
    StatementCounter statements;

    @Test
    void aReportFromAHospitalSystemTakesSixStatements() {
        String unit = api.newUnit(api.newHospital("Budgetsjukhuset"), "WARD", "Vårdavdelning");
        var key = api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("name", "budget-" + System.nanoTime(), "region", "24"));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        String secret = key.json().path("key").asString();
        String path = "/api/v1/units/" + unit + "/reports";

        for (int i = 0; i < 2; i++) { // the first report of a unit has no earlier one; the second has
            var response = api.send(
                    "POST",
                    path,
                    null,
                    Map.of("Authorization", "Bearer " + secret, "Idempotency-Key", "budget-" + i),
                    Map.of("levels", Map.of("WARD", Map.of("staffed", 30, "occupied", 20 + i))));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(counted("POST " + path)).hasSizeLessThanOrEqualTo(REPORT_WITH_API_KEY);
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
        assertThat(counted("POST " + path)).hasSizeLessThanOrEqualTo(REPORT_WITH_TOKEN);
    }

    @Test
    void theNationalPictureTakesAtMostSevenStatementsAndTwoWhileFresh() {
        var sizes = new ArrayList<Integer>();
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/picture", TestAccounts.AUTHORITY).status())
                    .isEqualTo(200);
            var statements = counted("GET /api/v1/picture");
            assertThat(statements).hasSizeLessThanOrEqualTo(PICTURE);
            sizes.add(statements.size());
        }

        // a sum is dropped at most once a second (reports noticed): one of three reads shares one
        assertThat(Collections.min(sizes)).as("%s", sizes).isLessThanOrEqualTo(PICTURE_FRESH);
    }

    private List<String> counted(String request) {
        return statements.latest(request).stream()
                .filter(sql -> !sql.toLowerCase(Locale.ROOT).contains("event_publication"))
                .toList();
    }
}

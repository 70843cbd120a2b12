package se.nspl.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.TestDatabase;

/**
 * The picture's view of each unit's current figures ({@code picture_unit}) follows the units'
 * latest reports by observation time, whatever order they arrive in, and a rebuild at start makes
 * it again from the reports.
 */
class PictureViewTest extends ApiTest {

    @Autowired
    private PictureProjection projection;

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anUploadMakesEachUnitsLatestReportItsStateAndAnOlderOneChangesNothing() throws SQLException {
        String hospital = api.newHospital("Vysjukhuset");
        String icu = api.newUnit(hospital, "ADULT_ICU", "IVA");
        String ward = api.newUnit(hospital, "WARD", "Avdelning 3");

        upload(icu + "," + NOW.minusSeconds(3600) + ",4,3,6,5,,\n" + ward + "," + NOW.minusSeconds(3600)
                + ",,,,,30,20\n");
        assertThat(view(icu)).isEqualTo(Map.of("ICU_VENT", "4/3", "ICU", "6/5"));
        assertThat(view(ward)).isEqualTo(Map.of("WARD", "30/20"));

        // observed before the current report: stored in the history, but the view keeps the newer figures
        upload(icu + "," + NOW.minusSeconds(7200) + ",,,9,9,,\n" + ward + "," + NOW.minusSeconds(600) + ",,,,,31,25\n");
        assertThat(view(icu)).isEqualTo(Map.of("ICU_VENT", "4/3", "ICU", "6/5"));
        assertThat(view(ward)).isEqualTo(Map.of("WARD", "31/25"));

        // a newer report without ICU_VENT: that level leaves the view
        upload(icu + "," + NOW.minusSeconds(60) + ",,,7,2,,\n");
        assertThat(view(icu)).isEqualTo(Map.of("ICU", "7/2"));
        assertThat(view(ward)).isEqualTo(Map.of("WARD", "31/25"));
    }

    @Test
    void singleReportsArrivingOutOfOrderLeaveTheLatestAsTheState() throws SQLException {
        String icu = api.newUnit(api.newHospital("Ordningssjukhuset"), "ADULT_ICU", "IVA");

        report(icu, NOW.minusSeconds(300), 8, 4);
        report(icu, NOW.minusSeconds(900), 8, 8);
        assertThat(view(icu)).isEqualTo(Map.of("ICU", "8/4"));

        report(icu, NOW.minusSeconds(120), 8, 6);
        assertThat(view(icu)).isEqualTo(Map.of("ICU", "8/6"));
    }

    @Test
    void aRebuildMakesEachUnitsCurrentReportItsStateCorrectionsIncluded() throws SQLException {
        String hospital = api.newHospital("Omstartssjukhuset");
        String icu = api.newUnit(hospital, "ADULT_ICU", "IVA");
        String silent = api.newUnit(hospital, "ADULT_ICU", "IVA 2");
        String latest = report(icu, NOW.minusSeconds(300), 8, 4);
        report(icu, NOW.minusSeconds(900), 8, 8);
        api.newCorrection(latest, Map.of("levels", Map.of("ICU", Map.of("staffed", 9, "occupied", 5))));
        try (var connection = TestDatabase.ownerConnection();
                var statement = connection.prepareStatement("delete from picture_unit where unit_id = ?::uuid")) {
            statement.setString(1, icu);
            statement.executeUpdate();
        }
        assertThat(view(icu)).isEmpty();

        projection.rebuild();

        assertThat(view(icu)).isEqualTo(Map.of("ICU", "9/5"));
        assertThat(view(silent)).isEmpty();
    }

    private void upload(String lines) {
        var response = api.send(
                "POST",
                "/api/v1/regions/24/reports",
                TestAccounts.VASTERBOTTEN,
                Map.of("Content-Type", "text/csv"),
                "unitId,observedAt,ICU_VENT.staffed,ICU_VENT.occupied,ICU.staffed,ICU.occupied,WARD.staffed,WARD.occupied\n"
                        + lines);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    /** Sends the unit's report; returns its id. */
    private String report(String unit, Instant observedAt, int staffed, int occupied) {
        return api.newReport(
                unit, observedAt, Map.of("levels", Map.of("ICU", Map.of("staffed", staffed, "occupied", occupied))));
    }

    /** The unit's levels in the view, as "staffed/occupied". */
    private static Map<String, String> view(String unit) throws SQLException {
        var levels = new TreeMap<String, String>();
        try (var connection = TestDatabase.ownerConnection();
                var statement = connection.prepareStatement("""
                        select l.level, l.staffed, l.occupied from picture_unit,
                            unnest(levels, staffed, occupied) as l (level, staffed, occupied)
                        where unit_id = ?::uuid""")) {
            statement.setString(1, unit);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    levels.put(rows.getString(1), rows.getInt(2) + "/" + rows.getInt(3));
                }
            }
        }
        return levels;
    }
}

package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.shared.CareLevel;

/**
 * The register as it was at an earlier time: each unit's latest report observed and received by
 * then, a correction in place of what it corrected only from when the correction was received; and a
 * unit's whole history.
 */
class StatusReportsTest extends ApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private StatusReports reports;

    @Test
    void theStateAtAnEarlierTimeIsWhatWasReceivedByThenCorrectionsIncluded() {
        String ward = api.newUnit(api.newHospital("Historiesjukhuset"), "WARD", "Avdelning 1");
        String silent = api.newUnit(api.newHospital("Tystsjukhuset"), "WARD", "Avdelning 2");
        Instant beforeAny = Instant.now();
        report(ward, hours(5), 1);
        String corrected = report(ward, hours(3), 2);
        Instant beforeCorrection = Instant.now();
        api.newCorrection(corrected, ward(12));
        Instant afterCorrection = Instant.now();
        report(ward, hours(1), 4);
        Instant afterNewest = Instant.now();
        report(ward, hours(2), 6); // late: observed before the newest, received after it

        assertThat(occupiedAt(ward, beforeAny)).isNull();
        assertThat(occupiedAt(ward, beforeCorrection)).isEqualTo(2);
        assertThat(occupiedAt(ward, afterCorrection)).isEqualTo(12);
        assertThat(occupiedAt(ward, afterNewest)).isEqualTo(4);
        assertThat(occupiedAt(ward, Instant.now())).isEqualTo(4);
        assertThat(occupiedAt(silent, Instant.now())).isNull();
    }

    @Test
    void aCorrectionThatMovesTheObservationEarlierGivesWayToTheReportBetween() {
        String ward = api.newUnit(api.newHospital("Rättelsesjukhuset"), "WARD", "Avdelning 1");
        report(ward, hours(5), 1);
        String corrected = report(ward, hours(3), 2);
        Instant beforeCorrection = Instant.now();
        var earlier = new HashMap<String, Object>(ward(12));
        earlier.put("observedAt", hours(6).toString());
        api.newCorrection(corrected, earlier);

        assertThat(occupiedAt(ward, beforeCorrection)).isEqualTo(2);
        assertThat(occupiedAt(ward, Instant.now()))
                .as("the corrected report is gone, its correction older than the report observed at -5 h")
                .isEqualTo(1);
    }

    @Test
    void aUnitsHistoryHoldsEveryReportCorrectedOnesTooNewestObservationFirst() {
        String ward = api.newUnit(api.newHospital("Journalsjukhuset"), "WARD", "Avdelning 1");
        report(ward, hours(5), 1);
        String corrected = report(ward, hours(3), 2);
        api.newCorrection(corrected, ward(12));
        report(ward, hours(1), 4);
        report(ward, hours(2), 6); // late: observed before the newest, received after it

        assertThat(occupied(reports.history(UUID.fromString(ward), 10))).containsExactly(4, 6, 12, 2, 1);
        assertThat(occupied(reports.history(UUID.fromString(ward), 4))).containsExactly(4, 6, 12, 2);
        assertThat(occupied(reports.history(UUID.fromString(ward), 2))).containsExactly(4, 6);
    }

    private static List<Integer> occupied(List<StatusReport> reports) {
        return reports.stream()
                .map(r -> r.status().levels().get(CareLevel.WARD).occupied())
                .toList();
    }

    /** The unit's occupied ward beds in the register at {@code time}; null without a report by then. */
    private Integer occupiedAt(String unit, Instant time) {
        return reports.currentOfEveryUnitAt(time).stream()
                .filter(r -> r.unitId().equals(UUID.fromString(unit)))
                .map(r -> r.status().levels().get(CareLevel.WARD).occupied())
                .findFirst()
                .orElse(null);
    }

    private static Instant hours(int ago) {
        return NOW.minus(Duration.ofHours(ago));
    }

    private static Map<String, Object> ward(int occupied) {
        return Map.of("levels", Map.of("WARD", Map.of("staffed", 20, "occupied", occupied)));
    }

    private String report(String unit, Instant observedAt, int occupied) {
        return api.newReport(unit, observedAt, ward(occupied));
    }
}

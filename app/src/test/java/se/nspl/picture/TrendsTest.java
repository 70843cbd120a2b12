package se.nspl.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReports;
import se.nspl.shared.CareLevel;

/**
 * Trends replay the units' reports: the figures each unit had before the trend's start and every
 * current report since, corrections in place of what they corrected.
 */
class TrendsTest extends ApiTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    private StatusReports reports;

    @Autowired
    private Trends trends;

    @Test
    void aTrailHoldsEachUnitsReportBeforeTheStartAndItsCurrentReportsSince() {
        String hospital = api.newHospital("Spårsjukhuset");
        String ward = api.newUnit(hospital, "WARD", "Avdelning 1");
        String other = api.newUnit(hospital, "WARD", "Avdelning 2");
        report(ward, hours(5), 20, 1);
        report(ward, hours(3), 20, 2);
        String corrected = report(ward, hours(1), 20, 3);
        report(other, hours(4), 30, 4);
        report(other, hours(6), 30, 9);
        api.newCorrection(corrected, ward(20, 13));

        var trail = reports.trail(List.of(UUID.fromString(ward), UUID.fromString(other)), hours(2));

        assertThat(trail.stream().map(TrendsTest::occupied)).containsExactly(4, 2, 13);
        assertThat(trail.get(0).unitId()).hasToString(other);
    }

    @Test
    void aHospitalsTrendReplaysItsUnitsFiguresOverTime() {
        String hospital = api.newHospital("Trendsjukhuset");
        String ward = api.newUnit(hospital, "WARD", "Avdelning 1");
        report(ward, NOW.minus(Duration.ofDays(5)), 10, 5);
        report(ward, NOW.minus(Duration.ofDays(1)), 10, 8);

        var trend = trends.ofHospital(UUID.fromString(hospital));

        var occupied = trend.occupied().get(CareLevel.WARD);
        assertThat(occupied).hasSameSizeAs(trend.times());
        for (int i = 0; i < trend.times().size(); i++) {
            Instant time = trend.times().get(i);
            int expected = time.isBefore(NOW.minus(Duration.ofDays(5)))
                    ? 0
                    : time.isBefore(NOW.minus(Duration.ofDays(1))) ? 5 : 8;
            assertThat(occupied.get(i)).as("occupied at %s", time).isEqualTo(expected);
        }
        assertThat(trend.staffed().get(CareLevel.WARD).get(trend.times().size() - 1))
                .isEqualTo(10);
    }

    private static Instant hours(int ago) {
        return NOW.minus(Duration.ofHours(ago));
    }

    private static int occupied(StatusReport report) {
        return report.status().levels().get(CareLevel.WARD).occupied();
    }

    private static Map<String, Object> ward(int staffed, int occupied) {
        return Map.of("levels", Map.of("WARD", Map.of("staffed", staffed, "occupied", occupied)));
    }

    private String report(String unit, Instant observedAt, int staffed, int occupied) {
        return api.newReport(unit, observedAt, ward(staffed, occupied));
    }
}

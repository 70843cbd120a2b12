package se.nspl.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.simulation.Scenario.Event;
import se.nspl.simulation.Scenario.PlannedCare;
import se.nspl.simulation.Scenario.RegionSetup;
import se.nspl.simulation.Scenario.SurgeLevel;
import se.nspl.simulation.Scenario.Transfers;

/** The day's steps of the contract, each on a small scenario that states only what matters. */
class DynamicsTest {

    private static RegionSetup region(
            String code, double beds, double occupied, double arrivals, List<SurgeLevel> surge) {
        return new RegionSetup(
                code, Map.of("ICU", beds), Map.of("ICU", occupied), Map.of("ICU", arrivals), Map.of("ICU", 0.5), surge);
    }

    private static Scenario scenario(
            int days, List<RegionSetup> regions, List<Event> events, List<PlannedCare> care, Transfers transfers) {
        return new Scenario(
                "test", days, Mode.DETERMINISTIC, 1, 1, Map.of("ICU", 5.0), regions, events, care, transfers);
    }

    @Test
    void theFirstDayMatchesTheContractsExample() {
        var result = new Simulation(1).run(new ScenarioReader().read(Examples.norrbotten()));
        SeriesRow icu = result.series("25", "ICU").get(0);
        assertThat(icu.value(Measure.ARRIVALS).value()).isCloseTo(1.2, within(1e-9));
        assertThat(icu.value(Measure.DISCHARGES).value()).isCloseTo(1.0, within(1e-9));
        assertThat(icu.value(Measure.OCCUPIED).value()).isCloseTo(6.2, within(1e-9));
        assertThat(icu.value(Measure.CAPACITY).value()).isEqualTo(8);
        assertThat(icu.surge()).isEqualTo("NORMAL");
    }

    @Test
    void surgeBedsOpenDelayDaysAfterTheTriggerIsReached() {
        // 10 beds, 9 occupied and 2 a day for 5 days each: 9 + 2 − 1.8 = 9.2 ≥ 0.9 × 10 at the end of day 0
        var surge = new SurgeLevel("FORSTARKNING", 0.9, 3, Map.of("ICU", 5.0));
        var result = new Simulation(1)
                .run(scenario(
                        8, List.of(region("01", 10, 9, 2, List.of(surge))), List.of(), List.of(), Transfers.NONE));
        var rows = result.series("01", "ICU");
        assertThat(rows.subList(0, 3)).allSatisfy(row -> {
            assertThat(row.value(Measure.CAPACITY).value()).isEqualTo(10);
            assertThat(row.surge()).isEqualTo("NORMAL");
        });
        assertThat(rows.subList(3, 8)).allSatisfy(row -> {
            assertThat(row.value(Measure.CAPACITY).value()).isEqualTo(15);
            assertThat(row.surge()).isEqualTo("FORSTARKNING");
        });
    }

    @Test
    void aSurgeLevelWithoutDelayOpensTheNextDay() {
        var surge = new SurgeLevel("FORSTARKNING", 0.9, 0, Map.of("ICU", 5.0));
        var rows = new Simulation(1)
                .run(scenario(3, List.of(region("01", 10, 9, 2, List.of(surge))), List.of(), List.of(), Transfers.NONE))
                .series("01", "ICU");
        assertThat(rows.get(0).value(Measure.CAPACITY).value()).isEqualTo(10);
        assertThat(rows.get(1).value(Measure.CAPACITY).value()).isEqualTo(15);
    }

    @Test
    void postponedPlannedCareGrowsTheBacklogAndLowersArrivals() {
        // 4 arrivals a day, half elective, 80 % of those postponed from day 2
        var rows = new Simulation(1)
                .run(scenario(
                        5,
                        List.of(region("01", 100, 20, 4, List.of())),
                        List.of(),
                        List.of(new PlannedCare("*", 2, null, 0.8)),
                        Transfers.NONE))
                .series("01", "ICU");
        assertThat(rows.get(1).value(Measure.ARRIVALS).value()).isEqualTo(4);
        assertThat(rows.get(1).value(Measure.BACKLOG).value()).isZero();
        assertThat(rows.get(2).value(Measure.ARRIVALS).value()).isCloseTo(4 - 1.6, within(1e-9));
        assertThat(rows.get(2).value(Measure.BACKLOG).value()).isCloseTo(1.6, within(1e-9));
        assertThat(rows.get(4).value(Measure.BACKLOG).value()).isCloseTo(4.8, within(1e-9));
    }

    @Test
    void aRegionsOwnPlannedCareEntryListedAfterTheNationalOneCountsForIt() {
        var result = new Simulation(1)
                .run(scenario(
                        1,
                        List.of(region("01", 100, 20, 4, List.of()), region("02", 100, 20, 4, List.of())),
                        List.of(),
                        List.of(new PlannedCare("*", 0, null, 1.0), new PlannedCare("02", 0, null, 0.0)),
                        Transfers.NONE));
        assertThat(result.series("01", "ICU").get(0).value(Measure.BACKLOG).value())
                .isEqualTo(2);
        assertThat(result.series("02", "ICU").get(0).value(Measure.BACKLOG).value())
                .isZero();
    }

    @Test
    void eventsAddArrivalsOnTheirDaysOnly() {
        var rows = new Simulation(1)
                .run(scenario(
                        6,
                        List.of(region("01", 100, 0, 0, List.of())),
                        List.of(new Event("01", 2, 3, Map.of("ICU", 7.0))),
                        List.of(),
                        Transfers.NONE))
                .series("01", "ICU");
        assertThat(rows.stream().map(row -> row.value(Measure.ARRIVALS).value()).toList())
                .containsExactly(0.0, 0.0, 7.0, 7.0, 7.0, 0.0);
    }

    @Test
    void overflowMovesToTheRegionWithMostRoomWithinTheNationalLimit() {
        // 01 overflows by 12 on day 0; 02 has 3 free beds, 03 has 20; at most 10 may move
        var result = new Simulation(1)
                .run(scenario(
                        1,
                        List.of(
                                region("01", 10, 22, 0, List.of()),
                                region("02", 10, 7, 0, List.of()),
                                region("03", 30, 10, 0, List.of())),
                        List.of(new Event("01", 0, 1, Map.of("ICU", 4.4))),
                        List.of(),
                        new Transfers(true, Map.of("ICU", 10.0))));
        SeriesRow from = result.series("01", "ICU").get(0);
        // 22 − 4.4 discharged + 4.4 arrived = 22: overflow 12, of which 10 move, all to 03 (most room)
        assertThat(from.value(Measure.TRANSFERS_OUT).value()).isCloseTo(10, within(1e-9));
        assertThat(from.value(Measure.OVERFLOW).value()).isCloseTo(2, within(1e-9));
        assertThat(result.series("03", "ICU").get(0).value(Measure.TRANSFERS_IN).value())
                .isCloseTo(10, within(1e-9));
        assertThat(result.series("02", "ICU").get(0).value(Measure.TRANSFERS_IN).value())
                .isZero();
        assertThat(result.summary("SE", "ICU").orElseThrow().peakOverflow().value())
                .isCloseTo(2, within(1e-9));
    }

    @Test
    void theSummaryGivesTheFirstDayThePeakAndThePatientDaysOfOverflow() {
        var result = new Simulation(1)
                .run(scenario(
                        6,
                        List.of(region("01", 10, 10, 2, List.of())),
                        List.of(new Event("01", 2, 2, Map.of("ICU", 5.0))),
                        List.of(),
                        Transfers.NONE));
        var rows = result.series("01", "ICU");
        double days = rows.stream()
                .mapToDouble(row -> row.value(Measure.OVERFLOW).value())
                .sum();
        double peak = rows.stream()
                .mapToDouble(row -> row.value(Measure.OVERFLOW).value())
                .max()
                .orElseThrow();
        var summary = result.summary("01", "ICU").orElseThrow();
        assertThat(summary.firstOverflowDay().value()).isEqualTo(2);
        assertThat(summary.peakOverflow().value()).isCloseTo(peak, within(1e-6));
        assertThat(summary.overflowPatientDays().value()).isCloseTo(days, within(1e-4));
        assertThat(summary.overflowProbability()).isNull();
    }

    @Test
    void aStochasticRunGivesPercentilesInOrderAndAnOverflowProbability() {
        var base = scenario(
                30,
                List.of(region("01", 10, 10, 2, List.of())),
                List.of(new Event("01", 2, 5, Map.of("ICU", 3.0))),
                List.of(),
                Transfers.NONE);
        var stochastic = new Scenario(
                base.name(),
                base.days(),
                Mode.STOCHASTIC,
                3,
                200,
                base.losDays(),
                base.regions(),
                base.events(),
                base.plannedCare(),
                base.transfers());
        var result = new Simulation(2).run(stochastic);
        for (SeriesRow row : result.series()) {
            for (Quantity q : row.values()) {
                assertThat(q.p10()).isLessThanOrEqualTo(q.p50());
                assertThat(q.p50()).isLessThanOrEqualTo(q.p90());
            }
        }
        var summary = result.summary("01", "ICU").orElseThrow();
        assertThat(summary.overflowProbability()).isBetween(0.5, 1.0);
        String json = new ResultWriter().write(result);
        assertThat(json).contains("\"p10\"", "\"overflowProbability\"");
        assertThat(new ResultWriter().write(new ResultReader().read(json))).isEqualTo(json);
    }
}

package se.nspl.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.simulation.Scenario.PlannedCare;
import se.nspl.simulation.Scenario.RegionSetup;
import se.nspl.simulation.Scenario.Transfers;

/** The contract's properties, checked over many seeded random scenarios. */
class PropertiesTest {

    private static final int INSTANCES = 300;

    @Test
    void patientsAreConservedPerRegionAndNationallyInBothModes() {
        for (long seed = 0; seed < INSTANCES; seed++) {
            var scenarios = new RandomScenarios(seed);
            for (Mode mode : Mode.values()) {
                Scenario scenario = scenarios.next(mode, true, true);
                var sim = new Simulator(scenario);
                double[] out = new double[sim.size()];
                Draws draws = mode == Mode.DETERMINISTIC ? new ExpectedValues() : RandomDraws.forReplication(seed, 0);
                sim.run(draws, out, new int[sim.days * sim.regions]);
                for (int r = 0; r <= sim.regions; r++) {
                    for (int l = 0; l < sim.levels; l++) {
                        double initial = initial(scenario, r, l);
                        double flow = 0;
                        for (int d = 0; d < sim.days; d++) {
                            flow += out[sim.index(d, r, l, Measure.ARRIVALS)]
                                    - out[sim.index(d, r, l, Measure.DISCHARGES)]
                                    + out[sim.index(d, r, l, Measure.TRANSFERS_IN)]
                                    - out[sim.index(d, r, l, Measure.TRANSFERS_OUT)];
                        }
                        double last = out[sim.index(sim.days - 1, r, l, Measure.OCCUPIED)];
                        assertThat(initial + flow)
                                .as("seed %d %s r%d l%d", seed, mode, r, l)
                                .isCloseTo(last, within(1e-6));
                    }
                }
                for (int d = 0; d < sim.days; d++) {
                    for (int l = 0; l < sim.levels; l++) {
                        assertThat(out[sim.index(d, sim.regions, l, Measure.TRANSFERS_IN)])
                                .isCloseTo(out[sim.index(d, sim.regions, l, Measure.TRANSFERS_OUT)], within(1e-6));
                    }
                }
            }
        }
    }

    private static double initial(Scenario scenario, int r, int l) {
        String level = scenario.levels().get(l);
        if (r < scenario.regions().size()) {
            return scenario.regions().get(r).occupied().get(level);
        }
        return scenario.regions().stream()
                .mapToDouble(region -> region.occupied().get(level))
                .sum();
    }

    @Test
    void occupancySettlesAtArrivalsTimesLengthOfStayWithoutLimitsOrEvents() {
        var random = new java.util.SplittableRandom(7);
        for (int k = 0; k < INSTANCES; k++) {
            double lambda = random.nextDouble(0.1, 200);
            double los = random.nextDouble(1, 20);
            double start = random.nextDouble(0, 3 * lambda * los);
            int days = (int) Math.ceil(10 * los);
            Scenario scenario = new Scenario(
                    "little",
                    days,
                    Mode.DETERMINISTIC,
                    0,
                    1,
                    Map.of("WARD", los),
                    List.of(new RegionSetup(
                            "01",
                            Map.of("WARD", 1.0),
                            Map.of("WARD", start),
                            Map.of("WARD", lambda),
                            Map.of("WARD", 0.0),
                            List.of())),
                    List.of(),
                    List.of(),
                    Transfers.NONE);
            var result = new Simulation(1).run(scenario);
            double settled = result.series("01", "WARD")
                    .get(days - 1)
                    .value(Measure.OCCUPIED)
                    .value();
            assertThat(settled)
                    .as("λ %s, los %s, start %s", lambda, los, start)
                    .isCloseTo(lambda * los, within(0.01 * lambda * los));
        }
    }

    @Test
    void moreBedsNeverIncreaseOverflowWithoutSurgeAndTransfers() {
        for (long seed = 0; seed < INSTANCES; seed++) {
            Scenario scenario = new RandomScenarios(seed).next(Mode.DETERMINISTIC, false, false);
            var more = new ArrayList<RegionSetup>();
            var random = new java.util.SplittableRandom(seed);
            for (RegionSetup region : scenario.regions()) {
                var beds = new LinkedHashMap<String, Double>();
                region.beds().forEach((level, n) -> beds.put(level, n + random.nextInt(10)));
                more.add(new RegionSetup(
                        region.code(),
                        beds,
                        region.occupied(),
                        region.baselineArrivals(),
                        region.electiveShare(),
                        region.surge()));
            }
            Scenario bigger = new Scenario(
                    scenario.name(),
                    scenario.days(),
                    scenario.mode(),
                    scenario.seed(),
                    scenario.replications(),
                    scenario.losDays(),
                    more,
                    scenario.events(),
                    scenario.plannedCare(),
                    scenario.transfers());
            assertThat(totalOverflow(bigger)).as("seed %d", seed).isLessThanOrEqualTo(totalOverflow(scenario) + 1e-9);
        }
    }

    @Test
    void morePostponedPlannedCareNeverIncreasesOverflowWithoutSurgeAndTransfers() {
        for (long seed = 0; seed < INSTANCES; seed++) {
            Scenario scenario = new RandomScenarios(seed).next(Mode.DETERMINISTIC, false, false);
            var random = new java.util.SplittableRandom(seed);
            double less = random.nextDouble();
            double more = less + random.nextDouble() * (1 - less);
            int from = random.nextInt(scenario.days());
            double withLess = totalOverflow(withPlannedCare(scenario, new PlannedCare("*", from, null, less)));
            double withMore = totalOverflow(withPlannedCare(scenario, new PlannedCare("*", from, null, more)));
            assertThat(withMore).as("seed %d", seed).isLessThanOrEqualTo(withLess + 1e-9);
        }
    }

    private static Scenario withPlannedCare(Scenario s, PlannedCare care) {
        return new Scenario(
                s.name(),
                s.days(),
                s.mode(),
                s.seed(),
                s.replications(),
                s.losDays(),
                s.regions(),
                s.events(),
                List.of(care),
                s.transfers());
    }

    private static double totalOverflow(Scenario scenario) {
        return new Simulation(1)
                .run(scenario).summary().stream()
                        .filter(SummaryRow::national)
                        .mapToDouble(row -> row.overflowPatientDays().value())
                        .sum();
    }

    @Test
    void theSameScenarioAndSeedGiveByteIdenticalOutputWhateverTheThreads() {
        var writer = new ResultWriter();
        for (long seed = 0; seed < 20; seed++) {
            Scenario scenario = new RandomScenarios(seed).next(Mode.STOCHASTIC, true, true);
            String once = writer.write(new Simulation(1).run(scenario));
            String again = writer.write(new Simulation(3).run(scenario));
            assertThat(again).isEqualTo(once);
        }
        Scenario deterministic = new RandomScenarios(99).next(Mode.DETERMINISTIC, true, true);
        assertThat(writer.write(new Simulation(2).run(deterministic)))
                .isEqualTo(writer.write(new Simulation(1).run(deterministic)));
    }

    @Test
    void anotherSeedGivesAnotherStochasticResult() {
        Scenario scenario = new RandomScenarios(5).next(Mode.STOCHASTIC, true, true);
        Scenario reseeded = new Scenario(
                scenario.name(),
                scenario.days(),
                scenario.mode(),
                scenario.seed() + 1,
                scenario.replications(),
                scenario.losDays(),
                scenario.regions(),
                scenario.events(),
                scenario.plannedCare(),
                scenario.transfers());
        var writer = new ResultWriter();
        assertThat(writer.write(new Simulation(2).run(reseeded)))
                .isNotEqualTo(writer.write(new Simulation(2).run(scenario)));
    }

    @Test
    void transfersKeepToTheNationalLimitAndFillNoRegionAboveItsCapacity() {
        for (long seed = 0; seed < INSTANCES; seed++) {
            Scenario scenario = new RandomScenarios(seed).next(Mode.DETERMINISTIC, true, true);
            var result = new Simulation(1).run(scenario);
            for (SeriesRow row : result.series()) {
                double limit = scenario.transfers().maxPerDay().get(row.level());
                if (row.national()) {
                    assertThat(row.value(Measure.TRANSFERS_OUT).value()).isLessThanOrEqualTo(limit + 1e-6);
                } else if (row.value(Measure.TRANSFERS_IN).value() > 0) {
                    assertThat(row.value(Measure.OCCUPIED).value())
                            .isLessThanOrEqualTo(row.value(Measure.CAPACITY).value() + 1e-6);
                    assertThat(row.value(Measure.TRANSFERS_OUT).value()).isZero();
                }
            }
        }
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The instance generator: realistic, readable by the contract's reader, the same for the same seed, and solvable. */
class ProblemGeneratorTest {

    private final ProblemGenerator generator = new ProblemGenerator();

    private String json(long seed, int origins, int patients) {
        return new ProblemWriter().write(generator.generate(seed, origins, patients));
    }

    @Test
    void writesAProblemThatTheReaderReadsBackUnchanged() {
        DistributionProblem generated = generator.generate(7, 4, 250);

        DistributionProblem read = new ProblemReader().read(new ProblemWriter().write(generated));

        assertThat(read).isEqualTo(generated);
        assertThat(read.hospitals()).hasSize(ProblemGenerator.hospitalCount()).hasSize(61);
    }

    @Test
    void givesTheSameTextForTheSameSeedAndAnotherForAnotherSeed() {
        assertThat(json(42, 4, 250)).isEqualTo(json(42, 4, 250));
        assertThat(json(42, 4, 250)).isNotEqualTo(json(43, 4, 250));
    }

    @Test
    void hasTheRequestedOriginsWithNoFreeBedsAndTheRequestedPatients() {
        for (int seed = 1; seed <= 20; seed++) {
            int origins = 1 + seed % 8;
            int patients = 50 * seed;
            DistributionProblem problem = generator.generate(seed, origins, patients);

            Set<String> sending =
                    problem.patients().stream().map(PatientGroup::origin).collect(Collectors.toSet());
            assertThat(sending).hasSize(origins);
            assertThat(problem.patients().stream().mapToInt(PatientGroup::count).sum())
                    .isEqualTo(patients);
            assertThat(problem.hospitals())
                    .filteredOn(hospital -> sending.contains(hospital.id()))
                    .allSatisfy(hospital -> assertThat(hospital.free()).isEqualTo(new LevelCounts(0, 0, 0)));
            assertThat(problem.patients())
                    .allSatisfy(group -> assertThat(group.priority()).isBetween(1, 3));
            assertThat(problem.patients().size()).isLessThanOrEqualTo(9 * origins);
        }
    }

    @Test
    void hasMorePatientsOfPriorityTwoAndThreeThanOfPriorityOne() {
        DistributionProblem problem = generator.generate(3, 8, 800);

        int[] byPriority = new int[4];
        problem.patients().forEach(group -> byPriority[group.priority()] += group.count());

        assertThat(byPriority[2]).isGreaterThan(byPriority[1]);
        assertThat(byPriority[3]).isGreaterThan(byPriority[1]);
    }

    @Test
    void keepsTheFleetRealisticAndWithinTheContractsDutyTimes() {
        DistributionProblem problem = generator.generate(5, 3, 100);

        assertThat(problem.transports()).allSatisfy(transport -> {
            assertThat(transport.dutyMinutes()).isLessThanOrEqualTo(4800);
            assertThat(transport.seats())
                    .isLessThanOrEqualTo(transport.capacity().icuVent()
                            + transport.capacity().icu()
                            + transport.capacity().ward());
        });
        assertThat(problem.transports())
                .filteredOn(transport -> transport.id().startsWith("jet-"))
                .hasSize(3)
                .allSatisfy(jet -> {
                    assertThat(jet.count()).isEqualTo(2);
                    assertThat(jet.seats()).isEqualTo(3);
                });
        assertThat(problem.transports())
                .filteredOn(transport -> transport.id().equals("snam"))
                .singleElement()
                .satisfies(snam -> assertThat(snam.fixedMinutes()).isEqualTo(360));
        assertThat(problem.transports())
                .filteredOn(transport -> transport.id().startsWith("bus-"))
                .allSatisfy(bus -> assertThat(bus.capacity().of(CareLevel.WARD))
                        .isEqualTo(bus.seats())
                        .isPositive())
                .allSatisfy(bus -> assertThat(
                                bus.capacity().icuVent() + bus.capacity().icu())
                        .isZero());
        // Every region has its road ambulances and intensive-care ambulances.
        long regions =
                problem.hospitals().stream().map(Hospital::region).distinct().count();
        assertThat(problem.transports())
                .filteredOn(t -> t.id().startsWith("amb-"))
                .hasSize((int) regions);
        assertThat(problem.transports())
                .filteredOn(t -> t.id().startsWith("iva-amb-"))
                .hasSize((int) regions);
    }

    /**
     * Whether beds are left for a group is the optimiser's business, but a group that no transport could take
     * anywhere would only test the reasons for leaving it. Over many seeds, every group can go somewhere.
     */
    @Test
    void givesEveryPatientGroupSomeAllowedAssignment() {
        int groups = 0;
        int reachable = 0;
        for (int seed = 1; seed <= 30; seed++) {
            DistributionProblem problem = generator.generate(seed, 1 + seed % 6, 40 * (1 + seed % 6));
            var routes = new Routes(problem);
            for (PatientGroup group : problem.patients()) {
                groups++;
                boolean allowed = problem.hospitals().stream()
                        .anyMatch(to -> problem.transports().stream()
                                .anyMatch(transport -> routes.isAllowed(group, to, transport)));
                reachable += allowed ? 1 : 0;
            }
        }
        assertThat(reachable).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * groups));
    }

    @Test
    void refusesSizesTheHospitalListCannotGive() {
        int hospitals = ProblemGenerator.hospitalCount();

        assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(1, 0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(1, hospitals, 1000));
        assertThatIllegalArgumentException().isThrownBy(() -> generator.generate(1, 4, 3));
        assertThat(generator.generate(1, hospitals - 1, hospitals - 1).patients())
                .isNotEmpty();
    }

    @Test
    void givesAProblemTheOptimiserSolvesWithAPlanThatKeepsTheContract() {
        DistributionProblem problem = generator.generate(1, 2, 50);

        DistributionPlan plan = new DistributionOptimiser().optimise(problem, Duration.ofSeconds(20));

        PlanChecker.Result check = new PlanChecker(problem).check(plan.allocation());
        assertThat(check.violations()).isEmpty();
        assertThat(plan.objective()).isEqualTo(check.objective());
        assertThat(plan.bound()).isLessThanOrEqualTo(plan.objective());
        assertThat(plan.placed() + plan.unplaced()).isEqualTo(50);
        assertThat(plan.objective()).isLessThanOrEqualTo(plan.baseline().objective());
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The first plan rounded from the relaxation and the relaxation's bound, before SCIP searches, and the plan SCIP
 * improves it to over ever wider neighbourhoods of the relaxation, before it searches everything left.
 */
class DistributionMipTest {

    @Test
    void theFirstPlanKeepsTheContractAndTheBoundStaysBelowTheBruteForceOptimum() {
        var problems = new RandomProblems(31L);
        for (int k = 0; k < 200; k++) {
            DistributionProblem problem = problems.next("random-" + k);

            DistributionMip.Outcome first = new DistributionMip(problem).firstPlanAlone();

            assertThat(first.allocation()).as(problem.name()).isNotNull();
            PlanChecker.Result check = new PlanChecker(problem).check(first.allocation());
            assertThat(check.violations()).as(problem.name()).isEmpty();
            double optimum = new BruteForce(problem).optimum();
            assertThat(check.objective()).as(problem.name()).isGreaterThanOrEqualTo(optimum - 1e-9);
            assertThat(first.bound()).as(problem.name()).isLessThanOrEqualTo(optimum + 1e-9);
        }
    }

    @Test
    void theFirstPlanOfAGeneratedSurgeKeepsTheContractAndBeatsTheNearestFreeBedRule() {
        for (long seed = 1; seed <= 2; seed++) {
            DistributionProblem problem = new ProblemGenerator().generate(seed, 4, 250);

            DistributionMip.Outcome first = new DistributionMip(problem).firstPlanAlone();

            PlanChecker.Result check = new PlanChecker(problem).check(first.allocation());
            assertThat(check.violations()).isEmpty();
            assertThat(first.bound()).isLessThanOrEqualTo(check.objective());
            var rule = new NearestFreeBedRule(problem);
            assertThat(check.objective()).isLessThan(Objective.of(problem, rule.allocate()));
        }
    }

    @Test
    void theWideningKeepsTheContractAndLandsBetweenTheFirstPlanAndTheBruteForceOptimum() {
        var problems = new RandomProblems(43L);
        for (int k = 0; k < 100; k++) {
            DistributionProblem problem = problems.next("random-" + k);
            var mip = new DistributionMip(problem);

            DistributionMip.Outcome widened = mip.widenedAlone(deadlineIn(Duration.ofSeconds(30)));

            PlanChecker.Result check = new PlanChecker(problem).check(widened.allocation());
            assertThat(check.violations()).as(problem.name()).isEmpty();
            assertThat(check.objective())
                    .as(problem.name())
                    .isGreaterThanOrEqualTo(new BruteForce(problem).optimum() - 1e-9);
            assertThat(check.objective())
                    .as(problem.name())
                    .isLessThanOrEqualTo(
                            Objective.of(problem, mip.firstPlanAlone().allocation()));
        }
    }

    @Test
    void theWideningAloneFindsTheOptimumOfTheGeneratedSurgeOfSeedOneWhereOneSearchOverEverythingNeedsSeconds() {
        DistributionProblem problem = new ProblemGenerator().generate(1, 4, 250);

        DistributionMip.Outcome widened = new DistributionMip(problem).widenedAlone(deadlineIn(Duration.ofMinutes(2)));

        PlanChecker.Result check = new PlanChecker(problem).check(widened.allocation());
        assertThat(check.violations()).isEmpty();
        // Proven optimal by SCIP on the contract's plain model in 211 s (docs/benchmarks.md) and by the engine.
        assertThat(check.objective()).isCloseTo(6612.412307399, within(1e-6 * 6612.412307399));
    }

    private static long deadlineIn(Duration time) {
        return System.nanoTime() + time.toNanos();
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The optimiser against brute force on many tiny random problems. */
class RandomProblemsTest {

    private static final int PROBLEMS = 200;

    @Test
    void everyPlanKeepsTheContractAndReachesTheBruteForceOptimum() {
        var problems = new RandomProblems(20261126L);
        int withUnplaced = 0;
        for (int k = 0; k < PROBLEMS; k++) {
            DistributionProblem problem = problems.next("random-" + k);

            DistributionPlan plan = new DistributionOptimiser().optimise(problem, Duration.ofSeconds(10));

            PlanChecker.Result check = new PlanChecker(problem).check(plan.allocation());
            assertThat(check.violations()).as(problem.name()).isEmpty();
            assertThat(plan.objective()).as(problem.name()).isEqualTo(check.objective());
            assertThat(plan.status()).as(problem.name()).isEqualTo(SolveStatus.OPTIMAL);
            double optimum = new BruteForce(problem).optimum();
            assertThat(plan.objective()).as(problem.name()).isCloseTo(optimum, within(1e-6 * Math.max(1, optimum)));
            assertThat(plan.bound()).as(problem.name()).isLessThanOrEqualTo(optimum);
            if (plan.unplaced() > 0) {
                withUnplaced++;
            }
        }
        // The problems are meant to bind: some leave patients unplaced, some place them all.
        assertThat(withUnplaced).isBetween(PROBLEMS / 10, PROBLEMS * 9 / 10);
    }

    @Test
    void theNearestFreeBedRuleNeverBeatsTheOptimum() {
        var problems = new RandomProblems(7L);
        for (int k = 0; k < 50; k++) {
            DistributionProblem problem = problems.next("random-" + k);

            DistributionPlan plan = new DistributionOptimiser().optimise(problem, Duration.ofSeconds(10));

            assertThat(plan.baseline().objective()).as(problem.name()).isGreaterThanOrEqualTo(plan.objective());
            assertThat(plan.baseline().placed()).as(problem.name()).isLessThanOrEqualTo(plan.placed());
        }
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plain model the benchmark solves with CP-SAT and SCIP, against brute force on tiny random problems. */
class DirectSolversTest {

    private static final int PROBLEMS = 40;

    @Test
    void scipKeepsTheContractAndReachesTheBruteForceOptimum() {
        var problems = new RandomProblems(11L);
        for (int k = 0; k < PROBLEMS; k++) {
            DistributionProblem problem = problems.next("random-" + k);

            DistributionPlan plan = checked(problem, DirectSolvers.Solver.SCIP);

            double optimum = new BruteForce(problem).optimum();
            assertThat(plan.objective()).as(problem.name()).isCloseTo(optimum, within(1e-6 * Math.max(1, optimum)));
            assertThat(plan.bound()).as(problem.name()).isLessThanOrEqualTo(optimum);
        }
    }

    @Test
    void cpSatKeepsTheContractAndReachesTheBruteForceOptimumToItsRounding() {
        var problems = new RandomProblems(12L);
        for (int k = 0; k < PROBLEMS; k++) {
            DistributionProblem problem = problems.next("random-" + k);

            DistributionPlan plan = checked(problem, DirectSolvers.Solver.CP_SAT);

            double optimum = new BruteForce(problem).optimum();
            // Costs in thousandths: a plan a few thousandths of a minute off the optimum is optimal to CP-SAT.
            assertThat(plan.objective()).as(problem.name()).isCloseTo(optimum, within(0.01));
            assertThat(plan.bound()).as(problem.name()).isLessThanOrEqualTo(optimum);
        }
    }

    private static DistributionPlan checked(DistributionProblem problem, DirectSolvers.Solver solver) {
        DistributionPlan plan = new DirectSolvers(problem).solve(solver, Duration.ofSeconds(10));
        PlanChecker.Result check = new PlanChecker(problem).check(plan.allocation());
        assertThat(check.violations()).as(problem.name()).isEmpty();
        assertThat(plan.objective()).as(problem.name()).isEqualTo(check.objective());
        assertThat(plan.bound()).as(problem.name()).isLessThanOrEqualTo(plan.objective());
        return plan;
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first plan rounded from the relaxation and the relaxation's bound, before SCIP searches. */
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
}

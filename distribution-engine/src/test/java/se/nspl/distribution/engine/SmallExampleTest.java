package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared example of the contract, end to end: read, optimised, checked, written. */
class SmallExampleTest {

    @Test
    void theSmallExampleIsSolvedToAProvenOptimumThatBeatsTheNearestFreeBedRule() throws IOException {
        DistributionProblem problem;
        try (InputStream json = getClass().getResourceAsStream("/examples/distribution-small.json")) {
            problem = new ProblemReader().read(json);
        }

        DistributionPlan plan = new DistributionOptimiser().optimise(problem, Duration.ofSeconds(40));

        PlanChecker.Result check = new PlanChecker(problem).check(plan.allocation());
        assertThat(check.violations()).isEmpty();
        assertThat(plan.objective()).isEqualTo(check.objective());
        assertThat(plan.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(plan.placed()).isGreaterThanOrEqualTo(plan.baseline().placed());
        assertThat(plan.objective()).isLessThanOrEqualTo(plan.baseline().objective());
        assertThat(new PlanWriter().write(problem, plan))
                .contains("\"status\" : \"OPTIMAL\"", "\"baseline\"", "\"unplacedGroups\"");
    }
}

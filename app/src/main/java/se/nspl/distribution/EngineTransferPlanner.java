package se.nspl.distribution;

import java.time.Duration;
import org.springframework.stereotype.Component;
import se.nspl.distribution.engine.DistributionOptimiser;
import se.nspl.distribution.engine.DistributionPlan;
import se.nspl.distribution.engine.DistributionProblem;

/** The distribution engine's optimiser (OR-Tools, SCIP), unchanged: every plan it returns passed its checker. */
@Component
class EngineTransferPlanner implements TransferPlanner {

    @Override
    public DistributionPlan plan(DistributionProblem problem, Duration timeLimit) {
        return new DistributionOptimiser().optimise(problem, timeLimit);
    }
}

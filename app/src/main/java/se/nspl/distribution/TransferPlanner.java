package se.nspl.distribution;

import java.time.Duration;
import se.nspl.distribution.engine.DistributionPlan;
import se.nspl.distribution.engine.DistributionProblem;

/** The optimiser, behind a port: one adapter runs the distribution engine ({@link EngineTransferPlanner}). */
interface TransferPlanner {

    /** The plan of the contract's lowest objective found within the time limit, with the nearest-free-bed rule's. */
    DistributionPlan plan(DistributionProblem problem, Duration timeLimit);
}

package se.nspl.distribution.engine;

import com.google.ortools.Loader;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Finds the plan of the contract's lowest objective within the time limit ({@link DistributionMip}: a first plan
 * rounded from the relaxation, then SCIP), and says how close to proven it is. Every plan it returns has passed the
 * {@link PlanChecker}; one that fails is a bug and throws.
 *
 * <p>SCIP keeps constraints to a tolerance of about a millionth, so the MIP keeps only plans that pass the checker.
 * Should the plan it hands back fail nonetheless, a second solve that holds back a millionth of each fleet's time
 * gives a plan that keeps the contract exactly. The plan's objective is always recomputed from the plan by the
 * contract's formula.
 */
public final class DistributionOptimiser {

    /**
     * SCIP's bound is computed to its tolerances; the bound reported is lowered by this share of it so that it stays
     * below the exact optimum. A plan within this relative gap of the bound is reported {@link SolveStatus#OPTIMAL}.
     */
    static final double BOUND_TOLERANCE = 1e-6;

    public DistributionPlan optimise(DistributionProblem problem, Duration timeLimit) {
        long started = System.nanoTime();
        // OR-Tools' native libraries take a second or two to unpack and load: meanwhile the rule runs.
        CompletableFuture<Void> solvers = CompletableFuture.runAsync(Loader::loadNativeLibraries);
        var rule = new NearestFreeBedRule(problem);
        Allocation nearest = rule.allocate();
        var checker = new PlanChecker(problem);
        solvers.join();
        var mip = new DistributionMip(problem);

        long deadline = started + timeLimit.toNanos();
        DistributionMip.Outcome outcome = mip.solve(nearest, DistributionMip.FleetTimeMargin.NONE, deadline);
        Allocation allocation = outcome.allocation() == null ? nearest : outcome.allocation();
        double scipBound = Double.isFinite(outcome.bound()) ? outcome.bound() : 0;
        if (!checker.check(allocation).feasible()) {
            // At least a second more, should the time be up: a plan that keeps the contract comes first.
            long safeDeadline = Math.max(deadline, System.nanoTime() + 1_000_000_000L);
            DistributionMip.Outcome safe = mip.solve(nearest, DistributionMip.FleetTimeMargin.SAFE, safeDeadline);
            allocation = safe.allocation() == null ? nearest : safe.allocation();
        }

        PlanChecker.Result check = checker.check(allocation);
        if (!check.feasible()) {
            throw new IllegalStateException(
                    "The optimiser made a plan that breaks the contract: " + check.violations());
        }
        double objective = check.objective();
        // Every cost is at least 0, so 0 bounds any plan; a plan's own objective bounds the optimum from above.
        double bound = Math.min(objective, Math.max(0, scipBound - BOUND_TOLERANCE * Math.max(1, Math.abs(scipBound))));
        double gap = (objective - bound) / Math.max(1, Math.abs(objective));
        SolveStatus status = gap <= 2 * BOUND_TOLERANCE ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return new DistributionPlan(
                status,
                objective,
                bound,
                gap,
                (System.nanoTime() - started) / 1_000_000,
                allocation,
                new UnplacedReasons(problem).of(allocation),
                rule.summarise(nearest));
    }
}

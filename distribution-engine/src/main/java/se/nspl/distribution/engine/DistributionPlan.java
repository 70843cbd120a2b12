package se.nspl.distribution.engine;

import java.util.List;

/**
 * The optimiser's answer for one problem: the allocation, how good it is known to be, why patients are left
 * unplaced, and the nearest-free-bed rule's result beside it.
 *
 * @param objective the contract's objective recomputed from the allocation
 * @param bound a proven lower bound of the objective of every feasible plan
 * @param gap {@code (objective − bound) / max(1, |objective|)}
 */
public record DistributionPlan(
        SolveStatus status,
        double objective,
        double bound,
        double gap,
        long solveMillis,
        Allocation allocation,
        List<UnplacedGroup> unplacedGroups,
        Baseline baseline) {

    public DistributionPlan {
        unplacedGroups = List.copyOf(unplacedGroups);
    }

    public int placed() {
        return allocation.transfers().stream().mapToInt(Transfer::count).sum();
    }

    public int unplaced() {
        return unplacedGroups.stream().mapToInt(UnplacedGroup::count).sum();
    }
}

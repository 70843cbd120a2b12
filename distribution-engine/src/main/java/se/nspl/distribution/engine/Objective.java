package se.nspl.distribution.engine;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contract's objective, {@code Σ W[priority] · u + Σ ride · x + 0.1 · Σ trip · y}, computed in doubles straight
 * from an allocation, so that whatever the solver rounded never reaches the number a plan reports.
 */
public final class Objective {

    /** The weight of one vehicle-minute against one patient-minute on the road. */
    public static final double TRIP_WEIGHT = 0.1;

    private Objective() {}

    /** {@code W[priority]}: what leaving one patient unplaced costs; more than any ride and trip it could save. */
    public static long unplacedWeight(int priority) {
        return switch (priority) {
            case 1 -> 100_000;
            case 2 -> 10_000;
            case 3 -> 1_000;
            default -> throw new IllegalArgumentException("priority must be 1, 2 or 3, not " + priority);
        };
    }

    public static double of(DistributionProblem problem, Allocation allocation) {
        return unplacedCost(problem, allocation)
                + rideMinutes(problem, allocation)
                + TRIP_WEIGHT * tripMinutes(problem, allocation);
    }

    /** {@code Σ ride · x}: the minutes all placed patients spend on the road together. */
    public static double rideMinutes(DistributionProblem problem, Allocation allocation) {
        var routes = new Routes(problem);
        var groups = byId(problem.patients(), PatientGroup::id);
        var hospitals = byId(problem.hospitals(), Hospital::id);
        var transports = byId(problem.transports(), Transport::id);
        double minutes = 0;
        for (Transfer transfer : allocation.transfers()) {
            Hospital from = hospitals.get(groups.get(transfer.group()).origin());
            minutes += transfer.count()
                    * routes.rideMinutes(transports.get(transfer.transport()), from, hospitals.get(transfer.to()));
        }
        return minutes;
    }

    /** {@code Σ trip · y}: the minutes all vehicles spend on their round trips together. */
    public static double tripMinutes(DistributionProblem problem, Allocation allocation) {
        var routes = new Routes(problem);
        var hospitals = byId(problem.hospitals(), Hospital::id);
        var transports = byId(problem.transports(), Transport::id);
        double minutes = 0;
        for (Trip trip : allocation.trips()) {
            minutes += trip.count()
                    * routes.tripMinutes(
                            transports.get(trip.transport()), hospitals.get(trip.from()), hospitals.get(trip.to()));
        }
        return minutes;
    }

    private static double unplacedCost(DistributionProblem problem, Allocation allocation) {
        double cost = 0;
        for (PatientGroup group : problem.patients()) {
            cost += (double) unplacedWeight(group.priority()) * allocation.unplaced(group);
        }
        return cost;
    }

    static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        return entries.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

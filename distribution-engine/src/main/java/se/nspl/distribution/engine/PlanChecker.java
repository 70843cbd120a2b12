package se.nspl.distribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an allocation against every constraint of the contract by recomputing it from the problem alone, without
 * anything the solver built. The optimiser runs it on each plan before returning it; the tests run it on every plan.
 */
public final class PlanChecker {

    // Fleet time is a sum of doubles; a plan within a billionth of the duty time has not broken it.
    private static final double FLEET_TIME_TOLERANCE = 1e-9;

    private final DistributionProblem problem;
    private final Routes routes;
    private final Map<String, PatientGroup> groups;
    private final Map<String, Hospital> hospitals;
    private final Map<String, Transport> transports;

    public PlanChecker(DistributionProblem problem) {
        this.problem = problem;
        this.routes = new Routes(problem);
        this.groups = Objective.byId(problem.patients(), PatientGroup::id);
        this.hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        this.transports = Objective.byId(problem.transports(), Transport::id);
    }

    /** The result of a check: every broken rule in words, and the objective recomputed by the contract's formula. */
    public record Result(List<String> violations, double objective) {

        public boolean feasible() {
            return violations.isEmpty();
        }
    }

    public Result check(Allocation allocation) {
        var violations = new ArrayList<String>();
        checkReferences(allocation, violations);
        if (!violations.isEmpty()) {
            return new Result(violations, Double.NaN);
        }
        checkAllowed(allocation, violations);
        checkEveryPatientCounted(allocation, violations);
        checkBeds(allocation, violations);
        checkTripCapacity(allocation, violations);
        checkFleetTime(allocation, violations);
        return new Result(List.copyOf(violations), Objective.of(problem, allocation));
    }

    private void checkReferences(Allocation allocation, List<String> violations) {
        for (Transfer transfer : allocation.transfers()) {
            if (!groups.containsKey(transfer.group())
                    || !hospitals.containsKey(transfer.to())
                    || !transports.containsKey(transfer.transport())) {
                violations.add(transfer + " names a group, hospital or transport the problem does not have");
            }
            if (transfer.count() < 0) {
                violations.add(transfer + " moves a negative number of patients");
            }
        }
        for (Trip trip : allocation.trips()) {
            if (!transports.containsKey(trip.transport())
                    || !hospitals.containsKey(trip.from())
                    || !hospitals.containsKey(trip.to())) {
                violations.add(trip + " names a hospital or transport the problem does not have");
            }
            if (trip.count() < 0) {
                violations.add(trip + " makes a negative number of trips");
            }
        }
    }

    private void checkAllowed(Allocation allocation, List<String> violations) {
        for (Transfer transfer : allocation.transfers()) {
            if (transfer.count() > 0
                    && !routes.isAllowed(
                            groups.get(transfer.group()),
                            hospitals.get(transfer.to()),
                            transports.get(transfer.transport()))) {
                violations.add(transfer + " is not an allowed transfer");
            }
        }
    }

    // Constraint 1: with u derived as count − placed, it holds iff no group has more placed than it has patients.
    private void checkEveryPatientCounted(Allocation allocation, List<String> violations) {
        for (PatientGroup group : problem.patients()) {
            if (allocation.unplaced(group) < 0) {
                violations.add("group " + group.id() + " has " + group.count() + " patients but "
                        + allocation.placed(group) + " are placed");
            }
        }
    }

    // Constraint 2.
    private void checkBeds(Allocation allocation, List<String> violations) {
        var taken = new HashMap<BedKey, Integer>();
        for (Transfer transfer : allocation.transfers()) {
            CareLevel level = groups.get(transfer.group()).level();
            taken.merge(new BedKey(transfer.to(), level), transfer.count(), Integer::sum);
        }
        for (Hospital hospital : problem.hospitals()) {
            for (CareLevel level : CareLevel.values()) {
                int patients = taken.getOrDefault(new BedKey(hospital.id(), level), 0);
                if (patients > hospital.free().of(level)) {
                    violations.add(hospital.id() + " takes " + patients + " " + level + " patients but has "
                            + hospital.free().of(level) + " free beds");
                }
            }
        }
    }

    // Constraints 3 and 4.
    private void checkTripCapacity(Allocation allocation, List<String> violations) {
        var trips = new HashMap<RouteKey, Integer>();
        for (Trip trip : allocation.trips()) {
            trips.merge(new RouteKey(trip.transport(), trip.from(), trip.to()), trip.count(), Integer::sum);
        }
        var perLevel = new HashMap<LoadKey, Integer>();
        var perRoute = new HashMap<RouteKey, Integer>();
        for (Transfer transfer : allocation.transfers()) {
            PatientGroup group = groups.get(transfer.group());
            var route = new RouteKey(transfer.transport(), group.origin(), transfer.to());
            perLevel.merge(new LoadKey(route, group.level()), transfer.count(), Integer::sum);
            perRoute.merge(route, transfer.count(), Integer::sum);
        }
        perLevel.forEach((load, patients) -> {
            Transport transport = transports.get(load.route().transport());
            long room = (long) transport.capacity().of(load.level()) * trips.getOrDefault(load.route(), 0);
            if (patients > room) {
                violations.add(load.route() + " carries " + patients + " " + load.level()
                        + " patients on trips with room for " + room);
            }
        });
        perRoute.forEach((route, patients) -> {
            Transport transport = transports.get(route.transport());
            long seats = (long) transport.seats() * trips.getOrDefault(route, 0);
            if (patients > seats) {
                violations.add(route + " carries " + patients + " patients on trips with " + seats + " seats");
            }
        });
    }

    // Constraint 5.
    private void checkFleetTime(Allocation allocation, List<String> violations) {
        var used = new HashMap<String, Double>();
        for (Trip trip : allocation.trips()) {
            Transport transport = transports.get(trip.transport());
            double minutes =
                    trip.count() * routes.tripMinutes(transport, hospitals.get(trip.from()), hospitals.get(trip.to()));
            used.merge(trip.transport(), minutes, Double::sum);
        }
        for (Transport transport : problem.transports()) {
            double duty = transport.count() * transport.dutyMinutes();
            double minutes = used.getOrDefault(transport.id(), 0.0);
            if (minutes > duty * (1 + FLEET_TIME_TOLERANCE)) {
                violations.add(transport.id() + " is used " + minutes + " minutes but its fleet has " + duty);
            }
        }
    }

    private record BedKey(String hospital, CareLevel level) {}

    private record RouteKey(String transport, String from, String to) {}

    private record LoadKey(RouteKey route, CareLevel level) {}
}

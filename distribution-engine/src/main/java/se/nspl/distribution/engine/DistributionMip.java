package se.nspl.distribution.engine;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's model, x[p, j, g], y[i, j, g] and u[p] under constraints 1 to 5, solved by SCIP through OR-Tools'
 * MPSolver. On the shared small example SCIP proves the optimum in a few seconds; CP-SAT, on the same model
 * scaled to integers, was still 2.7 % above it with a bound 42 % below it after twenty seconds.
 *
 * <p>What keeps it small and fast, none of which changes the optimum:
 *
 * <ul>
 *   <li>Groups with the same origin, level and priority are interchangeable in every constraint and in the objective,
 *       so the model has one demand for each such class and hands the patients back to the groups in the problem's
 *       order.
 *   <li>Variables exist for allowed transfers only; x is bounded by the demand and the beds, y by the fleet's duty
 *       time and the patients that could take the route, and the capacity rows use that bound where it is tighter.
 *   <li>Options that cannot be in a plan better than the best known are dropped by reduced-cost fixing on the LP
 *       relaxation ({@link ReducedCosts}); the best known plan is the nearest-free-bed rule's, or better, one found
 *       first over the few options of lowest reduced cost.
 *   <li>SCIP starts from the best known plan as a hint, and stops at the time limit.
 * </ul>
 */
final class DistributionMip {

    /** SCIP counts a constraint kept when it is off by less than its feasibility tolerance. */
    enum FleetTimeMargin {
        /** The contract's fleet time exactly as it is. */
        NONE,
        /** A millionth of the fleet's time held back, so that SCIP's tolerance cannot carry a plan past the contract. */
        SAFE
    }

    /** The best allocation found (null if none in time), whether SCIP proved it optimal, and SCIP's bound. */
    record Outcome(Allocation allocation, boolean provenOptimal, double bound) {}

    private record Demand(Hospital origin, CareLevel level, int priority, List<PatientGroup> groups, int count) {}

    private record Option(Demand demand, Hospital to, Transport by) {}

    private record Route(Transport by, Hospital from, Hospital to) {}

    private record BedKey(Hospital hospital, CareLevel level) {}

    private static final double SAFE_FLEET_TIME = 1 - 1e-6;
    private static final double PRUNING_SLACK = 1e-9;
    private static final int PROMISING_PER_DEMAND = 12;

    static {
        Loader.loadNativeLibraries();
    }

    private final DistributionProblem problem;
    private final Routes routes;
    private final List<Demand> demands;
    private final Map<PatientGroup, Demand> demandOf = new HashMap<>();
    private final List<Option> options = new ArrayList<>();

    DistributionMip(DistributionProblem problem) {
        this.problem = problem;
        this.routes = new Routes(problem);
        this.demands = demands(problem);
        demands.forEach(demand -> demand.groups().forEach(group -> demandOf.put(group, demand)));
        for (Demand demand : demands) {
            for (Hospital to : problem.hospitals()) {
                for (Transport by : problem.transports()) {
                    if (routes.isAllowed(demand.groups().get(0), to, by)) {
                        options.add(new Option(demand, to, by));
                    }
                }
            }
        }
    }

    /**
     * Solves in two steps: first over the most promising options only, for a good plan fast; then over every option
     * that a plan better than the best known may use, by reduced-cost fixing, which proves the optimum of the whole
     * model.
     */
    Outcome solve(Allocation hint, FleetTimeMargin margin, double seconds) {
        long started = System.nanoTime();
        ReducedCosts reduced = reducedCosts();
        PlanChecker checker = new PlanChecker(problem);
        Allocation incumbent = hint;
        List<Option> promising = reduced.promising(PROMISING_PER_DEMAND);
        if (promising.size() < options.size()) {
            Outcome first = solveOver(promising, hint, margin, seconds / 4);
            // Only a plan that keeps the contract exactly may prune: the optimum is it or better.
            if (first.allocation() != null
                    && checker.check(first.allocation()).feasible()
                    && Objective.of(problem, first.allocation()) < Objective.of(problem, incumbent)) {
                incumbent = first.allocation();
            }
        }
        List<Option> useful = reduced.within(Objective.of(problem, incumbent));
        double left = seconds - (System.nanoTime() - started) / 1e9;
        Outcome outcome = solveOver(useful, incumbent, margin, Math.max(0.1, left));
        double bound = Math.max(reduced.bound(), outcome.bound());
        // SCIP may set the hint aside and stop at the time limit with a worse plan; the incumbent stays then.
        Allocation best = outcome.allocation() == null
                        || Objective.of(problem, outcome.allocation()) > Objective.of(problem, incumbent)
                ? incumbent
                : outcome.allocation();
        return new Outcome(best, outcome.provenOptimal(), bound);
    }

    private Outcome solveOver(List<Option> included, Allocation hint, FleetTimeMargin margin, double seconds) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools was built without SCIP");
        }
        try {
            var model = new Formulation(solver, included, VariableKind.INTEGER, margin);
            hint(solver, hint, model.unplaced, model.moved, model.trips);
            solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
            var parameters = new MPSolverParameters();
            // SCIP stops at a relative gap of 1e-4 by default; the contract's OPTIMAL means proven.
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            MPSolver.ResultStatus status = solver.solve(parameters);
            double bound = solver.objective().bestBound();
            bound = Double.isFinite(bound) ? bound : 0;
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Outcome(null, false, bound);
            }
            return new Outcome(allocation(model.moved), status == MPSolver.ResultStatus.OPTIMAL, bound);
        } finally {
            solver.delete();
        }
    }

    private ReducedCosts reducedCosts() {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            var relaxation = new Formulation(lp, options, VariableKind.CONTINUOUS, FleetTimeMargin.NONE);
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                var none = new LinkedHashMap<Option, Double>();
                options.forEach(option -> none.put(option, 0.0));
                return new ReducedCosts(none, 0);
            }
            return relaxation.reducedCosts();
        } finally {
            lp.delete();
        }
    }

    private enum VariableKind {
        INTEGER,
        CONTINUOUS
    }

    /** The variables and rows of constraints 1 to 5 and the objective, over the given options. */
    private final class Formulation {

        final Map<Demand, MPVariable> unplaced = new LinkedHashMap<>();
        final Map<Option, MPVariable> moved = new LinkedHashMap<>();
        final Map<Route, List<Option>> onRoute = new LinkedHashMap<>();
        final Map<Route, MPVariable> trips = new LinkedHashMap<>();
        final Map<Demand, MPConstraint> counted = new HashMap<>();
        final Map<BedKey, MPConstraint> beds = new HashMap<>();
        final Map<Route, Map<CareLevel, MPConstraint>> loads = new HashMap<>();
        final Map<Route, MPConstraint> seats = new HashMap<>();
        final Map<Route, Integer> seatsPerTrip = new HashMap<>();
        final Map<Route, Map<CareLevel, Integer>> levelPerTrip = new HashMap<>();
        final Map<Transport, MPConstraint> fleets = new HashMap<>();
        private final double fleetShare;

        Formulation(MPSolver solver, List<Option> included, VariableKind kind, FleetTimeMargin margin) {
            this.fleetShare = margin == FleetTimeMargin.SAFE ? SAFE_FLEET_TIME : 1;
            boolean integer = kind == VariableKind.INTEGER;
            for (Demand demand : demands) {
                unplaced.put(demand, solver.makeVar(0, demand.count(), integer, "u"));
            }
            for (Option option : included) {
                moved.put(option, solver.makeVar(0, mostMoved(option), integer, "x"));
                onRoute.computeIfAbsent(routeOf(option), route -> new ArrayList<>())
                        .add(option);
            }
            onRoute.forEach(
                    (route, carried) -> trips.put(route, solver.makeVar(0, mostTrips(route, carried), integer, "y")));
            everyPatientCounted(solver);
            beds(solver);
            tripCapacity(solver);
            fleetTime(solver);
            objective(solver, unplaced, moved, trips);
        }

        // Constraint 1.
        private void everyPatientCounted(MPSolver solver) {
            unplaced.forEach((demand, u) -> {
                MPConstraint row = solver.makeConstraint(demand.count(), demand.count());
                row.setCoefficient(u, 1);
                counted.put(demand, row);
            });
            moved.forEach((option, x) -> counted.get(option.demand()).setCoefficient(x, 1));
        }

        // Constraint 2.
        private void beds(MPSolver solver) {
            moved.forEach((option, x) -> beds.computeIfAbsent(
                            new BedKey(option.to(), option.demand().level()),
                            key -> solver.makeConstraint(
                                    Double.NEGATIVE_INFINITY,
                                    key.hospital().free().of(key.level())))
                    .setCoefficient(x, 1));
        }

        // Constraints 3 and 4. A trip never carries more than the patients who could take the route at all, so the
        // coefficient of y is the smaller of the vehicle's room and those patients: the same integer plans, a
        // tighter LP relaxation.
        private void tripCapacity(MPSolver solver) {
            onRoute.forEach((route, carried) -> {
                MPVariable y = trips.get(route);
                var mostPerLevel = new EnumMap<CareLevel, Integer>(CareLevel.class);
                carried.forEach(option -> mostPerLevel.merge(option.demand().level(), mostMoved(option), Integer::sum));
                int most = mostPerLevel.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                MPConstraint seatRow = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                seatsPerTrip.put(route, Math.min(route.by().seats(), most));
                seatRow.setCoefficient(y, -seatsPerTrip.get(route));
                seats.put(route, seatRow);
                var perLevel = new EnumMap<CareLevel, MPConstraint>(CareLevel.class);
                var roomPerLevel = new EnumMap<CareLevel, Integer>(CareLevel.class);
                loads.put(route, perLevel);
                levelPerTrip.put(route, roomPerLevel);
                for (Option option : carried) {
                    MPConstraint load = perLevel.computeIfAbsent(option.demand().level(), level -> {
                        roomPerLevel.put(level, Math.min(route.by().capacity().of(level), mostPerLevel.get(level)));
                        MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                        row.setCoefficient(y, -roomPerLevel.get(level));
                        return row;
                    });
                    load.setCoefficient(moved.get(option), 1);
                    seatRow.setCoefficient(moved.get(option), 1);
                }
            });
        }

        // Constraint 5.
        private void fleetTime(MPSolver solver) {
            trips.forEach((route, y) -> fleets.computeIfAbsent(
                            route.by(), by -> solver.makeConstraint(Double.NEGATIVE_INFINITY, fleetMinutes(by)))
                    .setCoefficient(y, routes.tripMinutes(route.by(), route.from(), route.to())));
        }

        private double fleetMinutes(Transport by) {
            return fleetShare * by.count() * by.dutyMinutes();
        }

        /** The Lagrangian bound and reduced costs of this formulation's LP duals; see {@link ReducedCosts}. */
        ReducedCosts reducedCosts() {
            double bound = 0;
            for (Demand demand : demands) {
                bound += counted.get(demand).dualValue() * demand.count();
            }
            for (Map.Entry<BedKey, MPConstraint> bed : beds.entrySet()) {
                bound += atMostZero(bed.getValue())
                        * bed.getKey().hospital().free().of(bed.getKey().level());
            }
            for (Map.Entry<Transport, MPConstraint> fleet : fleets.entrySet()) {
                bound += atMostZero(fleet.getValue()) * fleetMinutes(fleet.getKey());
            }
            for (Map.Entry<Demand, MPVariable> u : unplaced.entrySet()) {
                double reduced = Objective.unplacedWeight(u.getKey().priority())
                        - counted.get(u.getKey()).dualValue();
                bound += Math.min(0, reduced) * u.getValue().ub();
            }
            var tripCost = new HashMap<Route, Double>();
            for (Map.Entry<Route, MPVariable> y : trips.entrySet()) {
                Route route = y.getKey();
                double minutes = routes.tripMinutes(route.by(), route.from(), route.to());
                double reduced = Objective.TRIP_WEIGHT * minutes
                        + seatsPerTrip.get(route) * atMostZero(seats.get(route))
                        - minutes * atMostZero(fleets.get(route.by()));
                for (Map.Entry<CareLevel, MPConstraint> load : loads.get(route).entrySet()) {
                    reduced += levelPerTrip.get(route).get(load.getKey()) * atMostZero(load.getValue());
                }
                tripCost.put(route, reduced);
                bound += Math.min(0, reduced) * y.getValue().ub();
            }
            var moveCost = new LinkedHashMap<Option, Double>();
            for (Map.Entry<Option, MPVariable> x : moved.entrySet()) {
                Option option = x.getKey();
                Route route = routeOf(option);
                double reduced = routes.rideMinutes(option.by(), option.demand().origin(), option.to())
                        - counted.get(option.demand()).dualValue()
                        - atMostZero(
                                beds.get(new BedKey(option.to(), option.demand().level())))
                        - atMostZero(loads.get(route).get(option.demand().level()))
                        - atMostZero(seats.get(route));
                moveCost.put(option, reduced);
                bound += Math.min(0, reduced) * x.getValue().ub();
            }
            var costs = new LinkedHashMap<Option, Double>();
            // A patient on an option needs a trip on its route too, so both reduced costs bound what it adds.
            moveCost.forEach((option, cost) -> costs.put(option, Math.max(cost, tripCost.get(routeOf(option)))));
            return new ReducedCosts(costs, bound);
        }
    }

    /**
     * Reduced-cost fixing on the LP relaxation. For any duals of the right signs, every feasible plan costs at least
     * {@code bound + cost(o)} if it uses option {@code o}, where the bound is the Lagrangian bound and the costs the
     * reduced costs, both computed here from the model's own coefficients; so an option whose one patient would
     * already cost more than a feasible plan's objective cannot be in a better plan. This is exact whatever the LP
     * solver's accuracy: inaccurate duals only make the test weaker.
     */
    private record ReducedCosts(Map<Option, Double> costs, double bound) {

        /** The options a plan better than one of this objective may use. */
        List<Option> within(double incumbent) {
            // A hair of slack for the rounding of the sums.
            double limit = incumbent - bound + PRUNING_SLACK * Math.max(1, Math.abs(incumbent));
            return costs.entrySet().stream()
                    .filter(option -> option.getValue() <= limit)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        /** For each demand the options of the lowest reduced costs, where a good plan is likely to be found. */
        List<Option> promising(int perDemand) {
            var byDemand = new LinkedHashMap<Demand, List<Option>>();
            costs.keySet()
                    .forEach(option -> byDemand.computeIfAbsent(option.demand(), demand -> new ArrayList<>())
                            .add(option));
            var promising = new ArrayList<Option>();
            byDemand.values()
                    .forEach(options -> options.stream()
                            .sorted(Comparator.comparingDouble(costs::get))
                            .limit(perDemand)
                            .forEach(promising::add));
            return promising;
        }
    }

    // The dual of a ≤ row of a minimum is at most 0; a dual of the wrong sign is replaced by 0, still a valid dual.
    private static double atMostZero(MPConstraint row) {
        return Math.min(0, row.dualValue());
    }

    private void objective(
            MPSolver solver,
            Map<Demand, MPVariable> unplaced,
            Map<Option, MPVariable> moved,
            Map<Route, MPVariable> trips) {
        MPObjective objective = solver.objective();
        unplaced.forEach((demand, u) -> objective.setCoefficient(u, Objective.unplacedWeight(demand.priority())));
        moved.forEach((option, x) -> objective.setCoefficient(
                x, routes.rideMinutes(option.by(), option.demand().origin(), option.to())));
        trips.forEach((route, y) -> objective.setCoefficient(
                y, Objective.TRIP_WEIGHT * routes.tripMinutes(route.by(), route.from(), route.to())));
        objective.setMinimization();
    }

    private void hint(
            MPSolver solver,
            Allocation hint,
            Map<Demand, MPVariable> unplaced,
            Map<Option, MPVariable> moved,
            Map<Route, MPVariable> trips) {
        var hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var transports = Objective.byId(problem.transports(), Transport::id);
        var groups = Objective.byId(problem.patients(), PatientGroup::id);
        var values = new LinkedHashMap<MPVariable, Double>();
        unplaced.forEach((demand, u) -> values.put(u, (double) demand.count()));
        for (Transfer transfer : hint.transfers()) {
            Demand demand = demandOf.get(groups.get(transfer.group()));
            MPVariable x =
                    moved.get(new Option(demand, hospitals.get(transfer.to()), transports.get(transfer.transport())));
            if (x != null) {
                values.merge(x, (double) transfer.count(), Double::sum);
                values.merge(unplaced.get(demand), (double) -transfer.count(), Double::sum);
            }
        }
        for (Trip trip : hint.trips()) {
            MPVariable y = trips.get(
                    new Route(transports.get(trip.transport()), hospitals.get(trip.from()), hospitals.get(trip.to())));
            if (y != null) {
                values.merge(y, (double) trip.count(), Double::sum);
            }
        }
        moved.values().forEach(x -> values.putIfAbsent(x, 0.0));
        trips.values().forEach(y -> values.putIfAbsent(y, 0.0));
        var variables = new ArrayList<>(values.keySet());
        solver.setHint(
                variables.toArray(MPVariable[]::new),
                variables.stream().mapToDouble(values::get).toArray());
    }

    /**
     * The solver's x handed back to the groups, and the fewest trips that carry them: never more than the solver's y,
     * so the fleet time and the objective can only drop.
     */
    private Allocation allocation(Map<Option, MPVariable> moved) {
        var left = new HashMap<PatientGroup, Integer>();
        problem.patients().forEach(group -> left.put(group, group.count()));
        var transfers = new ArrayList<Transfer>();
        var loads = new LinkedHashMap<Route, int[]>();
        moved.forEach((option, x) -> {
            int patients = (int) Math.round(x.solutionValue());
            if (patients == 0) {
                return;
            }
            int[] load = loads.computeIfAbsent(routeOf(option), route -> new int[CareLevel.values().length]);
            load[option.demand().level().ordinal()] += patients;
            for (PatientGroup group : option.demand().groups()) {
                int share = Math.min(patients, left.get(group));
                if (share > 0) {
                    transfers.add(new Transfer(
                            group.id(), option.to().id(), option.by().id(), share));
                    left.merge(group, -share, Integer::sum);
                    patients -= share;
                }
            }
        });
        var trips = new ArrayList<Trip>();
        loads.forEach((route, load) -> trips.add(
                new Trip(route.by().id(), route.from().id(), route.to().id(), Trips.fewest(route.by(), load))));
        return new Allocation(transfers, trips);
    }

    private static int mostMoved(Option option) {
        return Math.min(
                option.demand().count(), option.to().free().of(option.demand().level()));
    }

    private long mostTrips(Route route, List<Option> carried) {
        long patients = carried.stream()
                .mapToLong(option -> Math.min(
                        option.demand().count(),
                        option.to().free().of(option.demand().level())))
                .sum();
        double minutes = routes.tripMinutes(route.by(), route.from(), route.to());
        double byFleetTime = route.by().count() * route.by().dutyMinutes() / minutes;
        // A hair of slack so that a quotient that should be whole but came out just below it keeps its last trip.
        return byFleetTime >= patients ? patients : Math.min(patients, (long) Math.floor(byFleetTime + 1e-9));
    }

    private Route routeOf(Option option) {
        return new Route(option.by(), option.demand().origin(), option.to());
    }

    private static List<Demand> demands(DistributionProblem problem) {
        var hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var classes = new LinkedHashMap<List<Object>, List<PatientGroup>>();
        for (PatientGroup group : problem.patients()) {
            classes.computeIfAbsent(List.of(group.origin(), group.level(), group.priority()), key -> new ArrayList<>())
                    .add(group);
        }
        var demands = new ArrayList<Demand>();
        classes.forEach((key, groups) -> {
            PatientGroup first = groups.get(0);
            demands.add(new Demand(
                    hospitals.get(first.origin()),
                    first.level(),
                    first.priority(),
                    List.copyOf(groups),
                    groups.stream().mapToInt(PatientGroup::count).sum()));
        });
        return demands;
    }
}

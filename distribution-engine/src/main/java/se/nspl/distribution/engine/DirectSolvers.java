package se.nspl.distribution.engine;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's model written down plainly and handed to a solver as it is, for the benchmark that the optimiser is
 * measured against: one x per allowed group × hospital × transport, one u per group, one y per route that some allowed
 * transfer uses (a trip on a route nobody may take costs time and carries nobody), the rows of constraints 1 to 5 as
 * the contract reads, and no aggregation, no reduced-cost fixing, no first plan. Variable bounds are only those the
 * rows imply at once: x and u at most the group's count, y at most the trips the fleet's duty time holds.
 *
 * <p>The plan is the solver's x; its trips are the fewest that carry those patients, never more than the solver's y,
 * so the solver loses nothing by it. Every plan is checked by the {@link PlanChecker} and its objective recomputed
 * by the contract's formula.
 *
 * <p>CP-SAT needs integers: the objective's coefficients are the contract's in thousandths, rounded down, so that its
 * bound divided by 1000 stays below the contract's optimum; the fleet-time row counts trip minutes in thousandths
 * rounded up, so that its plans keep the contract (a restriction of at most a thousandth of a minute per trip, which
 * could in principle lift its bound by as much).
 */
public final class DirectSolvers {

    /** The solvers the benchmark compares the optimiser with. */
    public enum Solver {
        CP_SAT,
        SCIP
    }

    /** CP-SAT runs on the benchmark machine's two cores. */
    static final int CP_SAT_WORKERS = 2;

    private static final long SCALE = 1000;

    static {
        Loader.loadNativeLibraries();
    }

    private record Choice(PatientGroup group, Hospital to, Transport by) {}

    private record Route(Transport by, Hospital from, Hospital to) {}

    private final DistributionProblem problem;
    private final Routes routes;
    private final Map<String, Hospital> hospitals;
    private final List<Choice> choices = new ArrayList<>();
    private final Map<Route, List<Choice>> onRoute = new LinkedHashMap<>();

    public DirectSolvers(DistributionProblem problem) {
        this.problem = problem;
        this.routes = new Routes(problem);
        this.hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        for (PatientGroup group : problem.patients()) {
            for (Hospital to : problem.hospitals()) {
                for (Transport by : problem.transports()) {
                    if (routes.isAllowed(group, to, by)) {
                        Choice choice = new Choice(group, to, by);
                        choices.add(choice);
                        onRoute.computeIfAbsent(routeOf(choice), route -> new ArrayList<>())
                                .add(choice);
                    }
                }
            }
        }
    }

    /** Solves the plain model with the solver for at most the time given and returns its plan, checked. */
    public DistributionPlan solve(Solver solver, Duration timeLimit) {
        long started = System.nanoTime();
        Result result = solver == Solver.CP_SAT ? cpSat(timeLimit) : scip(timeLimit);
        var rule = new NearestFreeBedRule(problem);
        Allocation allocation = result.moved() == null ? new Allocation(List.of(), List.of()) : plan(result.moved());
        PlanChecker.Result check = new PlanChecker(problem).check(allocation);
        if (!check.feasible()) {
            throw new IllegalStateException(solver + " made a plan that breaks the contract: " + check.violations());
        }
        double objective = check.objective();
        double bound = Math.min(objective, Math.max(0, result.bound()));
        double gap = (objective - bound) / Math.max(1, Math.abs(objective));
        return new DistributionPlan(
                result.proven() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
                objective,
                bound,
                gap,
                (System.nanoTime() - started) / 1_000_000,
                allocation,
                new UnplacedReasons(problem).of(allocation),
                rule.summarise(rule.allocate()));
    }

    /** What a solver found: patients per choice (null without a plan), its bound and whether it proved the plan. */
    private record Result(Map<Choice, Long> moved, double bound, boolean proven) {}

    private Result cpSat(Duration timeLimit) {
        var model = new CpModel();
        var x = new LinkedHashMap<Choice, IntVar>();
        var u = new LinkedHashMap<PatientGroup, IntVar>();
        var y = new LinkedHashMap<Route, IntVar>();
        problem.patients().forEach(group -> u.put(group, model.newIntVar(0, group.count(), "u")));
        choices.forEach(
                choice -> x.put(choice, model.newIntVar(0, choice.group().count(), "x")));
        onRoute.keySet().forEach(route -> y.put(route, model.newIntVar(0, mostTrips(route), "y")));

        // Constraint 1.
        for (PatientGroup group : problem.patients()) {
            LinearExprBuilder row = LinearExpr.newBuilder().add(u.get(group));
            choices.stream().filter(c -> c.group() == group).forEach(c -> row.add(x.get(c)));
            model.addEquality(row, group.count());
        }
        // Constraint 2.
        for (Hospital to : problem.hospitals()) {
            for (CareLevel level : CareLevel.values()) {
                LinearExprBuilder row = LinearExpr.newBuilder();
                boolean any = false;
                for (Choice choice : choices) {
                    if (choice.to() == to && choice.group().level() == level) {
                        row.add(x.get(choice));
                        any = true;
                    }
                }
                if (any) {
                    model.addLessOrEqual(row, to.free().of(level));
                }
            }
        }
        // Constraints 3 and 4.
        onRoute.forEach((route, carried) -> {
            LinearExprBuilder seats =
                    LinearExpr.newBuilder().addTerm(y.get(route), -route.by().seats());
            for (CareLevel level : CareLevel.values()) {
                LinearExprBuilder load = LinearExpr.newBuilder()
                        .addTerm(y.get(route), -route.by().capacity().of(level));
                boolean any = false;
                for (Choice choice : carried) {
                    if (choice.group().level() == level) {
                        load.add(x.get(choice));
                        seats.add(x.get(choice));
                        any = true;
                    }
                }
                if (any) {
                    model.addLessOrEqual(load, 0);
                }
            }
            model.addLessOrEqual(seats, 0);
        });
        // Constraint 5, in thousandths of a minute rounded up: a plan that keeps it keeps the contract.
        for (Transport by : problem.transports()) {
            LinearExprBuilder row = LinearExpr.newBuilder();
            boolean any = false;
            for (Map.Entry<Route, IntVar> trip : y.entrySet()) {
                if (trip.getKey().by() == by) {
                    row.addTerm(trip.getValue(), (long) Math.ceil(SCALE * tripMinutes(trip.getKey())));
                    any = true;
                }
            }
            if (any) {
                model.addLessOrEqual(row, (long) Math.floor(SCALE * by.count() * by.dutyMinutes()));
            }
        }
        // The objective in thousandths rounded down: the solver's bound then bounds the contract's optimum.
        LinearExprBuilder objective = LinearExpr.newBuilder();
        u.forEach((group, unplaced) -> objective.addTerm(unplaced, SCALE * Objective.unplacedWeight(group.priority())));
        x.forEach((choice, moved) -> objective.addTerm(moved, (long) Math.floor(SCALE * rideMinutes(choice))));
        y.forEach((route, trips) ->
                objective.addTerm(trips, (long) Math.floor(SCALE * Objective.TRIP_WEIGHT * tripMinutes(route))));
        model.minimize(objective);

        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(CP_SAT_WORKERS).setMaxTimeInSeconds(timeLimit.toNanos() / 1e9);
        CpSolverStatus status = solver.solve(model);
        double bound = solver.bestObjectiveBound() / SCALE;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Result(null, bound, false);
        }
        var moved = new LinkedHashMap<Choice, Long>();
        x.forEach((choice, variable) -> moved.put(choice, solver.value(variable)));
        // OPTIMAL here is of the scaled model, whose bound is within its rounding of the contract's optimum.
        return new Result(moved, bound, false);
    }

    private Result scip(Duration timeLimit) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools was built without SCIP");
        }
        try {
            var x = new LinkedHashMap<Choice, MPVariable>();
            var u = new LinkedHashMap<PatientGroup, MPVariable>();
            var y = new LinkedHashMap<Route, MPVariable>();
            problem.patients().forEach(group -> u.put(group, solver.makeIntVar(0, group.count(), "u")));
            choices.forEach(
                    choice -> x.put(choice, solver.makeIntVar(0, choice.group().count(), "x")));
            onRoute.keySet().forEach(route -> y.put(route, solver.makeIntVar(0, mostTrips(route), "y")));

            var counted = new LinkedHashMap<PatientGroup, MPConstraint>();
            for (PatientGroup group : problem.patients()) {
                MPConstraint row = solver.makeConstraint(group.count(), group.count());
                row.setCoefficient(u.get(group), 1);
                counted.put(group, row);
            }
            var beds = new LinkedHashMap<List<Object>, MPConstraint>();
            for (Choice choice : choices) {
                CareLevel level = choice.group().level();
                counted.get(choice.group()).setCoefficient(x.get(choice), 1);
                beds.computeIfAbsent(
                                List.of(choice.to(), level),
                                key -> solver.makeConstraint(
                                        Double.NEGATIVE_INFINITY,
                                        choice.to().free().of(level)))
                        .setCoefficient(x.get(choice), 1);
            }
            onRoute.forEach((route, carried) -> {
                MPConstraint seats = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                seats.setCoefficient(y.get(route), -route.by().seats());
                var loads = new LinkedHashMap<CareLevel, MPConstraint>();
                for (Choice choice : carried) {
                    CareLevel level = choice.group().level();
                    loads.computeIfAbsent(level, l -> {
                                MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                                row.setCoefficient(
                                        y.get(route), -route.by().capacity().of(l));
                                return row;
                            })
                            .setCoefficient(x.get(choice), 1);
                    seats.setCoefficient(x.get(choice), 1);
                }
            });
            var fleets = new LinkedHashMap<Transport, MPConstraint>();
            y.forEach((route, trips) -> fleets.computeIfAbsent(
                            route.by(),
                            by -> solver.makeConstraint(Double.NEGATIVE_INFINITY, by.count() * by.dutyMinutes()))
                    .setCoefficient(trips, tripMinutes(route)));

            MPObjective objective = solver.objective();
            u.forEach((group, unplaced) ->
                    objective.setCoefficient(unplaced, Objective.unplacedWeight(group.priority())));
            x.forEach((choice, moved) -> objective.setCoefficient(moved, rideMinutes(choice)));
            y.forEach((route, trips) -> objective.setCoefficient(trips, Objective.TRIP_WEIGHT * tripMinutes(route)));
            objective.setMinimization();

            solver.setTimeLimit(Math.max(1, timeLimit.toMillis()));
            var parameters = new MPSolverParameters();
            // SCIP stops at a relative gap of 1e-4 by default; here it is to prove the optimum like the optimiser.
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            MPSolver.ResultStatus status = solver.solve(parameters);
            double bound = objective.bestBound();
            // SCIP's bound is computed to its tolerances; lowered by a millionth like the optimiser's.
            bound = Double.isFinite(bound) ? bound - 1e-6 * Math.max(1, Math.abs(bound)) : 0;
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Result(null, bound, false);
            }
            var moved = new LinkedHashMap<Choice, Long>();
            x.forEach((choice, variable) -> moved.put(choice, Math.round(variable.solutionValue())));
            return new Result(moved, bound, status == MPSolver.ResultStatus.OPTIMAL);
        } finally {
            solver.delete();
        }
    }

    /** The solver's x as transfers, and the fewest trips that carry them on each route. */
    private Allocation plan(Map<Choice, Long> moved) {
        var transfers = new ArrayList<Transfer>();
        var loads = new LinkedHashMap<Route, int[]>();
        moved.forEach((choice, patients) -> {
            if (patients == 0) {
                return;
            }
            transfers.add(new Transfer(
                    choice.group().id(), choice.to().id(), choice.by().id(), Math.toIntExact(patients)));
            loads.computeIfAbsent(routeOf(choice), route -> new int[CareLevel.values().length])[
                            choice.group().level().ordinal()] +=
                    Math.toIntExact(patients);
        });
        var trips = new ArrayList<Trip>();
        loads.forEach((route, load) -> trips.add(
                new Trip(route.by().id(), route.from().id(), route.to().id(), Trips.fewest(route.by(), load))));
        return new Allocation(transfers, trips);
    }

    private long mostTrips(Route route) {
        double byFleetTime = route.by().count() * route.by().dutyMinutes() / tripMinutes(route);
        // A hair of slack so that a quotient that should be whole but came out just below it keeps its last trip.
        return (long) Math.floor(byFleetTime + 1e-9);
    }

    private double tripMinutes(Route route) {
        return routes.tripMinutes(route.by(), route.from(), route.to());
    }

    private double rideMinutes(Choice choice) {
        return routes.rideMinutes(choice.by(), hospitals.get(choice.group().origin()), choice.to());
    }

    private Route routeOf(Choice choice) {
        return new Route(choice.by(), hospitals.get(choice.group().origin()), choice.to());
    }
}

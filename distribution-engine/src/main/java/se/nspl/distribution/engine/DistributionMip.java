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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The contract's model, solved by SCIP through OR-Tools' MPSolver in a form that has the same optimum but is smaller
 * and has a tighter relaxation than the contract's own rows.
 *
 * <ul>
 *   <li><b>One demand per origin and level.</b> Groups of the same origin and level are interchangeable in every
 *       constraint and differ only in the penalty of leaving them unplaced, so the model moves patients of the demand,
 *       with one unplaced variable per priority; handing the patients placed back to the groups, most urgent first,
 *       never costs more than what the solver chose.
 *   <li><b>No trip variables for one-seat vehicles.</b> A vehicle with one seat carries one patient a trip, so its
 *       fewest trips on a route are the patients it carries there: the trip's minutes join the patient's cost and its
 *       fleet-time row directly. Only vehicles with more seats (jets, SNAM, buses) keep y and the capacity rows.
 *   <li>Variables exist for allowed transfers only; x is bounded by the demand and the beds, y by the fleet's duty
 *       time and the patients that could take the route, and the capacity rows use that bound where it is tighter.
 *   <li><b>A first plan from the relaxation.</b> The LP's trips of the many-seat vehicles are rounded within their
 *       fleet time and fixed; a second LP then places the patients, whose values rounded down keep every row, and a
 *       greedy pass fills what rounding left ({@link #firstPlan}).
 *   <li><b>SCIP near the relaxation first.</b> SCIP improves the first plan over the few options the relaxation
 *       points to, where it finds better plans in seconds than on the whole model in minutes, and then over ever
 *       wider neighbourhoods while it proves each one's best plan quickly ({@link #widen}).
 *   <li><b>Reduced-cost fixing.</b> Options that cannot be in a plan better than the best known are dropped on the LP's
 *       duals ({@link ReducedCosts}); SCIP starts from the best known plan as a hint and stops at the time limit.
 *   <li><b>Both cores.</b> SCIP searches on one core; the long searches run as two SCIP searches side by side that
 *       differ only in their random seed, and the better plan and the higher bound are kept ({@link #portfolio}).
 *       Which branch finds the better plans first varies with the seed more than anything else on these problems.
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

    /** The best allocation found (null if none in time), whether SCIP proved it optimal, and a proven bound. */
    record Outcome(Allocation allocation, boolean provenOptimal, double bound) {}

    /** The patients of one origin and level; {@code groups} most urgent first, {@code perPriority} counted by it. */
    private record Demand(Hospital origin, CareLevel level, List<PatientGroup> groups, List<Integer> perPriority) {

        int count() {
            return perPriority.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private record Option(Demand demand, Hospital to, Transport by) {

        /** A one-seat vehicle: its trips on the route are the patients it carries there. */
        boolean oneSeat() {
            return by.seats() == 1;
        }
    }

    private record Route(Transport by, Hospital from, Hospital to) {}

    private record BedKey(Hospital hospital, CareLevel level) {}

    private static final int PRIORITIES = 3;
    private static final double SAFE_FLEET_TIME = 1 - 1e-6;
    private static final double PRUNING_SLACK = 1e-9;
    private static final double INTEGRAL = 1e-6;
    private static final int NEAR_PER_DEMAND = 6;
    /** The share of the time left that SCIP has for the first neighbourhood of the relaxation. */
    private static final double NEAR_SHARE = 0.4;
    /**
     * The share of the time left for a wider neighbourhood: searched only when SCIP proved the one before, it is
     * likely to hold better plans, so it and all that follows split the time left evenly.
     */
    private static final double WIDER_SHARE = 0.5;
    /** A neighbourhood of this share of the options a better plan may use is searched as all of them. */
    private static final double WIDEST_SHARE = 0.8;
    /**
     * Above this many options left after pruning, SCIP on the whole model finds neither a better plan nor a better
     * bound than the relaxation's within tens of seconds on the generated problems (8 origins, 800 patients: 20 000).
     */
    private static final int WHOLE_MODEL_OPTIONS = 8000;
    /** Held back from the time limit for checking and writing the plan after the last solve. */
    private static final double RESERVED_SECONDS = 0.3;

    private static final double SCIP_CLOCK_SHARE = 0.9;
    /** Less time than this is not worth starting SCIP for. */
    private static final double MINIMUM_SOLVE_SECONDS = 0.2;
    /**
     * SCIP restarts its root as often as presolving fixes enough variables; on the generated problems it restarted
     * seven times in fifteen seconds, each time for a few hundredths of the bound, before branching found the better
     * plans within a second. One restart keeps most of what they bring.
     */
    private static final String SCIP_PARAMETERS = "presolving/maxrestarts = 1";
    /** SCIP searches side by side on this many cores, each with its own random seed. */
    private static final int SEARCHES =
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

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
     * Solves the relaxation and rounds it to a first plan; lets SCIP improve that plan over ever wider neighbourhoods
     * of the relaxation ({@link #widen}); then drops the options no better plan can use and lets SCIP search all the
     * rest from the best plan known, which proves its bound. If too many are left for that to pay soon, SCIP first
     * improves the plan over the next wider neighbourhood and searches them all only with the time still left; the
     * bound is the relaxation's until then.
     */
    Outcome solve(Allocation hint, FleetTimeMargin margin, long deadlineNanos) {
        PlanChecker checker = new PlanChecker(problem);
        Relaxation relaxation = relax();
        Widened widened =
                widen(relaxation, better(checker, hint, firstPlan(relaxation, margin)), margin, deadlineNanos);
        Allocation incumbent = widened.best();
        List<Option> useful = relaxation.reduced().within(Objective.of(problem, incumbent));
        if (useful.size() > WHOLE_MODEL_OPTIONS && secondsLeft(deadlineNanos) >= MINIMUM_SOLVE_SECONDS) {
            List<Option> wider = nearRelaxation(relaxation, incumbent, widened.perDemand(), useful);
            incumbent = better(
                    checker,
                    incumbent,
                    portfolio(wider, incumbent, margin, secondsLeft(deadlineNanos))
                            .allocation());
            useful = relaxation.reduced().within(Objective.of(problem, incumbent));
        }
        double left = secondsLeft(deadlineNanos);
        if (left < MINIMUM_SOLVE_SECONDS) {
            return new Outcome(incumbent, false, relaxation.reduced().bound());
        }
        Outcome outcome = portfolio(useful, incumbent, margin, left);
        double bound = Math.max(relaxation.reduced().bound(), outcome.bound());
        // SCIP may set the hint aside and stop at the time limit with a worse plan; the incumbent stays then.
        Allocation best = better(checker, incumbent, outcome.allocation());
        return new Outcome(best, outcome.provenOptimal() && best == outcome.allocation(), bound);
    }

    /** The best plan of the widening, and the options per demand of the first neighbourhood it did not search. */
    private record Widened(Allocation best, int perDemand) {}

    /**
     * SCIP over ever wider neighbourhoods of the relaxation, each from the best plan of the one before: the options
     * of {@link #NEAR_PER_DEMAND} lowest reduced costs per demand, then twice as many, and so on. Each neighbourhood
     * holds the best plan's options, so the plan can only improve. It goes on while SCIP proves each neighbourhood's
     * best plan within its share of the time left, and stops before a neighbourhood that holds nearly every option a
     * better plan may use: searching that is no quicker than searching them all, which also proves a bound.
     *
     * <p>A neighbourhood SCIP proves does not depend on the clock, so neither does the plan it hands on. At seed 1,
     * 4 origins / 250 patients, this chain finds the optimum in about two seconds of one core; one search over all
     * the options left after the first neighbourhood needed 3.3 s, and what it held when the time limit cut it
     * depended on the machine's load.
     */
    private Widened widen(Relaxation relaxation, Allocation start, FleetTimeMargin margin, long deadlineNanos) {
        PlanChecker checker = new PlanChecker(problem);
        Allocation best = start;
        int perDemand = NEAR_PER_DEMAND;
        while (secondsLeft(deadlineNanos) >= MINIMUM_SOLVE_SECONDS) {
            List<Option> useful = relaxation.reduced().within(Objective.of(problem, best));
            List<Option> near = nearRelaxation(relaxation, best, perDemand, useful);
            if (perDemand > NEAR_PER_DEMAND && near.size() >= WIDEST_SHARE * useful.size()) {
                break;
            }
            double share = perDemand == NEAR_PER_DEMAND ? NEAR_SHARE : WIDER_SHARE;
            Outcome outcome = solveOver(near, best, margin, share * secondsLeft(deadlineNanos));
            best = better(checker, best, outcome.allocation());
            perDemand *= 2;
            if (!outcome.provenOptimal()) {
                break;
            }
        }
        return new Widened(best, perDemand);
    }

    /** The plan rounded from the relaxation, before any search, and the relaxation's bound: for tests. */
    Outcome firstPlanAlone() {
        Relaxation relaxation = relax();
        return new Outcome(
                firstPlan(relaxation, FleetTimeMargin.NONE),
                false,
                relaxation.reduced().bound());
    }

    /** The plan after the widening, before the search over everything left, and the relaxation's bound: for tests. */
    Outcome widenedAlone(long deadlineNanos) {
        Relaxation relaxation = relax();
        Allocation first = firstPlan(relaxation, FleetTimeMargin.NONE);
        return new Outcome(
                widen(relaxation, first, FleetTimeMargin.NONE, deadlineNanos).best(),
                false,
                relaxation.reduced().bound());
    }

    /** The candidate if it keeps the contract exactly and costs less than the best plan so far, else that plan. */
    private Allocation better(PlanChecker checker, Allocation best, Allocation candidate) {
        if (candidate != null
                && checker.check(candidate).feasible()
                && Objective.of(problem, candidate) < Objective.of(problem, best)) {
            return candidate;
        }
        return best;
    }

    /**
     * The options near the relaxation, where a good plan is likely: those the LP uses, those the best plan uses, and
     * for each demand the few of the lowest reduced cost among those a better plan may use ({@code useful}).
     */
    private List<Option> nearRelaxation(Relaxation relaxation, Allocation best, int perDemand, List<Option> useful) {
        var near = new LinkedHashSet<Option>(relaxation.support());
        usedBy(best).stream().filter(relaxation.reduced().costs()::containsKey).forEach(near::add);
        var byDemand = new LinkedHashMap<Demand, List<Option>>();
        for (Option option : useful) {
            byDemand.computeIfAbsent(option.demand(), demand -> new ArrayList<>())
                    .add(option);
        }
        byDemand.values()
                .forEach(list -> list.stream()
                        .sorted(Comparator.comparingDouble(relaxation.reduced().costs()::get))
                        .limit(perDemand)
                        .forEach(near::add));
        return List.copyOf(near);
    }

    /** The options the plan moves patients by. */
    private List<Option> usedBy(Allocation plan) {
        var hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var transports = Objective.byId(problem.transports(), Transport::id);
        var groups = Objective.byId(problem.patients(), PatientGroup::id);
        var used = new LinkedHashSet<Option>();
        for (Transfer transfer : plan.transfers()) {
            used.add(new Option(
                    demandOf.get(groups.get(transfer.group())),
                    hospitals.get(transfer.to()),
                    transports.get(transfer.transport())));
        }
        return List.copyOf(used);
    }

    private static double secondsLeft(long deadlineNanos) {
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1e9 - RESERVED_SECONDS);
    }

    /**
     * {@link #SEARCHES} SCIP searches over the same options at once, with random seeds 0, 1, …: the best plan of them,
     * proven optimal if the search that found it proved it, and the highest of their bounds (each is proven).
     */
    private Outcome portfolio(List<Option> included, Allocation hint, FleetTimeMargin margin, double seconds) {
        if (SEARCHES == 1) {
            return solveOver(included, hint, margin, seconds, 0);
        }
        ExecutorService searches = Executors.newFixedThreadPool(SEARCHES);
        try {
            var running = new ArrayList<Future<Outcome>>();
            for (int seed = 0; seed < SEARCHES; seed++) {
                int shift = seed;
                running.add(searches.submit(() -> solveOver(included, hint, margin, seconds, shift)));
            }
            var checker = new PlanChecker(problem);
            Outcome best = null;
            double bound = Double.NEGATIVE_INFINITY;
            for (Future<Outcome> search : running) {
                Outcome outcome = search.get();
                bound = Math.max(bound, outcome.bound());
                if (outcome.allocation() != null
                        && checker.check(outcome.allocation()).feasible()
                        && (best == null
                                || Objective.of(problem, outcome.allocation())
                                        < Objective.of(problem, best.allocation()))) {
                    best = outcome;
                }
            }
            return best == null
                    ? new Outcome(null, false, bound)
                    : new Outcome(best.allocation(), best.provenOptimal(), bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while searching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A search failed", e.getCause());
        } finally {
            searches.shutdownNow();
        }
    }

    private Outcome solveOver(List<Option> included, Allocation hint, FleetTimeMargin margin, double seconds) {
        return solveOver(included, hint, margin, seconds, 0);
    }

    private Outcome solveOver(
            List<Option> included, Allocation hint, FleetTimeMargin margin, double seconds, int seedShift) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools was built without SCIP");
        }
        try {
            var model = new Formulation(solver, included, VariableKind.INTEGER, margin, null);
            hint(solver, hint, model);
            solver.setSolverSpecificParametersAsString(
                    SCIP_PARAMETERS + "\nrandomization/randomseedshift = " + seedShift);
            // SCIP checks its clock between steps and overran by up to a tenth on the busy benchmark machine.
            solver.setTimeLimit(Math.max(1, (long) (SCIP_CLOCK_SHARE * seconds * 1000)));
            var parameters = new MPSolverParameters();
            // SCIP stops at a relative gap of 1e-4 by default; the contract's OPTIMAL means proven.
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            MPSolver.ResultStatus status = solver.solve(parameters);
            double bound = solver.objective().bestBound();
            bound = Double.isFinite(bound) ? bound : 0;
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Outcome(null, false, bound);
            }
            return new Outcome(allocation(values(model.moved)), status == MPSolver.ResultStatus.OPTIMAL, bound);
        } finally {
            solver.delete();
        }
    }

    /** The LP relaxation over every option: its reduced costs and bound, and its trips of many-seat vehicles. */
    private record Relaxation(ReducedCosts reduced, Map<Route, Double> trips, List<Option> support) {}

    private Relaxation relax() {
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            var relaxation = new Formulation(lp, options, VariableKind.CONTINUOUS, FleetTimeMargin.NONE, null);
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                var none = new LinkedHashMap<Option, Double>();
                options.forEach(option -> none.put(option, 0.0));
                return new Relaxation(new ReducedCosts(none, 0), Map.of(), List.of());
            }
            var trips = new LinkedHashMap<Route, Double>();
            relaxation.trips.forEach((route, y) -> trips.put(route, y.solutionValue()));
            List<Option> support = relaxation.moved.entrySet().stream()
                    .filter(x -> x.getValue().solutionValue() > INTEGRAL)
                    .map(Map.Entry::getKey)
                    .toList();
            return new Relaxation(relaxation.reducedCosts(), trips, support);
        } finally {
            lp.delete();
        }
    }

    /** A way to round the relaxation's trips of many-seat vehicles within the fleet time it is given. */
    private interface TripRounding {
        Map<Route, Integer> round(Map<Route, Double> trips, Map<Transport, Double> minutesLeft);
    }

    /**
     * A plan rounded from the relaxation, the better of two roundings of its many-seat trips: neither is best on every
     * generated problem. The trips rounded are fixed; with them fixed every row left is a ≤ row with coefficients of
     * at least 0 in x, so the second LP's x rounded down keeps them all. A greedy pass then places what rounding left,
     * the most urgent patients first, where they cost least with the beds, seats and fleet time still free. Null when
     * the LPs fail.
     */
    private Allocation firstPlan(Relaxation relaxation, FleetTimeMargin margin) {
        Allocation best = null;
        for (TripRounding rounding : List.<TripRounding>of(this::byLargestRemainder, this::upLargestFirst)) {
            Allocation plan = roundedPlan(relaxation, margin, rounding);
            if (plan != null && (best == null || Objective.of(problem, plan) < Objective.of(problem, best))) {
                best = plan;
            }
        }
        return best;
    }

    private Allocation roundedPlan(Relaxation relaxation, FleetTimeMargin margin, TripRounding rounding) {
        double share = margin == FleetTimeMargin.SAFE ? SAFE_FLEET_TIME : 1;
        var minutesLeft = new HashMap<Transport, Double>();
        problem.transports().forEach(by -> minutesLeft.put(by, share * by.count() * by.dutyMinutes()));
        Map<Route, Integer> fixed = rounding.round(relaxation.trips(), minutesLeft);
        MPSolver lp = MPSolver.createSolver("GLOP");
        Map<Option, Double> lpMoved;
        try {
            var model = new Formulation(lp, options, VariableKind.CONTINUOUS, margin, fixed);
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                return null;
            }
            lpMoved = values(model.moved);
        } finally {
            lp.delete();
        }
        var plan = new GreedyPlan(fixed, minutesLeft);
        lpMoved.entrySet().stream()
                .sorted(Map.Entry.<Option, Double>comparingByValue().reversed())
                .forEach(moved -> plan.add(moved.getKey(), (int) Math.floor(moved.getValue() + INTEGRAL), false));
        plan.fill();
        return allocation(plan.moved);
    }

    /**
     * The relaxation's trips rounded up, the routes of most trips first, while the fleet has the time, and down
     * otherwise. Takes the minutes used off {@code minutesLeft}.
     */
    private Map<Route, Integer> upLargestFirst(Map<Route, Double> trips, Map<Transport, Double> minutesLeft) {
        var fixed = new LinkedHashMap<Route, Integer>();
        trips.entrySet().stream()
                .filter(trip -> trip.getValue() > INTEGRAL)
                .sorted(Map.Entry.<Route, Double>comparingByValue().reversed())
                .forEach(trip -> {
                    Route route = trip.getKey();
                    double minutes = routes.tripMinutes(route.by(), route.from(), route.to());
                    int up = (int) Math.ceil(trip.getValue() - INTEGRAL);
                    int down = (int) Math.floor(trip.getValue() + INTEGRAL);
                    double left = minutesLeft.get(route.by());
                    int rounded = up * minutes <= left ? up : Math.min(down, (int) Math.floor(left / minutes));
                    if (rounded > 0) {
                        fixed.put(route, rounded);
                        minutesLeft.merge(route.by(), -rounded * minutes, Double::sum);
                    }
                });
        return fixed;
    }

    /**
     * The relaxation's trips of many-seat vehicles rounded within each fleet's time by largest remainder: every route
     * keeps its whole trips, then the routes of the largest fractions get one more while the fleet has the time. So
     * a fleet's trips stay spread over the routes the relaxation uses, as its patients are. Takes the minutes used off
     * {@code minutesLeft}.
     */
    private Map<Route, Integer> byLargestRemainder(Map<Route, Double> trips, Map<Transport, Double> minutesLeft) {
        var fixed = new LinkedHashMap<Route, Integer>();
        var used = trips.entrySet().stream()
                .filter(trip -> trip.getValue() > INTEGRAL)
                .sorted(Map.Entry.<Route, Double>comparingByValue().reversed())
                .toList();
        for (Map.Entry<Route, Double> trip : used) {
            Route route = trip.getKey();
            double minutes = routes.tripMinutes(route.by(), route.from(), route.to());
            int whole = Math.min((int) Math.floor(trip.getValue() + INTEGRAL), (int)
                    Math.floor(minutesLeft.get(route.by()) / minutes));
            if (whole > 0) {
                fixed.put(route, whole);
                minutesLeft.merge(route.by(), -whole * minutes, Double::sum);
            }
        }
        used.stream()
                .sorted(Comparator.comparingDouble((Map.Entry<Route, Double> trip) ->
                                trip.getValue() - fixed.getOrDefault(trip.getKey(), 0))
                        .reversed())
                .filter(trip -> trip.getValue() - fixed.getOrDefault(trip.getKey(), 0) > INTEGRAL)
                .forEach(trip -> {
                    Route route = trip.getKey();
                    double minutes = routes.tripMinutes(route.by(), route.from(), route.to());
                    if (minutes <= minutesLeft.get(route.by())) {
                        fixed.merge(route, 1, Integer::sum);
                        minutesLeft.merge(route.by(), -minutes, Double::sum);
                    }
                });
        return fixed;
    }

    /**
     * A plan built patient by patient within exact residuals: beds, patients, the fleet time left after the fixed
     * trips, and the room on the fixed trips of many-seat vehicles. What it holds keeps the contract by construction.
     */
    private final class GreedyPlan {

        final Map<Option, Integer> moved = new LinkedHashMap<>();
        private final Map<Demand, Integer> left = new HashMap<>();
        private final Map<BedKey, Integer> beds = new HashMap<>();
        private final Map<Transport, Double> minutesLeft;
        private final Map<Route, int[]> room = new HashMap<>();

        GreedyPlan(Map<Route, Integer> fixedTrips, Map<Transport, Double> minutesLeft) {
            this.minutesLeft = new HashMap<>(minutesLeft);
            demands.forEach(demand -> left.put(demand, demand.count()));
            fixedTrips.forEach((route, trips) -> {
                int[] perLevel = new int[CareLevel.values().length + 1];
                for (CareLevel level : CareLevel.values()) {
                    perLevel[level.ordinal()] = trips * route.by().capacity().of(level);
                }
                perLevel[CareLevel.values().length] = trips * route.by().seats();
                room.put(route, perLevel);
            });
        }

        /**
         * Adds up to {@code patients} on the option, as many as fit: on a many-seat vehicle into the room its trips
         * on the route have, and with {@code newTrips} also on more trips while its fleet has the time.
         */
        void add(Option option, int patients, boolean newTrips) {
            int most = Math.min(
                    Math.min(patients, left.get(option.demand())),
                    option.to().free().of(option.demand().level()) - beds.getOrDefault(bedOf(option), 0));
            if (most <= 0) {
                return;
            }
            double minutes = tripMinutes(option);
            int tripsLeft = (int) Math.floor(minutesLeft.get(option.by()) / minutes);
            int fit;
            if (option.oneSeat()) {
                fit = Math.min(most, tripsLeft);
                minutesLeft.merge(option.by(), -fit * minutes, Double::sum);
            } else {
                int level = option.demand().level().ordinal();
                int seats = CareLevel.values().length;
                int[] free = room.computeIfAbsent(routeOf(option), route -> new int[seats + 1]);
                int perTrip = Math.min(
                        option.by().capacity().of(option.demand().level()),
                        option.by().seats());
                int extra = newTrips ? tripsLeft : 0;
                fit = Math.min(most, Math.min(free[level] + extra * perTrip, free[seats] + extra * perTrip));
                int opened =
                        Math.max(0, Math.max(ceilDiv(fit - free[level], perTrip), ceilDiv(fit - free[seats], perTrip)));
                if (opened > 0) {
                    for (CareLevel other : CareLevel.values()) {
                        free[other.ordinal()] += opened * option.by().capacity().of(other);
                    }
                    free[seats] += opened * option.by().seats();
                    minutesLeft.merge(option.by(), -opened * minutes, Double::sum);
                }
                free[level] -= fit;
                free[seats] -= fit;
            }
            if (fit <= 0) {
                return;
            }
            moved.merge(option, fit, Integer::sum);
            left.merge(option.demand(), -fit, Integer::sum);
            beds.merge(bedOf(option), fit, Integer::sum);
        }

        /**
         * Places the patients left, the most urgent of all demands first: for each priority in turn, every demand
         * takes up to its patients of that priority and above on its cheapest options that fit, a one-seat vehicle
         * with the time or a seat on a trip already made, and then on new trips of many-seat vehicles.
         */
        void fill() {
            var byDemand = new HashMap<Demand, List<Option>>();
            for (Option option : options) {
                byDemand.computeIfAbsent(option.demand(), demand -> new ArrayList<>())
                        .add(option);
            }
            byDemand.values().forEach(list -> list.sort(Comparator.comparingDouble(DistributionMip.this::sharedCost)));
            for (int priority = 1; priority <= PRIORITIES; priority++) {
                for (boolean newTrips : new boolean[] {false, true}) {
                    for (Demand demand : demands) {
                        int urgent = 0;
                        for (int p = 1; p <= priority; p++) {
                            urgent += demand.perPriority().get(p - 1);
                        }
                        for (Option option : byDemand.getOrDefault(demand, List.of())) {
                            int wanted = urgent - (demand.count() - left.get(demand));
                            if (wanted <= 0) {
                                break;
                            }
                            add(option, wanted, newTrips);
                        }
                    }
                }
            }
        }

        private BedKey bedOf(Option option) {
            return new BedKey(option.to(), option.demand().level());
        }
    }

    /** What a patient on the option costs with a full vehicle: the ride, and its share of the trip. */
    private double sharedCost(Option option) {
        int perTrip = Math.min(
                option.by().capacity().of(option.demand().level()), option.by().seats());
        return routes.rideMinutes(option.by(), option.demand().origin(), option.to())
                + Objective.TRIP_WEIGHT * tripMinutes(option) / perTrip;
    }

    private static int ceilDiv(int patients, int perTrip) {
        return patients <= 0 ? 0 : (patients + perTrip - 1) / perTrip;
    }

    /** What one more patient on the option costs when a trip is already there: the ride, and a one-seat trip. */
    private double unitCost(Option option) {
        double ride = routes.rideMinutes(option.by(), option.demand().origin(), option.to());
        return option.oneSeat() ? ride + Objective.TRIP_WEIGHT * tripMinutes(option) : ride;
    }

    private enum VariableKind {
        INTEGER,
        CONTINUOUS
    }

    /** A coefficient of a variable in a row, kept to compute reduced costs from the model's own numbers. */
    private record Term(MPConstraint row, double coefficient) {}

    /**
     * The variables and rows of the model over the given options. With {@code fixedTrips} (may be null) every trip
     * variable is fixed to its value there, 0 where it has none.
     */
    private final class Formulation {

        final Map<Demand, List<MPVariable>> unplaced = new LinkedHashMap<>();
        final Map<Option, MPVariable> moved = new LinkedHashMap<>();
        final Map<Route, List<Option>> onRoute = new LinkedHashMap<>();
        final Map<Route, MPVariable> trips = new LinkedHashMap<>();
        private final Map<Demand, MPConstraint> counted = new HashMap<>();
        private final Map<BedKey, MPConstraint> beds = new HashMap<>();
        private final Map<Transport, MPConstraint> fleets = new HashMap<>();
        private final Map<MPVariable, List<Term>> columns = new LinkedHashMap<>();
        private final Map<MPVariable, Double> costs = new HashMap<>();
        private final List<MPConstraint> equalities = new ArrayList<>();
        private final List<MPConstraint> atMost = new ArrayList<>();
        private final MPSolver solver;
        private final double fleetShare;

        Formulation(
                MPSolver solver,
                List<Option> included,
                VariableKind kind,
                FleetTimeMargin margin,
                Map<Route, Integer> fixedTrips) {
            this.solver = solver;
            this.fleetShare = margin == FleetTimeMargin.SAFE ? SAFE_FLEET_TIME : 1;
            boolean integer = kind == VariableKind.INTEGER;
            for (Demand demand : demands) {
                var perPriority = new ArrayList<MPVariable>();
                for (int priority = 1; priority <= PRIORITIES; priority++) {
                    int count = demand.perPriority().get(priority - 1);
                    MPVariable u = count == 0 ? null : solver.makeVar(0, count, integer, "u");
                    perPriority.add(u);
                    if (u != null) {
                        cost(u, Objective.unplacedWeight(priority));
                    }
                }
                unplaced.put(demand, perPriority);
            }
            for (Option option : included) {
                MPVariable x = solver.makeVar(0, mostMoved(option), integer, "x");
                moved.put(option, x);
                cost(x, unitCost(option));
                if (!option.oneSeat()) {
                    onRoute.computeIfAbsent(routeOf(option), route -> new ArrayList<>())
                            .add(option);
                }
            }
            onRoute.forEach((route, carried) -> {
                Integer fixed = fixedTrips == null ? null : fixedTrips.getOrDefault(route, 0);
                long most = fixed == null ? mostTrips(route, carried) : fixed;
                MPVariable y = solver.makeVar(fixed == null ? 0 : fixed, most, integer, "y");
                trips.put(route, y);
                cost(y, Objective.TRIP_WEIGHT * routes.tripMinutes(route.by(), route.from(), route.to()));
            });
            everyPatientCounted();
            beds();
            tripCapacity();
            fleetTime();
            MPObjective objective = solver.objective();
            costs.forEach(objective::setCoefficient);
            objective.setMinimization();
        }

        private void cost(MPVariable variable, double cost) {
            costs.put(variable, cost);
            columns.put(variable, new ArrayList<>());
        }

        private void put(MPConstraint row, MPVariable variable, double coefficient) {
            row.setCoefficient(variable, coefficient);
            columns.get(variable).add(new Term(row, coefficient));
        }

        private MPConstraint atMost(double limit) {
            MPConstraint row = solver.makeConstraint(Double.NEGATIVE_INFINITY, limit);
            atMost.add(row);
            return row;
        }

        // Constraint 1, with the unplaced split by priority.
        private void everyPatientCounted() {
            unplaced.forEach((demand, perPriority) -> {
                MPConstraint row = solver.makeConstraint(demand.count(), demand.count());
                equalities.add(row);
                perPriority.stream().filter(u -> u != null).forEach(u -> put(row, u, 1));
                counted.put(demand, row);
            });
            moved.forEach((option, x) -> put(counted.get(option.demand()), x, 1));
        }

        // Constraint 2.
        private void beds() {
            moved.forEach((option, x) -> put(
                    beds.computeIfAbsent(
                            new BedKey(option.to(), option.demand().level()),
                            key -> atMost(key.hospital().free().of(key.level()))),
                    x,
                    1));
        }

        // Constraints 3 and 4 for many-seat vehicles (a one-seat vehicle's trips are its patients). A trip never
        // carries more than the patients who could take the route at all, so the coefficient of y is the smaller of
        // the vehicle's room and those patients: the same integer plans, a tighter LP relaxation.
        private void tripCapacity() {
            onRoute.forEach((route, carried) -> {
                MPVariable y = trips.get(route);
                var mostPerLevel = new EnumMap<CareLevel, Integer>(CareLevel.class);
                carried.forEach(option -> mostPerLevel.merge(option.demand().level(), mostMoved(option), Integer::sum));
                int most = mostPerLevel.values().stream()
                        .mapToInt(Integer::intValue)
                        .sum();
                MPConstraint seatRow = atMost(0);
                put(seatRow, y, -Math.min(route.by().seats(), most));
                var perLevel = new EnumMap<CareLevel, MPConstraint>(CareLevel.class);
                for (Option option : carried) {
                    MPConstraint load = perLevel.computeIfAbsent(option.demand().level(), level -> {
                        MPConstraint row = atMost(0);
                        put(row, y, -Math.min(route.by().capacity().of(level), mostPerLevel.get(level)));
                        return row;
                    });
                    put(load, moved.get(option), 1);
                    put(seatRow, moved.get(option), 1);
                }
            });
        }

        // Constraint 5: a one-seat vehicle's patient takes one trip of the fleet's time.
        private void fleetTime() {
            moved.forEach((option, x) -> {
                if (option.oneSeat()) {
                    put(fleet(option.by()), x, tripMinutes(option));
                }
            });
            trips.forEach(
                    (route, y) -> put(fleet(route.by()), y, routes.tripMinutes(route.by(), route.from(), route.to())));
        }

        private MPConstraint fleet(Transport by) {
            return fleets.computeIfAbsent(by, transport -> atMost(fleetShare * by.count() * by.dutyMinutes()));
        }

        /**
         * The Lagrangian bound and reduced costs of this formulation's LP duals: for duals of the right signs, every
         * plan costs at least {@code Σ dual · rhs + Σ min(0, d) · ub} (all lower bounds are 0 here), where {@code d} is
         * a variable's cost less its column priced by the duals. Computed here from the model's own coefficients, so
         * inaccurate duals only weaken it.
         */
        ReducedCosts reducedCosts() {
            var dual = new HashMap<MPConstraint, Double>();
            double bound = 0;
            for (MPConstraint row : equalities) {
                dual.put(row, row.dualValue());
                bound += row.dualValue() * row.ub();
            }
            for (MPConstraint row : atMost) {
                // The dual of a ≤ row of a minimum is at most 0; one of the wrong sign is replaced by 0, still valid.
                double value = Math.min(0, row.dualValue());
                dual.put(row, value);
                bound += value * row.ub();
            }
            var reduced = new HashMap<MPVariable, Double>();
            for (Map.Entry<MPVariable, List<Term>> column : columns.entrySet()) {
                double d = costs.get(column.getKey());
                for (Term term : column.getValue()) {
                    d -= dual.get(term.row()) * term.coefficient();
                }
                reduced.put(column.getKey(), d);
                bound += Math.min(0, d) * column.getKey().ub();
            }
            var costOf = new LinkedHashMap<Option, Double>();
            moved.forEach((option, x) -> {
                double cost = reduced.get(x);
                // A patient on a many-seat vehicle needs a trip on its route too; both add what they cost.
                if (!option.oneSeat()) {
                    cost = Math.max(0, cost) + Math.max(0, reduced.get(trips.get(routeOf(option))));
                }
                costOf.put(option, cost);
            });
            return new ReducedCosts(costOf, bound);
        }
    }

    /**
     * Reduced-cost fixing on the LP relaxation: every feasible plan that uses option {@code o} costs at least
     * {@code bound + cost(o)}, so an option whose one patient would already cost more than a feasible plan's objective
     * cannot be in a better plan.
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
    }

    private void hint(MPSolver solver, Allocation hint, Formulation model) {
        var hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var transports = Objective.byId(problem.transports(), Transport::id);
        var groups = Objective.byId(problem.patients(), PatientGroup::id);
        var values = new LinkedHashMap<MPVariable, Double>();
        var placed = new HashMap<Demand, Integer>();
        for (Transfer transfer : hint.transfers()) {
            Demand demand = demandOf.get(groups.get(transfer.group()));
            MPVariable x = model.moved.get(
                    new Option(demand, hospitals.get(transfer.to()), transports.get(transfer.transport())));
            if (x != null) {
                values.merge(x, (double) transfer.count(), Double::sum);
                placed.merge(demand, transfer.count(), Integer::sum);
            }
        }
        model.unplaced.forEach((demand, perPriority) -> {
            // The patients placed are the most urgent ones: the unplaced are counted from the least urgent up.
            int unplaced = demand.count() - placed.getOrDefault(demand, 0);
            for (int priority = PRIORITIES; priority >= 1; priority--) {
                MPVariable u = perPriority.get(priority - 1);
                if (u != null) {
                    int here = Math.min(unplaced, demand.perPriority().get(priority - 1));
                    values.put(u, (double) here);
                    unplaced -= here;
                }
            }
        });
        for (Trip trip : hint.trips()) {
            MPVariable y = model.trips.get(
                    new Route(transports.get(trip.transport()), hospitals.get(trip.from()), hospitals.get(trip.to())));
            if (y != null) {
                values.merge(y, (double) trip.count(), Double::sum);
            }
        }
        model.moved.values().forEach(x -> values.putIfAbsent(x, 0.0));
        model.trips.values().forEach(y -> values.putIfAbsent(y, 0.0));
        var variables = new ArrayList<>(values.keySet());
        solver.setHint(
                variables.toArray(MPVariable[]::new),
                variables.stream().mapToDouble(values::get).toArray());
    }

    private static Map<Option, Double> values(Map<Option, MPVariable> moved) {
        var values = new LinkedHashMap<Option, Double>();
        moved.forEach((option, x) -> values.put(option, x.solutionValue()));
        return values;
    }

    /**
     * Patients per option handed back to the groups, most urgent first, and the fewest trips that carry them: never
     * more than a solver's y, so the fleet time and the objective can only drop.
     */
    private Allocation allocation(Map<Option, ? extends Number> moved) {
        var left = new HashMap<PatientGroup, Integer>();
        problem.patients().forEach(group -> left.put(group, group.count()));
        var transfers = new ArrayList<Transfer>();
        var loads = new LinkedHashMap<Route, int[]>();
        moved.forEach((option, value) -> {
            int patients = (int) Math.round(value.doubleValue());
            if (patients <= 0) {
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
        long patients = carried.stream().mapToLong(DistributionMip::mostMoved).sum();
        double minutes = routes.tripMinutes(route.by(), route.from(), route.to());
        double byFleetTime = route.by().count() * route.by().dutyMinutes() / minutes;
        // A hair of slack so that a quotient that should be whole but came out just below it keeps its last trip.
        return byFleetTime >= patients ? patients : Math.min(patients, (long) Math.floor(byFleetTime + 1e-9));
    }

    private double tripMinutes(Option option) {
        return routes.tripMinutes(option.by(), option.demand().origin(), option.to());
    }

    private Route routeOf(Option option) {
        return new Route(option.by(), option.demand().origin(), option.to());
    }

    private static List<Demand> demands(DistributionProblem problem) {
        var hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var classes = new LinkedHashMap<List<Object>, List<PatientGroup>>();
        for (PatientGroup group : problem.patients()) {
            classes.computeIfAbsent(List.of(group.origin(), group.level()), key -> new ArrayList<>())
                    .add(group);
        }
        var demands = new ArrayList<Demand>();
        classes.forEach((key, groups) -> {
            var mostUrgentFirst = new ArrayList<>(groups);
            // List.sort is stable: groups of one priority keep the problem's order.
            mostUrgentFirst.sort(Comparator.comparingInt(PatientGroup::priority));
            var perPriority = new ArrayList<Integer>();
            for (int priority = 1; priority <= PRIORITIES; priority++) {
                int p = priority;
                perPriority.add(groups.stream()
                        .filter(group -> group.priority() == p)
                        .mapToInt(PatientGroup::count)
                        .sum());
            }
            PatientGroup first = groups.get(0);
            demands.add(new Demand(
                    hospitals.get(first.origin()),
                    first.level(),
                    List.copyOf(mostUrgentFirst),
                    List.copyOf(perPriority)));
        });
        return demands;
    }
}

package se.nspl.distribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimum of a tiny problem by trying every way to split each group over its allowed transfers, without a solver:
 * an independent check of the optimiser. Given the transfers, the fewest trips that carry them are the best trips, so
 * only the transfers are enumerated.
 */
final class BruteForce {

    private final DistributionProblem problem;
    private final Routes routes;
    private final List<List<Choice>> choices = new ArrayList<>();
    private final List<RouteTrip> routeTrips = new ArrayList<>();
    private final Map<String, Hospital> hospitals;
    private final int[] count;

    private final int[][] moved;
    private double best = Double.POSITIVE_INFINITY;
    private int[][] bestMoved;
    private long leaves;

    private record Choice(int route, Hospital to, Transport by, double ride) {}

    private record RouteTrip(Transport by, Hospital from, Hospital to, double minutes) {}

    BruteForce(DistributionProblem problem) {
        this.problem = problem;
        this.routes = new Routes(problem);
        this.hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var routeIndex = new HashMap<List<String>, Integer>();
        for (PatientGroup group : problem.patients()) {
            Hospital from = hospitals.get(group.origin());
            var options = new ArrayList<Choice>();
            for (Hospital to : problem.hospitals()) {
                for (Transport by : problem.transports()) {
                    if (routes.isAllowed(group, to, by)) {
                        int route = routeIndex.computeIfAbsent(List.of(by.id(), from.id(), to.id()), key -> {
                            routeTrips.add(new RouteTrip(by, from, to, routes.tripMinutes(by, from, to)));
                            return routeTrips.size() - 1;
                        });
                        options.add(new Choice(route, to, by, routes.rideMinutes(by, from, to)));
                    }
                }
            }
            choices.add(options);
        }
        this.count = problem.patients().stream().mapToInt(PatientGroup::count).toArray();
        this.moved = new int[count.length][];
        for (int p = 0; p < count.length; p++) {
            moved[p] = new int[choices.get(p).size()];
        }
    }

    /** The lowest objective of any feasible plan. */
    double optimum() {
        var bedsLeft = new HashMap<String, Integer>();
        split(0, 0, count.length == 0 ? 0 : count[0], bedsLeft);
        return best;
    }

    long plansTried() {
        return leaves;
    }

    private void split(int p, int option, int left, Map<String, Integer> bedsTaken) {
        if (p == count.length) {
            evaluate();
            return;
        }
        List<Choice> options = choices.get(p);
        if (option == options.size()) {
            split(p + 1, 0, p + 1 < count.length ? count[p + 1] : 0, bedsTaken);
            return;
        }
        CareLevel level = problem.patients().get(p).level();
        Choice choice = options.get(option);
        String bed = choice.to().id() + " " + level;
        int taken = bedsTaken.getOrDefault(bed, 0);
        int most = Math.min(left, choice.to().free().of(level) - taken);
        for (int n = 0; n <= most; n++) {
            moved[p][option] = n;
            bedsTaken.put(bed, taken + n);
            split(p, option + 1, left - n, bedsTaken);
        }
        bedsTaken.put(bed, taken);
        moved[p][option] = 0;
    }

    private void evaluate() {
        leaves++;
        int levels = CareLevel.values().length;
        int[][] load = new int[routeTrips.size()][levels];
        double cost = 0;
        for (int p = 0; p < count.length; p++) {
            PatientGroup group = problem.patients().get(p);
            int placed = 0;
            for (int o = 0; o < moved[p].length; o++) {
                Choice choice = choices.get(p).get(o);
                placed += moved[p][o];
                load[choice.route()][group.level().ordinal()] += moved[p][o];
                cost += moved[p][o] * choice.ride();
            }
            cost += (double) Objective.unplacedWeight(group.priority()) * (count[p] - placed);
        }
        var fleetMinutes = new HashMap<Transport, Double>();
        for (int r = 0; r < routeTrips.size(); r++) {
            RouteTrip route = routeTrips.get(r);
            int trips = fewestTrips(route.by(), load[r]);
            cost += 0.1 * trips * route.minutes();
            fleetMinutes.merge(route.by(), trips * route.minutes(), Double::sum);
        }
        for (Map.Entry<Transport, Double> used : fleetMinutes.entrySet()) {
            if (used.getValue() > used.getKey().count() * used.getKey().dutyMinutes()) {
                return;
            }
        }
        if (cost < best) {
            best = cost;
            bestMoved = new int[moved.length][];
            for (int p = 0; p < moved.length; p++) {
                bestMoved[p] = moved[p].clone();
            }
        }
    }

    private static int fewestTrips(Transport by, int[] load) {
        int trips = 0;
        int total = 0;
        for (CareLevel level : CareLevel.values()) {
            int patients = load[level.ordinal()];
            total += patients;
            if (patients > 0) {
                trips = Math.max(
                        trips,
                        (patients + by.capacity().of(level) - 1) / by.capacity().of(level));
            }
        }
        return Math.max(trips, (total + by.seats() - 1) / by.seats());
    }
}

package se.nspl.distribution.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a coordinator without a tool does, the contract's nearest-free-bed rule, computed to show beside the optimum
 * and to give the solver its first plan.
 *
 * <p>The exact rule, ties included:
 *
 * <ol>
 *   <li>Groups are taken by priority (1 first), then by origin in the order the problem lists its hospitals, then in
 *       the order the problem lists the groups.
 *   <li>For the group's next patients the rule picks the <em>nearest</em> hospital, by great-circle distance from the
 *       origin, that still has a free bed of the group's level and that some allowed transport with enough duty time
 *       left can reach; ties go to the hospital listed first.
 *   <li>To that hospital it takes the <em>fastest</em> such transport, the one with the shortest ride; ties go to the
 *       transport listed first.
 *   <li>One trip of that transport carries as many of the group's remaining patients as fit: no more than the beds
 *       left, the vehicle's capacity for the level and its seats. A trip carries one group only.
 *   <li>This repeats until the group is placed or no hospital qualifies; the rest stay unplaced.
 * </ol>
 */
public final class NearestFreeBedRule {

    private final DistributionProblem problem;
    private final Routes routes;

    public NearestFreeBedRule(DistributionProblem problem) {
        this.problem = problem;
        this.routes = new Routes(problem);
    }

    public Allocation allocate() {
        Map<String, Hospital> hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        var bedsLeft = new HashMap<Hospital, int[]>();
        problem.hospitals().forEach(hospital -> bedsLeft.put(hospital, freeBeds(hospital)));
        var minutesLeft = new HashMap<Transport, Double>();
        problem.transports()
                .forEach(transport -> minutesLeft.put(transport, transport.count() * transport.dutyMinutes()));
        var transfers = new LinkedHashMap<Transfer, Integer>();
        var trips = new LinkedHashMap<Trip, Integer>();

        for (PatientGroup group : inRuleOrder()) {
            Hospital origin = hospitals.get(group.origin());
            int level = group.level().ordinal();
            int remaining = group.count();
            while (remaining > 0) {
                Move move = nextMove(group, origin, bedsLeft, minutesLeft);
                if (move == null) {
                    break;
                }
                int patients = Math.min(
                        Math.min(remaining, bedsLeft.get(move.to())[level]),
                        Math.min(
                                move.by().capacity().of(group.level()),
                                move.by().seats()));
                remaining -= patients;
                bedsLeft.get(move.to())[level] -= patients;
                minutesLeft.merge(move.by(), -routes.tripMinutes(move.by(), origin, move.to()), Double::sum);
                transfers.merge(
                        new Transfer(group.id(), move.to().id(), move.by().id(), 0), patients, Integer::sum);
                trips.merge(new Trip(move.by().id(), origin.id(), move.to().id(), 0), 1, Integer::sum);
            }
        }
        return new Allocation(
                withCounts(
                        transfers,
                        (transfer, count) ->
                                new Transfer(transfer.group(), transfer.to(), transfer.transport(), count)),
                withCounts(trips, (trip, count) -> new Trip(trip.transport(), trip.from(), trip.to(), count)));
    }

    /** The rule's result in the few numbers a coordinator compares. */
    public Baseline summarise(Allocation allocation) {
        int placed = allocation.transfers().stream().mapToInt(Transfer::count).sum();
        int all = problem.patients().stream().mapToInt(PatientGroup::count).sum();
        return new Baseline(
                placed, all - placed, Objective.rideMinutes(problem, allocation), Objective.of(problem, allocation));
    }

    private List<PatientGroup> inRuleOrder() {
        var hospitalOrder = new HashMap<String, Integer>();
        for (int k = 0; k < problem.hospitals().size(); k++) {
            hospitalOrder.put(problem.hospitals().get(k).id(), k);
        }
        // List.sort is stable, so groups of the same priority and origin keep the problem's order.
        var groups = new ArrayList<>(problem.patients());
        groups.sort(Comparator.comparingInt(PatientGroup::priority)
                .thenComparing(group -> hospitalOrder.get(group.origin())));
        return groups;
    }

    private Move nextMove(
            PatientGroup group, Hospital origin, Map<Hospital, int[]> bedsLeft, Map<Transport, Double> minutesLeft) {
        Move best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Hospital to : problem.hospitals()) {
            if (bedsLeft.get(to)[group.level().ordinal()] == 0) {
                continue;
            }
            double km = Routes.greatCircleKm(origin.location(), to.location());
            if (km >= bestKm) {
                continue;
            }
            Transport fastest = fastestTransport(group, origin, to, minutesLeft);
            if (fastest != null) {
                best = new Move(to, fastest);
                bestKm = km;
            }
        }
        return best;
    }

    private Transport fastestTransport(
            PatientGroup group, Hospital origin, Hospital to, Map<Transport, Double> minutesLeft) {
        Transport fastest = null;
        double fastestRide = Double.POSITIVE_INFINITY;
        for (Transport transport : problem.transports()) {
            if (!routes.isAllowed(group, to, transport)
                    || routes.tripMinutes(transport, origin, to) > minutesLeft.get(transport)) {
                continue;
            }
            double ride = routes.rideMinutes(transport, origin, to);
            if (ride < fastestRide) {
                fastest = transport;
                fastestRide = ride;
            }
        }
        return fastest;
    }

    private static int[] freeBeds(Hospital hospital) {
        var beds = new int[CareLevel.values().length];
        for (CareLevel level : CareLevel.values()) {
            beds[level.ordinal()] = hospital.free().of(level);
        }
        return beds;
    }

    private static <K, V> List<V> withCounts(Map<K, Integer> counted, BiFunction<K, Integer, V> make) {
        var entries = new ArrayList<V>();
        counted.forEach((key, count) -> entries.add(make.apply(key, count)));
        return entries;
    }

    private record Move(Hospital to, Transport by) {}
}

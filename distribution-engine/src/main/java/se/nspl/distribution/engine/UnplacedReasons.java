package se.nspl.distribution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says for each group that a plan leaves partly unplaced why, in the words a coordinator uses: the first of the
 * contract's conditions for an allowed transfer that nothing meets, or else what the plan used up.
 */
final class UnplacedReasons {

    private final DistributionProblem problem;
    private final Routes routes;
    private final Map<String, Hospital> hospitals;

    UnplacedReasons(DistributionProblem problem) {
        this.problem = problem;
        this.routes = new Routes(problem);
        this.hospitals = Objective.byId(problem.hospitals(), Hospital::id);
    }

    List<UnplacedGroup> of(Allocation allocation) {
        var unplaced = new ArrayList<UnplacedGroup>();
        for (PatientGroup group : problem.patients()) {
            int count = allocation.unplaced(group);
            if (count > 0) {
                unplaced.add(new UnplacedGroup(group.id(), count, reason(group, allocation)));
            }
        }
        return unplaced;
    }

    private String reason(PatientGroup group, Allocation allocation) {
        Hospital origin = hospitals.get(group.origin());
        CareLevel level = group.level();
        String limit = minutes(problem.maxRideMinutes().of(level));
        List<Hospital> withBeds = problem.hospitals().stream()
                .filter(to -> !to.id().equals(origin.id()) && to.free().of(level) > 0)
                .toList();
        if (withBeds.isEmpty()) {
            return "no other hospital has a free " + level + " bed";
        }
        List<Transport> carriers = problem.transports().stream()
                .filter(transport -> transport.capacity().of(level) > 0)
                .toList();
        if (carriers.isEmpty()) {
            return "no transport can carry " + level + " patients";
        }
        boolean inTime = withBeds.stream()
                .anyMatch(to -> carriers.stream()
                        .anyMatch(by -> routes.rideMinutes(by, origin, to)
                                <= problem.maxRideMinutes().of(level)));
        if (!inTime) {
            return "no free " + level + " bed within " + limit + " min by any transport";
        }
        List<Hospital> reachable = withBeds.stream()
                .filter(to -> carriers.stream().anyMatch(by -> routes.isAllowed(group, to, by)))
                .toList();
        if (reachable.isEmpty()) {
            return "no transport can take them to a free " + level + " bed within " + limit
                    + " min and be back within its duty time";
        }
        Map<String, Integer> taken = bedsTaken(allocation, level);
        int reachableBeds =
                reachable.stream().mapToInt(to -> to.free().of(level)).sum();
        boolean bedsLeft = reachable.stream()
                .anyMatch(to -> taken.getOrDefault(to.id(), 0) < to.free().of(level));
        if (!bedsLeft) {
            return "all " + reachableBeds + " free " + level + " beds within reach went to other patients, the most"
                    + " urgent first";
        }
        return "the transports that can reach a free " + level + " bed in time have no duty time or room left";
    }

    private Map<String, Integer> bedsTaken(Allocation allocation, CareLevel level) {
        var groups = Objective.byId(problem.patients(), PatientGroup::id);
        var taken = new HashMap<String, Integer>();
        for (Transfer transfer : allocation.transfers()) {
            if (groups.get(transfer.group()).level() == level) {
                taken.merge(transfer.to(), transfer.count(), Integer::sum);
            }
        }
        return taken;
    }

    private static String minutes(double minutes) {
        return minutes == Math.rint(minutes) ? String.valueOf((long) minutes) : String.valueOf(minutes);
    }
}

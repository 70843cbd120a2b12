package se.nspl.distribution;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.nspl.distribution.engine.DistributionPlan;
import se.nspl.distribution.engine.DistributionProblem;
import se.nspl.distribution.engine.Hospital;
import se.nspl.distribution.engine.Objective;
import se.nspl.distribution.engine.PatientGroup;
import se.nspl.distribution.engine.Routes;
import se.nspl.distribution.engine.Transport;
import se.nspl.shared.CareLevel;

/** The engine's plan in the platform's words: hospitals by name and region, levels as the platform's. Plain Java. */
final class PlanResults {

    private PlanResults() {}

    static TransferPlan.Result of(
            DistributionProblem problem, DistributionPlan plan, Map<String, ProblemBuilder.Site> sites) {
        var routes = new Routes(problem);
        Map<String, PatientGroup> groups = byId(problem.patients(), PatientGroup::id);
        Map<String, Hospital> hospitals = byId(problem.hospitals(), Hospital::id);
        Map<String, Transport> transports = byId(problem.transports(), Transport::id);
        var transfers = plan.allocation().transfers().stream()
                .map(t -> {
                    var group = groups.get(t.group());
                    var from = sites.get(group.origin());
                    var to = sites.get(t.to());
                    double ride = routes.rideMinutes(
                            transports.get(t.transport()), hospitals.get(group.origin()), hospitals.get(t.to()));
                    return new TransferPlan.Transfer(
                            from.slug(),
                            from.name(),
                            from.region(),
                            from.lat(),
                            from.lon(),
                            to.slug(),
                            to.name(),
                            to.region(),
                            to.lat(),
                            to.lon(),
                            CareLevel.valueOf(group.level().name()),
                            group.priority(),
                            t.transport(),
                            t.count(),
                            tenths(ride));
                })
                .sorted(Comparator.comparing(TransferPlan.Transfer::priority)
                        .thenComparing(TransferPlan.Transfer::fromName)
                        .thenComparing(TransferPlan.Transfer::level)
                        .thenComparing(TransferPlan.Transfer::toName))
                .toList();
        var unplaced = plan.unplacedGroups().stream()
                .map(u -> {
                    var group = groups.get(u.group());
                    var site = sites.get(group.origin());
                    return new TransferPlan.Unplaced(
                            site.slug(),
                            site.name(),
                            site.region(),
                            CareLevel.valueOf(group.level().name()),
                            group.priority(),
                            u.count(),
                            u.reason());
                })
                .toList();
        var baseline = plan.baseline();
        return new TransferPlan.Result(
                plan.status().name(),
                plan.objective(),
                plan.bound(),
                plan.gap(),
                plan.solveMillis(),
                plan.placed(),
                plan.unplaced(),
                tenths(Objective.rideMinutes(problem, plan.allocation())),
                new TransferPlan.Baseline(
                        baseline.placed(), baseline.unplaced(), tenths(baseline.rideMinutes()), baseline.objective()),
                transfers,
                unplaced);
    }

    private static double tenths(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }

    private static <T> Map<String, T> byId(java.util.List<T> entries, Function<T, String> id) {
        return entries.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}

package se.nspl.distribution.engine;

import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a plan as the contract's output JSON. Ride and trip minutes are rounded to a tenth for reading; the
 * objective, bound and gap are written in full, so that the objective printed is the one recomputed.
 */
public final class PlanWriter {

    private final JsonMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(DistributionProblem problem, DistributionPlan plan) {
        var routes = new Routes(problem);
        Map<String, PatientGroup> groups = Objective.byId(problem.patients(), PatientGroup::id);
        Map<String, Hospital> hospitals = Objective.byId(problem.hospitals(), Hospital::id);
        Map<String, Transport> transports = Objective.byId(problem.transports(), Transport::id);

        ObjectNode root = mapper.createObjectNode();
        root.put("status", plan.status().name());
        root.put("objective", plan.objective());
        root.put("bound", plan.bound());
        root.put("gap", plan.gap());
        root.put("solveMillis", plan.solveMillis());
        root.put("placed", plan.placed());
        root.put("unplaced", plan.unplaced());
        ArrayNode transfers = root.putArray("transfers");
        for (Transfer transfer : plan.allocation().transfers()) {
            Hospital from = hospitals.get(groups.get(transfer.group()).origin());
            double ride = routes.rideMinutes(transports.get(transfer.transport()), from, hospitals.get(transfer.to()));
            transfers
                    .addObject()
                    .put("group", transfer.group())
                    .put("to", transfer.to())
                    .put("transport", transfer.transport())
                    .put("count", transfer.count())
                    .put("rideMinutes", tenths(ride));
        }
        ArrayNode trips = root.putArray("trips");
        for (Trip trip : plan.allocation().trips()) {
            double minutes = routes.tripMinutes(
                    transports.get(trip.transport()), hospitals.get(trip.from()), hospitals.get(trip.to()));
            trips.addObject()
                    .put("transport", trip.transport())
                    .put("from", trip.from())
                    .put("to", trip.to())
                    .put("count", trip.count())
                    .put("tripMinutes", tenths(minutes));
        }
        ArrayNode unplaced = root.putArray("unplacedGroups");
        for (UnplacedGroup group : plan.unplacedGroups()) {
            unplaced.addObject()
                    .put("group", group.group())
                    .put("count", group.count())
                    .put("reason", group.reason());
        }
        Baseline baseline = plan.baseline();
        root.putObject("baseline")
                .put("placed", baseline.placed())
                .put("unplaced", baseline.unplaced())
                .put("rideMinutes", tenths(baseline.rideMinutes()))
                .put("objective", baseline.objective());
        return mapper.writeValueAsString(root);
    }

    private static double tenths(double minutes) {
        return Math.round(minutes * 10) / 10.0;
    }
}

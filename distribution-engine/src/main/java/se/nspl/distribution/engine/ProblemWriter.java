package se.nspl.distribution.engine;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a problem as the contract's input JSON, which {@link ProblemReader} reads back to an equal problem. Fields come
 * in the contract's order and every level is written, 0 included, so that the same problem always gives the same text.
 */
public final class ProblemWriter {

    private final JsonMapper mapper =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String write(DistributionProblem problem) {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", problem.name());
        RideLimits limits = problem.maxRideMinutes();
        root.putObject("maxRideMinutes")
                .put("ICU_VENT", limits.icuVent())
                .put("ICU", limits.icu())
                .put("WARD", limits.ward());
        root.put("roadFactor", problem.roadFactor());
        ArrayNode hospitals = root.putArray("hospitals");
        for (Hospital hospital : problem.hospitals()) {
            ObjectNode entry = hospitals
                    .addObject()
                    .put("id", hospital.id())
                    .put("region", hospital.region())
                    .put("lat", hospital.lat())
                    .put("lon", hospital.lon());
            counts(entry.putObject("free"), hospital.free());
        }
        ArrayNode patients = root.putArray("patients");
        for (PatientGroup group : problem.patients()) {
            patients.addObject()
                    .put("id", group.id())
                    .put("origin", group.origin())
                    .put("level", group.level().name())
                    .put("count", group.count())
                    .put("priority", group.priority());
        }
        ArrayNode transports = root.putArray("transport");
        for (Transport transport : problem.transports()) {
            ObjectNode entry = transports
                    .addObject()
                    .put("id", transport.id())
                    .put("mode", transport.mode().name())
                    .put("baseLat", transport.baseLat())
                    .put("baseLon", transport.baseLon())
                    .put("count", transport.count())
                    .put("speedKmh", transport.speedKmh())
                    .put("fixedMinutes", transport.fixedMinutes())
                    .put("dutyMinutes", transport.dutyMinutes());
            counts(entry.putObject("capacity"), transport.capacity());
            entry.put("seats", transport.seats());
        }
        return mapper.writeValueAsString(root);
    }

    private static void counts(ObjectNode node, LevelCounts counts) {
        node.put("ICU_VENT", counts.icuVent()).put("ICU", counts.icu()).put("WARD", counts.ward());
    }
}

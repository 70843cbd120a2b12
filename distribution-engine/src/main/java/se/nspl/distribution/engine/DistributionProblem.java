package se.nspl.distribution.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One distribution problem of the contract: patient groups to move, hospitals with free beds, and the transport to
 * move them with. Errors name the fields as the contract's JSON does, so {@code transports} are {@code transport[k]}.
 */
public record DistributionProblem(
        String name,
        RideLimits maxRideMinutes,
        double roadFactor,
        List<Hospital> hospitals,
        List<PatientGroup> patients,
        List<Transport> transports) {

    /** The contract's road factor when the problem states none. */
    public static final double DEFAULT_ROAD_FACTOR = 1.3;

    public DistributionProblem {
        var errors = new FieldErrors()
                .notBlank("name", name)
                .present("maxRideMinutes", maxRideMinutes)
                // A road is never shorter than the great circle between its ends.
                .check(roadFactor >= 1 && Double.isFinite(roadFactor), "roadFactor", "must be at least 1");
        checkEntries(errors, "hospitals", hospitals);
        checkEntries(errors, "patients", patients);
        checkEntries(errors, "transport", transports);
        errors.throwIfAny();

        hospitals = List.copyOf(hospitals);
        patients = List.copyOf(patients);
        transports = List.copyOf(transports);
        checkUniqueIds(errors, "hospitals", hospitals, Hospital::id);
        checkUniqueIds(errors, "patients", patients, PatientGroup::id);
        checkUniqueIds(errors, "transport", transports, Transport::id);
        checkOrigins(errors, patients, hospitals);
        errors.throwIfAny();
    }

    /** A problem with the contract's default ride limits and road factor. */
    public DistributionProblem(
            String name, List<Hospital> hospitals, List<PatientGroup> patients, List<Transport> transports) {
        this(name, RideLimits.DEFAULT, DEFAULT_ROAD_FACTOR, hospitals, patients, transports);
    }

    private static void checkEntries(FieldErrors errors, String path, List<?> entries) {
        if (entries == null) {
            errors.present(path, null);
            return;
        }
        for (int k = 0; k < entries.size(); k++) {
            errors.present(path + "[" + k + "]", entries.get(k));
        }
    }

    private static <T> void checkUniqueIds(FieldErrors errors, String path, List<T> entries, Function<T, String> id) {
        var firstIndexOfId = new HashMap<String, Integer>();
        for (int k = 0; k < entries.size(); k++) {
            String value = id.apply(entries.get(k));
            Integer first = firstIndexOfId.putIfAbsent(value, k);
            if (first != null) {
                errors.add(path + "[" + k + "].id", "'" + value + "' is already the id of " + path + "[" + first + "]");
            }
        }
    }

    private static void checkOrigins(FieldErrors errors, List<PatientGroup> patients, List<Hospital> hospitals) {
        Set<String> hospitalIds = hospitals.stream().map(Hospital::id).collect(Collectors.toSet());
        for (int k = 0; k < patients.size(); k++) {
            String origin = patients.get(k).origin();
            if (!hospitalIds.contains(origin)) {
                errors.add("patients[" + k + "].origin", "no hospital has the id '" + origin + "'");
            }
        }
    }
}

package se.nspl.distribution.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The contract's JSON as Jackson binds it. Every field may be null here, so that a missing one is reported by name
 * instead of being read as 0; the model's records then check the values.
 */
record ProblemDocument(
        String name,
        Minutes maxRideMinutes,
        Double roadFactor,
        List<HospitalEntry> hospitals,
        List<PatientEntry> patients,
        List<TransportEntry> transport) {

    DistributionProblem toProblem() {
        var errors = new ArrayList<FieldError>();
        RideLimits limits = maxRideMinutes == null
                ? RideLimits.DEFAULT
                : convert("maxRideMinutes", maxRideMinutes, Minutes::toModel, errors);
        List<Hospital> hospitalModels = convertAll("hospitals", hospitals, HospitalEntry::toModel, errors);
        List<PatientGroup> patientModels = convertAll("patients", patients, PatientEntry::toModel, errors);
        List<Transport> transportModels = convertAll("transport", transport, TransportEntry::toModel, errors);
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
        return new DistributionProblem(
                name,
                limits,
                roadFactor == null ? DistributionProblem.DEFAULT_ROAD_FACTOR : roadFactor,
                hospitalModels,
                patientModels,
                transportModels);
    }

    record HospitalEntry(String id, String region, Double lat, Double lon, Counts free) {

        Hospital toModel() {
            new FieldErrors()
                    .present("id", id)
                    .present("region", region)
                    .present("lat", lat)
                    .present("lon", lon)
                    .present("free", free)
                    .throwIfAny();
            return new Hospital(id, region, lat, lon, within("free", free::toModel));
        }
    }

    record PatientEntry(String id, String origin, CareLevel level, Integer count, Integer priority) {

        PatientGroup toModel() {
            new FieldErrors()
                    .present("id", id)
                    .present("origin", origin)
                    .present("level", level)
                    .present("count", count)
                    .present("priority", priority)
                    .throwIfAny();
            return new PatientGroup(id, origin, level, count, priority);
        }
    }

    record TransportEntry(
            String id,
            TransportMode mode,
            Double baseLat,
            Double baseLon,
            Integer count,
            Double speedKmh,
            Double fixedMinutes,
            Double dutyMinutes,
            Counts capacity,
            Integer seats) {

        Transport toModel() {
            new FieldErrors()
                    .present("id", id)
                    .present("mode", mode)
                    .present("baseLat", baseLat)
                    .present("baseLon", baseLon)
                    .present("count", count)
                    .present("speedKmh", speedKmh)
                    .present("fixedMinutes", fixedMinutes)
                    .present("dutyMinutes", dutyMinutes)
                    .present("capacity", capacity)
                    .present("seats", seats)
                    .throwIfAny();
            return new Transport(
                    id,
                    mode,
                    baseLat,
                    baseLon,
                    count,
                    speedKmh,
                    fixedMinutes,
                    dutyMinutes,
                    within("capacity", capacity::toModel),
                    seats);
        }
    }

    /** Patients or beds per care level; the contract counts a level that is left out as 0. */
    record Counts(
            @JsonProperty("ICU_VENT") Integer icuVent,
            @JsonProperty("ICU") Integer icu,
            @JsonProperty("WARD") Integer ward) {

        LevelCounts toModel() {
            return new LevelCounts(orZero(icuVent), orZero(icu), orZero(ward));
        }

        private static int orZero(Integer count) {
            return count == null ? 0 : count;
        }
    }

    /** Ride limits per care level; a level that is left out keeps the contract's default. */
    record Minutes(
            @JsonProperty("ICU_VENT") Double icuVent,
            @JsonProperty("ICU") Double icu,
            @JsonProperty("WARD") Double ward) {

        RideLimits toModel() {
            RideLimits defaults = RideLimits.DEFAULT;
            return new RideLimits(
                    icuVent == null ? defaults.icuVent() : icuVent,
                    icu == null ? defaults.icu() : icu,
                    ward == null ? defaults.ward() : ward);
        }
    }

    private static <T> T within(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidProblemException e) {
            throw e.within(path);
        }
    }

    private static <E, T> T convert(String path, E entry, Function<E, T> toModel, List<FieldError> errors) {
        if (entry == null) {
            errors.add(new FieldError(path, "is required"));
            return null;
        }
        try {
            return toModel.apply(entry);
        } catch (InvalidProblemException e) {
            errors.addAll(e.within(path).errors());
            return null;
        }
    }

    private static <E, T> List<T> convertAll(
            String path, List<E> entries, Function<E, T> toModel, List<FieldError> errors) {
        if (entries == null) {
            errors.add(new FieldError(path, "is required"));
            return List.of();
        }
        var models = new ArrayList<T>();
        for (int k = 0; k < entries.size(); k++) {
            models.add(convert(path + "[" + k + "]", entries.get(k), toModel, errors));
        }
        return models;
    }
}

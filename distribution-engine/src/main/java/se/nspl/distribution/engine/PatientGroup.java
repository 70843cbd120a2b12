package se.nspl.distribution.engine;

/**
 * {@code count} patients at the hospital {@code origin} who need a bed of the same care level and share a priority: 1
 * is the most urgent, 3 the least.
 */
public record PatientGroup(String id, String origin, CareLevel level, int count, int priority) {

    public PatientGroup {
        new FieldErrors()
                .notBlank("id", id)
                .notBlank("origin", origin)
                .present("level", level)
                .atLeast("count", count, 1)
                .check(priority >= 1 && priority <= 3, "priority", "must be 1, 2 or 3")
                .throwIfAny();
    }
}

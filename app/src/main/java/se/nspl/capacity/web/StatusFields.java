package se.nspl.capacity.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.UnitStatus;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * Reads a {@link UnitStatus} from named fields: the report form's inputs or a CSV upload's
 * columns. Names follow the API ({@code ICU.staffed} for {@code levels.ICU.staffed},
 * {@code operationalStatus}, …), and so do the error paths.
 */
final class StatusFields {

    static final List<String> FIGURES = List.of("staffed", "occupied", "surge24h", "reserve7d");

    private StatusFields() {}

    /** Named fields as read: a form's inputs, a CSV line's cells. */
    interface Fields {
        /** The field's value, {@code null} when absent. */
        String first(String name);

        /** The chosen restrictions, each a {@code Restriction}'s name. */
        List<String> restrictions();

        static Fields of(MultiValueMap<String, String> form) {
            return new Fields() {
                @Override
                public String first(String name) {
                    return form.getFirst(name);
                }

                @Override
                public List<String> restrictions() {
                    return form.getOrDefault("restrictions", List.of());
                }
            };
        }
    }

    static UnitStatus read(MultiValueMap<String, String> form, Set<CareLevel> levels) {
        return read(Fields.of(form), levels);
    }

    static UnitStatus read(Fields form, Set<CareLevel> levels) {
        var errors = new ArrayList<FieldError>();
        var figures = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        for (var level : levels) {
            String[] names = FIELD_NAMES.get(level);
            var values = new String[FIGURES.size()];
            boolean any = false;
            for (int i = 0; i < values.length; i++) {
                values[i] = text(form, names[i]);
                any |= !values[i].isEmpty();
            }
            if (!any) {
                continue; // the unit does not report this level now
            }
            String[] paths = ERROR_PATHS.get(level);
            var numbers = new Integer[FIGURES.size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = number(values[i], paths[i], errors);
            }
            figures.put(level, new LevelFigures(numbers[0], numbers[1], numbers[2], numbers[3]));
        }
        var restrictions = EnumSet.noneOf(Restriction.class);
        for (var value : form.restrictions()) {
            // an EnumSet takes no null: an unknown choice is an error and nothing to add (found by fuzzing)
            var restriction = choice(Restriction.class, value.strip(), "restrictions", errors);
            if (restriction != null) {
                restrictions.add(restriction);
            }
        }
        var status = new UnitStatus(
                instant(text(form, "observedAt"), errors),
                figures,
                choice(OperationalStatus.class, text(form, "operationalStatus"), "operationalStatus", errors),
                restrictions,
                choice(EdStatus.class, text(form, "emergencyDepartment"), "emergencyDepartment", errors),
                number(text(form, "ventilatedPatients"), "ventilatedPatients", errors),
                number(text(form, "ecmoPatients"), "ecmoPatients", errors),
                number(text(form, "electiveNext7Days"), "electiveNext7Days", errors),
                number(text(form, "electivePostponed"), "electivePostponed", errors),
                text(form, "comment"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return status;
    }

    /** Per level, its figures' field names ({@code ICU.staffed}) and error paths ({@code levels.ICU.staffed}). */
    private static final Map<CareLevel, String[]> FIELD_NAMES = new EnumMap<>(CareLevel.class);

    private static final Map<CareLevel, String[]> ERROR_PATHS = new EnumMap<>(CareLevel.class);

    static {
        for (var level : CareLevel.values()) {
            FIELD_NAMES.put(level, FIGURES.stream().map(f -> level + "." + f).toArray(String[]::new));
            ERROR_PATHS.put(
                    level,
                    FIGURES.stream().map(f -> "levels." + level + "." + f).toArray(String[]::new));
        }
    }

    /** The form's fields for a status, to fill the form again (from the last report or what was typed). */
    static Map<String, String> valuesOf(UnitStatus status) {
        var values = new java.util.HashMap<String, String>();
        status.levels().forEach((level, f) -> {
            values.put(level + ".staffed", String.valueOf(f.staffed()));
            values.put(level + ".occupied", String.valueOf(f.occupied()));
            values.put(level + ".surge24h", String.valueOf(f.surge24h()));
            values.put(level + ".reserve7d", String.valueOf(f.reserve7d()));
        });
        values.put("operationalStatus", status.operationalStatus().name());
        status.restrictions().forEach(r -> values.put("restrictions." + r, "on"));
        put(values, "emergencyDepartment", status.emergencyDepartment());
        put(values, "ventilatedPatients", status.ventilatedPatients());
        put(values, "ecmoPatients", status.ecmoPatients());
        put(values, "electiveNext7Days", status.electiveNext7Days());
        put(values, "electivePostponed", status.electivePostponed());
        put(values, "comment", status.comment());
        return values;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static String text(Fields form, String name) {
        String value = form.first(name);
        return value == null ? "" : value.strip();
    }

    private static Instant instant(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(
                    FieldError.coded("observedAt", "input.utcTime", "must be a UTC time such as 2026-11-26T08:00:00Z"));
            return null;
        }
    }

    private static Integer number(String text, String path, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(FieldError.coded(path, "input.wholeNumber", "must be a whole number"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String path, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.coded(path, "input.notAChoice", "is not one of the choices"));
            return null;
        }
    }
}

package se.nspl.capacity.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.capacity.LevelFigures;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.UnitStatus;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * The region's quick report: staffed, occupied and surge beds of all its units in one grid, for
 * a coordinator who updates (or confirms) everything at once. What the grid does not show (status,
 * restrictions, planned care, comment, reserve) is carried over from each unit's last report.
 */
final class QuickReport {

    static final List<String> FIGURES = List.of("staffed", "occupied", "surge24h");

    /** A unit's lines in the grid. */
    record Row(ReportingUnit unit, String hospital, List<CareLevel> levels, Optional<StatusReport> current) {}

    /** A grid cell's name: unit id, care level, figure. */
    private static final java.util.regex.Pattern CELL =
            java.util.regex.Pattern.compile("[0-9a-f-]{36}\\.[A-Z_]+\\.[a-z0-9]+");

    private QuickReport() {}

    /** The levels a unit shows: those of its last report, or the usual ones of its kind. */
    static List<CareLevel> levelsOf(ReportingUnit unit, Optional<StatusReport> current) {
        if (current.isPresent() && !current.get().status().levels().isEmpty()) {
            return List.copyOf(current.get().status().levels().keySet());
        }
        return switch (unit.kind()) {
            case ADULT_ICU -> List.of(CareLevel.ICU_VENT, CareLevel.ICU);
            case PAEDIATRIC_ICU -> List.of(CareLevel.PAEDIATRIC_ICU);
            case NEONATAL_ICU -> List.of(CareLevel.NEONATAL_ICU);
            case WARD -> List.of(CareLevel.WARD);
        };
    }

    static String name(UUID unit, CareLevel level, String figure) {
        return unit + "." + level + "." + figure;
    }

    /** The grid's values: what was typed, or the last reports'. */
    static Map<String, String> values(List<Row> rows) {
        var values = new LinkedHashMap<String, String>();
        for (var row : rows) {
            row.current()
                    .ifPresent(report -> report.status().levels().forEach((level, f) -> {
                        values.put(name(row.unit().id(), level, "staffed"), String.valueOf(f.staffed()));
                        values.put(name(row.unit().id(), level, "occupied"), String.valueOf(f.occupied()));
                        values.put(name(row.unit().id(), level, "surge24h"), String.valueOf(f.surge24h()));
                    }));
        }
        return values;
    }

    /**
     * One status per unit that has any figure filled in; a unit whose cells are all empty is left
     * as it is. Line {@code n} of the result is the n-th unit of the grid.
     */
    static List<UploadedStatus> read(List<Row> rows, Map<String, String> form) {
        var shown = rows.stream().map(row -> row.unit().id().toString()).collect(java.util.stream.Collectors.toSet());
        form.keySet().stream()
                .filter(key -> CELL.matcher(key).matches())
                .map(key -> key.substring(0, key.indexOf('.')))
                .filter(unit -> !shown.contains(unit))
                .findFirst()
                .ifPresent(unit -> {
                    throw new ForbiddenException("you do not report for unit " + unit);
                });
        var statuses = new ArrayList<UploadedStatus>();
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var figures = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
            for (var level : row.levels()) {
                var cells = FIGURES.stream()
                        .map(f -> form.getOrDefault(name(row.unit().id(), level, f), "")
                                .strip())
                        .toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                var numbers = new Integer[3];
                for (int f = 0; f < 3; f++) {
                    numbers[f] = number(cells.get(f), name(row.unit().id(), level, FIGURES.get(f)), errors);
                }
                var reserve =
                        row.current().map(r -> r.status().levels().get(level)).map(LevelFigures::reserve7d);
                figures.put(level, new LevelFigures(numbers[0], numbers[1], numbers[2], reserve.orElse(0)));
            }
            if (!figures.isEmpty()) {
                statuses.add(new UploadedStatus(i + 1, row.unit().id(), carriedOver(row.current(), figures)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (statuses.isEmpty()) {
            throw new InvalidInputException("form", "fill in the beds of at least one unit");
        }
        return statuses;
    }

    /** Turns the service's {@code line N: levels.ICU.occupied} into the grid's field name. */
    static String fieldOf(String error, List<Row> rows) {
        var matcher = java.util.regex.Pattern.compile("line (\\d+): (?:levels\\.)?(.*)")
                .matcher(error);
        if (!matcher.matches()) {
            return error;
        }
        var unit = rows.get(Integer.parseInt(matcher.group(1)) - 1).unit().id();
        return unit + "." + matcher.group(2);
    }

    private static UnitStatus carriedOver(Optional<StatusReport> current, Map<CareLevel, LevelFigures> figures) {
        var last = current.map(StatusReport::status);
        return new UnitStatus(
                null,
                figures,
                last.map(UnitStatus::operationalStatus).orElse(null),
                last.map(UnitStatus::restrictions).orElse(null),
                last.map(UnitStatus::emergencyDepartment).orElse(null),
                last.map(UnitStatus::ventilatedPatients).orElse(null),
                last.map(UnitStatus::ecmoPatients).orElse(null),
                last.map(UnitStatus::electiveNext7Days).orElse(null),
                last.map(UnitStatus::electivePostponed).orElse(null),
                last.map(UnitStatus::comment).orElse(null));
    }

    private static Integer number(String text, String name, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(FieldError.coded(name, "input.wholeNumber", "must be a whole number"));
            return null;
        }
    }
}

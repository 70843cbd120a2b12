package se.nspl.capacity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.nspl.capacity.CapacityReporting.UploadedStatus;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Csv;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * A region's CSV upload, one line per unit. Columns are the API's field names: {@code unitId}
 * (required), {@code observedAt}, {@code operationalStatus}, {@code restrictions} (separated by
 * {@code ;}), {@code emergencyDepartment}, {@code ventilatedPatients}, {@code ecmoPatients},
 * {@code electiveNext7Days}, {@code electivePostponed}, {@code comment}, and per care level
 * {@code ICU.staffed}, {@code ICU.occupied}, {@code ICU.surge24h}, {@code ICU.reserve7d}; a level
 * whose cells are empty is not reported for that unit. See docs/capacity.md.
 */
final class CsvUpload {

    static final Set<String> COLUMNS = Stream.concat(
                    Stream.of(
                            "unitId",
                            "observedAt",
                            "operationalStatus",
                            "restrictions",
                            "emergencyDepartment",
                            "ventilatedPatients",
                            "ecmoPatients",
                            "electiveNext7Days",
                            "electivePostponed",
                            "comment"),
                    Arrays.stream(CareLevel.values())
                            .flatMap(level -> StatusFields.FIGURES.stream().map(f -> level + "." + f)))
            .collect(Collectors.toUnmodifiableSet());

    /** The lines that could be read, and what was wrong with the others. */
    record Read(List<UploadedStatus> statuses, List<FieldError> errors) {}

    private CsvUpload() {}

    static Read read(Csv.Table table) {
        var errors = new ArrayList<FieldError>();
        table.columns().stream()
                .filter(column -> !COLUMNS.contains(column))
                .forEach(column -> errors.add(FieldError.coded(
                        "columns", "upload.column.unknown", "unknown column '" + column + "'", column)));
        if (!table.columns().contains("unitId")) {
            errors.add(FieldError.coded("columns", "upload.column.unitId", "the column 'unitId' is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the care levels the file has columns for: the others are empty on every line
        var levels = EnumSet.noneOf(CareLevel.class);
        for (var level : CareLevel.values()) {
            if (StatusFields.FIGURES.stream().anyMatch(f -> table.columns().contains(level + "." + f))) {
                levels.add(level);
            }
        }
        var upload = new ArrayList<UploadedStatus>();
        for (var row : table.rows()) {
            String at = "line " + row.line() + ": ";
            try {
                var unitId = UUID.fromString(row.get("unitId"));
                upload.add(new UploadedStatus(row.line(), unitId, StatusFields.read(fields(row), levels)));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded(at + "unitId", "upload.unitId.invalid", "is not a unit id"));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(error.at(at)));
            }
        }
        return new Read(upload, errors);
    }

    /** The line's cells by column; restrictions separated by {@code ;}. */
    private static StatusFields.Fields fields(Csv.Row row) {
        return new StatusFields.Fields() {
            @Override
            public String first(String name) {
                return row.fields().get(name);
            }

            @Override
            public List<String> restrictions() {
                String value = row.fields().get("restrictions");
                if (value == null) {
                    return List.of();
                }
                return Arrays.stream(value.split(";", -1))
                        .map(String::strip)
                        .filter(r -> !r.isEmpty())
                        .toList();
            }
        };
    }
}

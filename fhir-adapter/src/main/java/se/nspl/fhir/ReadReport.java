package se.nspl.fhir;

import java.util.Map;

/**
 * A MeasureReport as read, and where each of its figures came from: {@code paths} maps a field of
 * the report in the JSON API's names ({@code levels.ICU.occupied}, {@code observedAt},
 * {@code restrictions}) to its path in the resource ({@code MeasureReport.group[0].population[1].count}),
 * so that a rule broken later is named where the sender put the figure.
 */
public record ReadReport(BedCapacityReport report, Map<String, String> paths) {

    public ReadReport {
        paths = Map.copyOf(paths);
    }

    /** The resource path of a field, or of its nearest enclosing field; the resource itself when none. */
    public String pathOf(String field) {
        for (String candidate = field; !candidate.isEmpty(); candidate = parent(candidate)) {
            String path = paths.get(candidate);
            if (path != null) {
                return path;
            }
        }
        return "MeasureReport";
    }

    private static String parent(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? "" : field.substring(0, dot);
    }
}

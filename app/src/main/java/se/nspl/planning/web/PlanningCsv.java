package se.nspl.planning.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.nspl.planning.PlanningItem;

/**
 * The list as CSV (RFC 4180, comma-separated, UTF-8), one row per item with its standing and overdue
 * flag as of {@code today}; {@code se.nspl.shared.Csv} only reads, so quoting is done here.
 */
final class PlanningCsv {

    static final String HEADER =
            "id,region,area,title,gap,owner,organisation,status,standing,overdue,dueOn,linkedRuns,version,updatedAt,updatedBy";

    private PlanningCsv() {}

    static String of(List<PlanningItem> items, LocalDate today) {
        var csv = new StringBuilder(HEADER).append("\r\n");
        for (var item : items) {
            csv.append(Stream.of(
                                    item.id().toString(),
                                    item.national() ? "national" : item.region().value(),
                                    item.area().name(),
                                    item.title(),
                                    item.gap() == null ? "" : item.gap(),
                                    item.owner(),
                                    item.organisation(),
                                    item.status().name(),
                                    item.standingOn(today).name(),
                                    Boolean.toString(item.overdueOn(today)),
                                    item.dueOn().toString(),
                                    item.linkedRuns().stream()
                                            .map(Object::toString)
                                            .collect(Collectors.joining(" ")),
                                    Long.toString(item.version()),
                                    item.updatedAt().toString(),
                                    item.updatedBy())
                            .map(PlanningCsv::field)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * A field quoted when it must be; a field starting with =, +, - or @ gets a leading apostrophe
     * so that a spreadsheet does not run it as a formula (CSV injection).
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}

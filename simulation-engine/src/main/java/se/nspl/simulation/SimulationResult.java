package se.nspl.simulation;

import java.util.List;
import java.util.Optional;

/** The contract's output: a row per day, region and care level with the national rows, and the summary. */
public record SimulationResult(String scenario, Mode mode, List<SeriesRow> series, List<SummaryRow> summary) {

    /** The surge level of a region in no surge level. */
    public static final String NORMAL = "NORMAL";

    public SimulationResult {
        series = List.copyOf(series);
        summary = List.copyOf(summary);
    }

    public List<SeriesRow> series(String region, String level) {
        return series.stream()
                .filter(row -> row.region().equals(region) && row.level().equals(level))
                .toList();
    }

    public Optional<SummaryRow> summary(String region, String level) {
        return summary.stream()
                .filter(row -> row.region().equals(region) && row.level().equals(level))
                .findFirst();
    }

    /** The regions in the order of the scenario, the country last. */
    public List<String> regions() {
        return series.stream().map(SeriesRow::region).distinct().toList();
    }

    public List<String> levels() {
        return series.stream().map(SeriesRow::level).distinct().toList();
    }

    public int days() {
        return series.stream().mapToInt(SeriesRow::day).max().orElse(-1) + 1;
    }
}

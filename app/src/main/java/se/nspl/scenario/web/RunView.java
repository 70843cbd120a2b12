package se.nspl.scenario.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.nspl.simulation.Measure;
import se.nspl.simulation.Mode;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.SeriesRow;
import se.nspl.simulation.SimulationResult;
import se.nspl.simulation.SummaryRow;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result as the pages show it: the summary rows in words and numbers, and a region's series as
 * the chart script reads them ({@code static/js/scenario-chart.js}). Public for the templates.
 */
public final class RunView {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One summary row with its numbers formatted; in STOCHASTIC mode the median and P10–P90. */
    public record SummaryLine(
            String region,
            String level,
            boolean overflows,
            String firstOverflowDay,
            String peakOverflow,
            String overflowPatientDays,
            String overflowProbability) {}

    /** A surge level that opened in a region, on its first day in force. */
    public record SurgeStart(int day, String level) {}

    private final SimulationResult result;

    public RunView(SimulationResult result) {
        this.result = result;
    }

    public boolean stochastic() {
        return result.mode() == Mode.STOCHASTIC;
    }

    public List<String> regions() {
        return result.regions();
    }

    public List<String> levels() {
        return result.levels();
    }

    public List<SummaryLine> national() {
        return result.summary().stream()
                .filter(SummaryRow::national)
                .map(this::line)
                .toList();
    }

    public List<SummaryLine> regional() {
        return result.summary().stream()
                .filter(row -> !row.national())
                .map(this::line)
                .toList();
    }

    /** The regions' levels that overflow, the earliest first (in STOCHASTIC mode by the median first day). */
    public List<SummaryLine> overflowing() {
        return result.summary().stream()
                .filter(row -> !row.national() && row.firstOverflowDay() != null)
                .sorted(java.util.Comparator.comparingDouble(
                        (SummaryRow row) -> row.firstOverflowDay().p50()))
                .map(this::line)
                .toList();
    }

    public SummaryLine line(String region, String level) {
        return result.summary(region, level).map(this::line).orElse(null);
    }

    private SummaryLine line(SummaryRow row) {
        boolean overflows = row.firstOverflowDay() != null;
        return new SummaryLine(
                row.region(),
                row.level(),
                overflows,
                overflows
                        ? number(
                                row.firstOverflowDay().p50(),
                                row.firstOverflowDay().p10(),
                                row.firstOverflowDay().p90())
                        : "–",
                number(
                        row.peakOverflow().p50(),
                        row.peakOverflow().p10(),
                        row.peakOverflow().p90()),
                number(
                        row.overflowPatientDays().p50(),
                        row.overflowPatientDays().p10(),
                        row.overflowPatientDays().p90()),
                row.overflowProbability() == null
                        ? ""
                        : String.format(Locale.ROOT, "%.0f %%", 100 * row.overflowProbability()));
    }

    private String number(double median, double p10, double p90) {
        if (!stochastic()) {
            return format(median);
        }
        return format(median) + " (" + format(p10) + "–" + format(p90) + ")";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }

    /** The days on which a region's surge levels came into force. */
    public List<SurgeStart> surgeStarts(String region) {
        var starts = new ArrayList<SurgeStart>();
        String previous = SimulationResult.NORMAL;
        String firstLevel = result.levels().get(0);
        for (SeriesRow row : result.series(region, firstLevel)) {
            if (row.surge() != null && !row.surge().equals(previous)) {
                if (!row.surge().equals(SimulationResult.NORMAL)) {
                    starts.add(new SurgeStart(row.day(), row.surge()));
                }
                previous = row.surge();
            }
        }
        return starts;
    }

    /** A region's (or the country's, "SE") series per level for the chart script; safe inside a script element. */
    public String chartJson(String region) {
        var charts = new ArrayList<Map<String, Object>>();
        var starts = surgeStarts(region);
        for (String level : result.levels()) {
            var rows = result.series(region, level);
            var chart = new LinkedHashMap<String, Object>();
            chart.put("level", level);
            chart.put("days", rows.stream().map(SeriesRow::day).toList());
            chart.put("occupied", values(rows, Measure.OCCUPIED, Band.MEDIAN));
            chart.put("capacity", values(rows, Measure.CAPACITY, Band.MEDIAN));
            chart.put("overflow", values(rows, Measure.OVERFLOW, Band.MEDIAN));
            if (stochastic()) {
                chart.put("occupiedP10", values(rows, Measure.OCCUPIED, Band.P10));
                chart.put("occupiedP90", values(rows, Measure.OCCUPIED, Band.P90));
            }
            chart.put(
                    "surge",
                    starts.stream()
                            .map(s -> Map.of(
                                    "day", s.day(),
                                    "level", s.level(),
                                    "capacity",
                                            rows.get(s.day())
                                                    .value(Measure.CAPACITY)
                                                    .p50()))
                            .toList());
            charts.add(chart);
        }
        return JSON.writeValueAsString(charts).replace("</", "<\\/");
    }

    /** Two runs' national series per level in one chart each, for the comparison. */
    static String comparisonJson(SimulationResult a, SimulationResult b) {
        var charts = new ArrayList<Map<String, Object>>();
        for (String level : a.levels()) {
            if (!b.levels().contains(level)) {
                continue;
            }
            var rowsA = a.series(Scenario.NATIONAL, level);
            var rowsB = b.series(Scenario.NATIONAL, level);
            var chart = new LinkedHashMap<String, Object>();
            chart.put("level", level);
            chart.put(
                    "days",
                    (rowsA.size() >= rowsB.size() ? rowsA : rowsB)
                            .stream().map(SeriesRow::day).toList());
            chart.put("occupiedA", values(rowsA, Measure.OCCUPIED, Band.MEDIAN));
            chart.put("capacityA", values(rowsA, Measure.CAPACITY, Band.MEDIAN));
            chart.put("overflowA", values(rowsA, Measure.OVERFLOW, Band.MEDIAN));
            chart.put("occupiedB", values(rowsB, Measure.OCCUPIED, Band.MEDIAN));
            chart.put("capacityB", values(rowsB, Measure.CAPACITY, Band.MEDIAN));
            chart.put("overflowB", values(rowsB, Measure.OVERFLOW, Band.MEDIAN));
            charts.add(chart);
        }
        return JSON.writeValueAsString(charts).replace("</", "<\\/");
    }

    private enum Band {
        P10,
        MEDIAN,
        P90
    }

    private static List<Double> values(List<SeriesRow> rows, Measure measure, Band band) {
        return rows.stream()
                .map(row -> {
                    var q = row.value(measure);
                    double v = band == Band.P10 ? q.p10() : band == Band.P90 ? q.p90() : q.p50();
                    return Math.round(v * 100) / 100.0;
                })
                .toList();
    }
}

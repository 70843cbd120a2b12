package se.nspl.simulation;

import java.util.List;

/**
 * One day, region (or {@code "SE"} for the country) and care level of a result.
 *
 * @param values one per {@link Measure}, in its order
 * @param surge the region's surge level in force ({@code NORMAL} without; in STOCHASTIC mode the most frequent over
 *     the replications); null in the national rows
 */
public record SeriesRow(int day, String region, String level, List<Quantity> values, String surge) {

    public SeriesRow {
        values = List.copyOf(values);
    }

    public Quantity value(Measure measure) {
        return values.get(measure.ordinal());
    }

    public boolean national() {
        return region.equals(Scenario.NATIONAL);
    }
}

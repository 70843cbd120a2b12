package se.nspl.simulation;

/**
 * A number of the output: in DETERMINISTIC mode the one value (all four the same), in STOCHASTIC mode its spread over
 * the replications. Percentiles are nearest-rank: P10 of 1 000 replications is the 100th smallest.
 */
public record Quantity(double p10, double p50, double p90, double mean) {

    public static Quantity exact(double value) {
        return new Quantity(value, value, value, value);
    }

    public boolean isExact() {
        return p10 == p50 && p50 == p90 && p90 == mean;
    }

    /** The value to show when one is shown: the median. */
    public double value() {
        return p50;
    }

    /** From values sorted ascending. */
    static Quantity of(float[] sorted, int count, double sum) {
        return new Quantity(
                rank(sorted, count, 0.10), rank(sorted, count, 0.50), rank(sorted, count, 0.90), sum / count);
    }

    private static double rank(float[] sorted, int count, double share) {
        int index = (int) Math.ceil(share * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))];
    }
}

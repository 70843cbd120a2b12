package se.nspl.simulation;

/**
 * A region's (or the country's) care level over the whole scenario.
 *
 * @param firstOverflowDay the first day with overflow after transfers; null when there is none (in STOCHASTIC mode:
 *     over the replications that overflow, null when none does)
 * @param peakOverflow the largest overflow of a day
 * @param overflowPatientDays overflow summed over the days
 * @param overflowProbability STOCHASTIC mode only: the share of replications with overflow at least once
 */
public record SummaryRow(
        String region,
        String level,
        Quantity firstOverflowDay,
        Quantity peakOverflow,
        Quantity overflowPatientDays,
        Double overflowProbability) {

    public boolean national() {
        return region.equals(Scenario.NATIONAL);
    }
}

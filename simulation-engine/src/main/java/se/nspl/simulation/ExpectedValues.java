package se.nspl.simulation;

/** The DETERMINISTIC mode: expected values, fractional patients allowed. */
final class ExpectedValues implements Draws {

    @Override
    public double arrivals(double mean) {
        return mean;
    }

    @Override
    public double discharges(double occupied, double probability) {
        return occupied * probability;
    }

    @Override
    public double transferBudget(double maxPerDay) {
        return maxPerDay;
    }
}

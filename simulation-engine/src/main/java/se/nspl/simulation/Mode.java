package se.nspl.simulation;

/** How a scenario is simulated. */
public enum Mode {
    /** Expected values: fractional patients, one run. */
    DETERMINISTIC,
    /** Poisson arrivals and random discharges, seeded replications summarised as P10/P50/P90 and mean. */
    STOCHASTIC
}

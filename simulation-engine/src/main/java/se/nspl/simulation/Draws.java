package se.nspl.simulation;

/**
 * What happens to patients on a day: how many arrive and how many leave. DETERMINISTIC mode takes the expected values
 * ({@link ExpectedValues}); STOCHASTIC mode draws them ({@link RandomDraws}).
 */
interface Draws {

    /** Patients arriving when {@code mean} are expected. */
    double arrivals(double mean);

    /** Patients leaving of {@code occupied}, each with {@code probability}. */
    double discharges(double occupied, double probability);

    /** How many patients the national limit lets move: whole patients when patients are whole. */
    double transferBudget(double maxPerDay);
}

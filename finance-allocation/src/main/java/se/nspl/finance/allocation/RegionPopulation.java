package se.nspl.finance.allocation;

/**
 * A region as the cost key sees it: its population (SCB) and whether it takes part.
 *
 * @param code the two-digit län code
 * @param population inhabitants; the basis of the share
 * @param participates whether the regional board decided to take part; only participants pay
 */
public record RegionPopulation(String code, long population, boolean participates) {}

package se.nspl.finance.allocation;

import java.math.BigDecimal;

/**
 * A region's part of the budget.
 *
 * @param share its population over the participating regions' population, rounded to ten decimals
 *     for showing (the amount is computed from the exact fraction); zero for a region that does not
 *     participate
 * @param amountSek what it pays, in SEK with two decimals (öre)
 */
public record RegionShare(String code, long population, boolean participates, BigDecimal share, BigDecimal amountSek) {}

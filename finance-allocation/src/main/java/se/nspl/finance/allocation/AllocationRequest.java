package se.nspl.finance.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What is to be split: a year's budget in SEK (at most two decimals) among regions. Checked by
 * {@link CostKey#allocate}, which names every offending field.
 */
public record AllocationRequest(int year, BigDecimal amountSek, List<RegionPopulation> regions) {

    public AllocationRequest {
        regions = regions == null ? null : List.copyOf(regions);
    }
}

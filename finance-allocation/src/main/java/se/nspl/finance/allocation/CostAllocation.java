package se.nspl.finance.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A year's budget split among the regions, in the order the regions were given.
 *
 * @param amountSek the budget, two decimals
 * @param participatingPopulation the sum of the participating regions' populations: the key's denominator
 */
public record CostAllocation(int year, BigDecimal amountSek, long participatingPopulation, List<RegionShare> regions) {

    public CostAllocation {
        regions = List.copyOf(regions);
    }

    /** The regions' amounts added up: always equal to {@link #amountSek()}. */
    public BigDecimal totalSek() {
        return regions.stream().map(RegionShare::amountSek).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public Optional<RegionShare> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}

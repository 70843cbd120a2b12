package se.nspl.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * A year's budget split among the regions by the cost key, every region listed (those that do not
 * participate with zero), with the state grants they reported.
 *
 * @param budget the year's budget; null while finance has not entered one (shares are shown, no amounts)
 * @param participatingPopulation the key's denominator
 * @param totalSek the regions' amounts added up: equal to the budget, to the öre
 */
public record YearAllocation(
        int year,
        @Nullable Budget budget,
        long participatingPopulation,
        int participatingRegions,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
        BigDecimal totalSek,

        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal stateGrantsSek,
        List<AllocationRow> regions) {

    public YearAllocation {
        regions = List.copyOf(regions);
    }

    public Optional<AllocationRow> region(RegionCode code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}

package se.nspl.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Region Uppsala's annual invoice to a participating region for the secretariat: the region's
 * share of the participating regions' population times the year's budget. Working-group costs are
 * not on it: each region bears its own.
 *
 * @param reference {@code NSPL-<year>-<region code>}: one invoice per region and year
 * @param issuedOn the day it was printed; {@code dueOn} is thirty days later
 */
public record Invoice(
        String reference,
        int year,
        String issuer,
        AllocationRow region,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountSek,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetSek,
        long participatingPopulation,
        int participatingRegions,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
        BigDecimal stateGrantSek,

        LocalDate issuedOn,
        LocalDate dueOn) {

    static String referenceOf(int year, se.nspl.shared.RegionCode region) {
        return "NSPL-" + year + "-" + region.value();
    }
}

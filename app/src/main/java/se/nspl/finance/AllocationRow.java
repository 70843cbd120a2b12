package se.nspl.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.nspl.organisation.Participation;
import se.nspl.shared.RegionCode;

/**
 * A region's line of a year's cost key.
 *
 * @param population inhabitants as SCB counted them on {@code populationDate}
 * @param share its part of the participating regions' population (ten decimals); zero unless it participates
 * @param amountSek what it pays; null while the year has no budget
 * @param stateGrantSek the state grant it reported for the year; null when none was reported
 */
public record AllocationRow(
        RegionCode code,
        String name,
        Participation participation,
        int population,
        LocalDate populationDate,
        BigDecimal share,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
        BigDecimal amountSek,

        @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable
        BigDecimal stateGrantSek,

        @Nullable Long stateGrantVersion) {

    public boolean participates() {
        return participation == Participation.YES;
    }

    /** The share as a percentage with two decimals, as the page and the invoice show it. */
    public BigDecimal percent() {
        return share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}

package se.nspl.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The secretariat's budget for a year, in SEK, as finance entered it. */
public record Budget(
        int year,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountSek,
        @Nullable String note,
        long version,
        Instant updatedAt,
        String updatedBy) {}

package se.nspl.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * The state grant (statsbidrag) a region reports having received from Socialstyrelsen for a year.
 * Shown beside the region's share; it does not change what the cost key asks of the region.
 */
public record StateGrant(
        int year,
        RegionCode region,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountSek,
        @Nullable String note,
        long version,
        Instant updatedAt,
        String updatedBy) {}

package se.nspl.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/**
 * A unit whose latest report is older than its region's reporting interval, or that never
 * reported. Its figures must be shown as overdue wherever they appear.
 */
public record OverdueUnit(
        UUID unitId,
        UUID hospitalId,
        RegionCode region,
        String unitName,
        Optional<Instant> lastObservedAt,
        Duration expectedEvery) {}

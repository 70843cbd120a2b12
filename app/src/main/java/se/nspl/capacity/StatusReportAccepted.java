package se.nspl.capacity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * Published when a report (or a correction) is accepted; the picture and alerts listen. It carries
 * the report's figures, so that a listener keeping a view of units' current figures needs no
 * query: a unit's current report is its latest by {@code observedAt}, then {@code receivedAt},
 * except when a correction moved a report's time ({@code corrects} present: read the current one).
 */
public record StatusReportAccepted(
        UUID reportId,
        UUID unitId,
        UUID hospitalId,
        RegionCode region,
        Instant observedAt,
        Instant receivedAt,
        Map<CareLevel, LevelFigures> levels,
        Optional<UUID> corrects) {

    public StatusReportAccepted {
        levels = Map.copyOf(levels);
    }
}

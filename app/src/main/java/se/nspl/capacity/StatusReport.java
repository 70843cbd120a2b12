package se.nspl.capacity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/**
 * A unit's status as reported at {@code status.observedAt()}, kept for ever. A correction is a new
 * report that {@code corrects} the earlier one, which is then {@code supersededBy} it.
 *
 * @param version changes when the report is superseded; a correction must name the version it read
 * @param warnings plausibility warnings raised when the report was accepted
 */
public record StatusReport(
        UUID id,
        UUID unitId,
        RegionCode region,
        UnitStatus status,
        Instant receivedAt,
        String reportedBy,
        Optional<UUID> corrects,
        Optional<UUID> supersededBy,
        long version,
        List<String> warnings) {

    public boolean isCurrentVersion() {
        return supersededBy.isEmpty();
    }
}

package se.nspl.capacity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/** Published when a report (or a correction) is accepted; the picture and alerts listen. */
public record StatusReportAccepted(
        UUID reportId, UUID unitId, RegionCode region, Instant observedAt, Optional<UUID> corrects) {}

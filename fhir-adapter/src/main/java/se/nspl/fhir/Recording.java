package se.nspl.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the platform knows of a report it keeps, written on export beside the figures.
 *
 * @param version the report's version: {@code meta.versionId} and the ETag
 * @param receivedAt when the platform accepted it: {@code meta.lastUpdated} and {@code date}
 */
public record Recording(
        UUID id,
        long version,
        Instant receivedAt,
        Optional<UUID> corrects,
        Optional<UUID> supersededBy,
        List<String> warnings) {

    public Recording {
        warnings = List.copyOf(warnings);
    }

    /** A stored report: its figures and how it was recorded. */
    public record Report(BedCapacityReport report, Recording recording) {}
}

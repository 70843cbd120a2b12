package se.nspl.organisation;

import java.time.Instant;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/**
 * A unit that reports its status: an ICU, a paediatric ICU, a group of wards.
 *
 * @param referenceBeds beds the unit normally has (for planning and sanity checks), if known
 * @param referenceBedsIsEstimate whether that figure is an estimate rather than the unit's own
 */
public record ReportingUnit(
        UUID id,
        UUID hospitalId,
        RegionCode region,
        String name,
        UnitKind kind,
        Integer referenceBeds,
        boolean referenceBedsIsEstimate,
        boolean active,
        long version,
        Instant updatedAt) {}

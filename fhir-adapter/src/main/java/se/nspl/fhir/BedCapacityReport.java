package se.nspl.fhir;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's bed capacity at a moment, as the bed-capacity MeasureReport carries it. Codes are kept
 * as the text sent ({@code ICU}, {@code RESTRICTED}): the application decides what they mean.
 *
 * @param observedAt when the figures were true; null when the report does not say
 * @param levels the counts per care level, keyed by care-level code, in the order given
 */
public record BedCapacityReport(
        UUID unitId,
        Instant observedAt,
        Map<String, BedCounts> levels,
        String operationalStatus,
        List<String> restrictions,
        String emergencyDepartment,
        Integer ventilatedPatients,
        Integer ecmoPatients,
        Integer electiveNext7Days,
        Integer electivePostponed,
        String comment) {

    public BedCapacityReport {
        levels = levels == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }

    /** The beds of one care level; surge and reserve may be left out (null). */
    public record BedCounts(Integer staffed, Integer occupied, Integer surge24h, Integer reserve7d) {}
}

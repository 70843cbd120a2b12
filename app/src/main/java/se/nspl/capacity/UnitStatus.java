package se.nspl.capacity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import se.nspl.shared.CareLevel;

/**
 * What a unit reports about itself at a moment: beds per care level, whether it operates
 * normally, its emergency department, planned care and a comment. Checked by {@link StatusRules}.
 *
 * @param observedAt when the figures were true; the time of receipt when left out
 * @param ventilatedPatients patients on invasive ventilation, among the occupied intensive-care beds
 * @param ecmoPatients patients on ECMO, among the occupied intensive-care beds
 * @param electiveNext7Days planned (elective) procedures scheduled in the next 7 days
 * @param electivePostponed of those, how many are postponed
 */
public record UnitStatus(
        Instant observedAt,
        Map<CareLevel, LevelFigures> levels,
        OperationalStatus operationalStatus,
        Set<Restriction> restrictions,
        EdStatus emergencyDepartment,
        Integer ventilatedPatients,
        Integer ecmoPatients,
        Integer electiveNext7Days,
        Integer electivePostponed,
        String comment) {

    public UnitStatus {
        // in care-level order, so that JSON and hashes of the same status are the same
        levels = levels == null || levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
        restrictions = restrictions == null ? Set.of() : Set.copyOf(restrictions);
        operationalStatus = operationalStatus == null ? OperationalStatus.NORMAL : operationalStatus;
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    UnitStatus observedAt(Instant instant) {
        return new UnitStatus(
                instant,
                levels,
                operationalStatus,
                restrictions,
                emergencyDepartment,
                ventilatedPatients,
                ecmoPatients,
                electiveNext7Days,
                electivePostponed,
                comment);
    }

    /** The status in one fixed textual form: equal statuses give equal text on every node. */
    String canonical() {
        var text = new StringBuilder();
        text.append(observedAt).append('|');
        levels.forEach((level, f) -> text.append(level)
                .append(':')
                .append(f.staffed())
                .append(',')
                .append(f.occupied())
                .append(',')
                .append(f.surge24h())
                .append(',')
                .append(f.reserve7d())
                .append(';'));
        text.append('|').append(operationalStatus).append('|');
        restrictions.stream().sorted().forEach(r -> text.append(r).append(','));
        return text.append('|')
                .append(emergencyDepartment)
                .append('|')
                .append(ventilatedPatients)
                .append('|')
                .append(ecmoPatients)
                .append('|')
                .append(electiveNext7Days)
                .append('|')
                .append(electivePostponed)
                .append('|')
                .append(comment)
                .toString();
    }

    /** Occupied beds over all intensive-care levels. */
    int occupiedIntensiveCare() {
        return levels.entrySet().stream()
                .filter(e -> e.getKey().isIntensiveCare())
                .mapToInt(
                        e -> e.getValue().occupied() == null ? 0 : e.getValue().occupied())
                .sum();
    }
}

package se.nspl.capacity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.nspl.shared.CareLevel;

/** Unit statuses for tests that state only what matters to them. */
final class UnitStatusBuilder {

    private Instant observedAt;
    private final Map<CareLevel, LevelFigures> levels = new EnumMap<>(CareLevel.class);
    private OperationalStatus operationalStatus;
    private final Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
    private Integer ventilated;
    private Integer ecmo;
    private Integer electiveNext7Days;
    private Integer electivePostponed;
    private String comment;

    static UnitStatusBuilder status() {
        return new UnitStatusBuilder();
    }

    static UnitStatusBuilder ward(int staffed, int occupied) {
        return status().level(CareLevel.WARD, staffed, occupied);
    }

    UnitStatusBuilder level(CareLevel level, int staffed, int occupied) {
        return level(level, new LevelFigures(staffed, occupied, 0, 0));
    }

    UnitStatusBuilder level(CareLevel level, LevelFigures figures) {
        levels.put(level, figures);
        return this;
    }

    UnitStatusBuilder observedAt(Instant instant) {
        observedAt = instant;
        return this;
    }

    UnitStatusBuilder operating(OperationalStatus status, Restriction... reasons) {
        operationalStatus = status;
        restrictions.addAll(Set.of(reasons));
        return this;
    }

    UnitStatusBuilder patients(int ventilatedPatients, int ecmoPatients) {
        ventilated = ventilatedPatients;
        ecmo = ecmoPatients;
        return this;
    }

    UnitStatusBuilder plannedCare(int scheduled, int postponed) {
        electiveNext7Days = scheduled;
        electivePostponed = postponed;
        return this;
    }

    UnitStatusBuilder comment(String text) {
        comment = text;
        return this;
    }

    UnitStatus build() {
        return new UnitStatus(
                observedAt,
                levels,
                operationalStatus,
                restrictions,
                null,
                ventilated,
                ecmo,
                electiveNext7Days,
                electivePostponed,
                comment);
    }
}

package se.nspl.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Classification;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * The rules a unit status must meet to be accepted, as intensive-care registers apply them
 * (DOMAIN.md § Capacity reporting). Each rule is a method of its own; every broken rule is
 * reported with the path of its field, so a reporter fixes everything in one go.
 */
final class StatusRules {

    static final int MAX_COUNT = 5000;
    static final int MAX_COMMENT = 2000;
    /** Clocks of hospital systems drift; a little future is tolerated, more is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Reports older than the correction window are history, not news. */
    static final Duration MAX_AGE = Duration.ofDays(14);

    private StatusRules() {}

    static List<FieldError> check(UnitStatus status, UnitKind unit, Instant now) {
        var errors = new ArrayList<FieldError>();
        atLeastOneLevel(status, errors);
        levelsFitTheUnit(status, unit, errors);
        countsAreGivenAndInRange(status, errors);
        occupiedWithinStaffedPlusSurge(status, errors);
        ventilatedAndEcmoWithinOccupied(status, errors);
        postponedWithinScheduled(status, errors);
        restrictionsExplainARestrictedUnit(status, errors);
        commentIsShort(status, errors);
        commentIsUnclassified(status, errors);
        observedAtIsPlausible(status, now, errors);
        return errors;
    }

    static Set<CareLevel> levelsOf(UnitKind kind) {
        return switch (kind) {
            case ADULT_ICU -> EnumSet.of(CareLevel.ICU_VENT, CareLevel.ICU, CareLevel.ECMO);
            case PAEDIATRIC_ICU -> EnumSet.of(CareLevel.PAEDIATRIC_ICU);
            case NEONATAL_ICU -> EnumSet.of(CareLevel.NEONATAL_ICU);
            case WARD -> EnumSet.range(CareLevel.WARD, CareLevel.WARD_PSYCHIATRY);
        };
    }

    static void atLeastOneLevel(UnitStatus status, List<FieldError> errors) {
        if (status.levels().isEmpty()) {
            errors.add(FieldError.coded("levels", "rule.levels.none", "report at least one care level"));
        }
    }

    static void levelsFitTheUnit(UnitStatus status, UnitKind unit, List<FieldError> errors) {
        var allowed = levelsOf(unit);
        status.levels().keySet().stream()
                .filter(level -> !allowed.contains(level))
                .sorted()
                .forEach(level -> errors.add(FieldError.coded(
                        "levels." + level,
                        "rule.levels.notOfUnit",
                        "a " + unit + " unit reports " + allowed + ", not " + level,
                        unit,
                        allowed,
                        level)));
    }

    static void countsAreGivenAndInRange(UnitStatus status, List<FieldError> errors) {
        status.levels().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> {
                    String path = "levels." + e.getKey();
                    var figures = e.getValue();
                    count(path + ".staffed", figures.staffed(), true, errors);
                    count(path + ".occupied", figures.occupied(), true, errors);
                    count(path + ".surge24h", figures.surge24h(), true, errors);
                    count(path + ".reserve7d", figures.reserve7d(), true, errors);
                });
        count("ventilatedPatients", status.ventilatedPatients(), false, errors);
        count("ecmoPatients", status.ecmoPatients(), false, errors);
        count("electiveNext7Days", status.electiveNext7Days(), false, errors);
        count("electivePostponed", status.electivePostponed(), false, errors);
    }

    static void occupiedWithinStaffedPlusSurge(UnitStatus status, List<FieldError> errors) {
        status.levels().forEach((level, figures) -> {
            if (figures.staffed() == null || figures.occupied() == null) {
                return; // reported as missing already
            }
            if (figures.occupied() > figures.staffed() + figures.surge24h()) {
                int capacity = figures.staffed() + figures.surge24h();
                errors.add(FieldError.coded(
                        "levels." + level + ".occupied",
                        "rule.occupied.overCapacity",
                        "occupied (" + figures.occupied() + ") exceeds staffed plus surge (" + capacity + ")",
                        figures.occupied(),
                        capacity));
            }
        });
    }

    static void ventilatedAndEcmoWithinOccupied(UnitStatus status, List<FieldError> errors) {
        int occupied = status.occupiedIntensiveCare();
        if (status.ventilatedPatients() != null && status.ventilatedPatients() > occupied) {
            errors.add(overOccupied("ventilatedPatients", occupied));
        }
        if (status.ecmoPatients() != null && status.ecmoPatients() > occupied) {
            errors.add(overOccupied("ecmoPatients", occupied));
        }
    }

    static void postponedWithinScheduled(UnitStatus status, List<FieldError> errors) {
        if (status.electivePostponed() != null
                && status.electiveNext7Days() != null
                && status.electivePostponed() > status.electiveNext7Days()) {
            errors.add(FieldError.coded(
                    "electivePostponed",
                    "rule.postponed.overScheduled",
                    "exceeds the procedures scheduled in the next 7 days"));
        }
    }

    static void restrictionsExplainARestrictedUnit(UnitStatus status, List<FieldError> errors) {
        boolean restricted = status.operationalStatus() != OperationalStatus.NORMAL;
        if (restricted && status.restrictions().isEmpty()) {
            errors.add(FieldError.coded(
                    "restrictions",
                    "rule.restrictions.missing",
                    "say why the unit is " + status.operationalStatus(),
                    status.operationalStatus()));
        }
        if (!restricted && !status.restrictions().isEmpty()) {
            errors.add(FieldError.coded(
                    "restrictions", "rule.restrictions.unexpected", "a unit operating normally has no restrictions"));
        }
    }

    static void commentIsShort(UnitStatus status, List<FieldError> errors) {
        if (status.comment() != null && status.comment().length() > MAX_COMMENT) {
            errors.add(FieldError.coded(
                    "comment", "rule.comment.tooLong", "must be at most " + MAX_COMMENT + " characters", MAX_COMMENT));
        }
    }

    /** NSPL holds no security-classified information (docs/security.md). */
    static void commentIsUnclassified(UnitStatus status, List<FieldError> errors) {
        Classification.check("comment", status.comment(), errors);
    }

    static void observedAtIsPlausible(UnitStatus status, Instant now, List<FieldError> errors) {
        if (status.observedAt() == null) {
            return;
        }
        if (status.observedAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(FieldError.coded("observedAt", "rule.observedAt.future", "lies in the future"));
        } else if (status.observedAt().isBefore(now.minus(MAX_AGE))) {
            errors.add(FieldError.coded("observedAt", "rule.observedAt.tooOld", "is more than 14 days old"));
        }
    }

    private static FieldError overOccupied(String field, int occupied) {
        return FieldError.coded(
                field,
                "rule.intensiveCare.overOccupied",
                "exceeds the occupied intensive-care beds (" + occupied + ")",
                occupied);
    }

    private static void count(String path, Integer value, boolean required, List<FieldError> errors) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.coded(path, "rule.count.missing", "must be given"));
            }
        } else if (value < 0 || value > MAX_COUNT) {
            errors.add(FieldError.coded(path, "rule.count.range", "must be between 0 and " + MAX_COUNT, MAX_COUNT));
        }
    }
}

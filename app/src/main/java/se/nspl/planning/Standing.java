package se.nspl.planning;

import java.time.LocalDate;

/**
 * How an item stands on a given day, the worst first: at risk, overdue, not started, in progress,
 * done. At risk comes before overdue because its owner says it will not hold, which no date tells;
 * an item at risk that is also overdue stands at risk (and is flagged overdue all the same). Not
 * started ranks above in progress: of two items not yet late, the one nobody works on is the
 * greater worry. A matrix cell shows the worst standing of its items.
 */
public enum Standing {
    AT_RISK,
    OVERDUE,
    NOT_STARTED,
    IN_PROGRESS,
    DONE;

    public static Standing of(PlanningStatus status, LocalDate dueOn, LocalDate today) {
        if (status == PlanningStatus.AT_RISK) {
            return AT_RISK;
        }
        if (overdue(status, dueOn, today)) {
            return OVERDUE;
        }
        return switch (status) {
            case NOT_STARTED -> NOT_STARTED;
            case IN_PROGRESS -> IN_PROGRESS;
            case DONE -> DONE;
            case AT_RISK -> AT_RISK;
        };
    }

    /** Overdue: the due date has passed (the due day itself is still in time) and the item is not done. */
    public static boolean overdue(PlanningStatus status, LocalDate dueOn, LocalDate today) {
        return status != PlanningStatus.DONE && dueOn.isBefore(today);
    }

    /** The worse of the two. */
    public Standing worse(Standing other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}

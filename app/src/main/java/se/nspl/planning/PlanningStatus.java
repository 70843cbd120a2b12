package se.nspl.planning;

/** Where a planning item stands, as its owner reports it. */
public enum PlanningStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    AT_RISK
}

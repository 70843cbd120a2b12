package se.nspl.governance;

/** Where a milestone of the programme's timeline stands. */
public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED
}

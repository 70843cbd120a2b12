package se.nspl.governance;

/** Whether a follow-up action of the steering group is done. */
public enum ActionStatus {
    OPEN,
    DONE
}

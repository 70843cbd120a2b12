package se.nspl.scenario;

/** Where a run stands. */
public enum RunState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}

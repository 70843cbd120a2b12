package se.nspl.distribution;

/** Where a plan stands: computed off the request thread, then read, and at most once accepted. */
public enum PlanState {
    /** Waiting for or in the optimiser. */
    RUNNING,
    /** Computed: the plan and its baseline can be read and accepted. */
    DONE,
    /** The optimiser failed or the run was lost; the reason is kept. */
    FAILED,
    /** Accepted by the secretariat and turned into support requests. */
    ACCEPTED
}

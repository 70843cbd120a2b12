package se.nspl.distribution.engine;

/** How far a plan is known to be from the best one. */
public enum SolveStatus {
    /** No plan has a lower objective: proven by the solver. */
    OPTIMAL,
    /** The time ran out before the proof; the plan's bound and gap say how far from proven it is. */
    FEASIBLE
}

package se.nspl.distribution;

/** A step the plan's state does not allow now, e.g. accepting a plan still running or accepted before: 409. */
public class PlanStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanStateException(String message) {
        super(message);
    }
}

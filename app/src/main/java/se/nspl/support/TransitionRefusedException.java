package se.nspl.support;

/**
 * The caller may do this in general, but not in the request's or offer's present state (or an
 * acceptance would commit more than was asked for); answered with 409.
 */
public class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransitionRefusedException(String message) {
        super(message);
    }
}

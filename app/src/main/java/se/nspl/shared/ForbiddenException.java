package se.nspl.shared;

/** The caller is known but may not do this (e.g. write another region's data); answered with 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The request attribute under which the handler that answers 403 leaves the reason, for the
     * audit of refusals (security's {@code Refusals}).
     */
    public static final String REASON = ForbiddenException.class.getName() + ".reason";

    public ForbiddenException(String message) {
        super(message);
    }
}

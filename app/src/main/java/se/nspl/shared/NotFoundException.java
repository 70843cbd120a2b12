package se.nspl.shared;

/** The thing asked for does not exist (or the caller may not know that it does); answered with 404. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

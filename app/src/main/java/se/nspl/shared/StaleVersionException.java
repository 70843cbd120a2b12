package se.nspl.shared;

/** An update carried a version that someone else has already replaced; answered with 409. */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what, Object id, long expectedVersion) {
        super(what + " " + id + " was changed by someone else (your version " + expectedVersion
                + " is no longer current); reload and try again");
    }
}

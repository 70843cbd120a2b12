package se.nspl.distribution.engine;

/**
 * One broken rule of a problem, at the path of its field in the contract's JSON, e.g. {@code patients[3].priority}.
 * The path is empty when the mistake is the document as a whole.
 */
public record FieldError(String path, String message) {

    /** The same error seen from the object that holds this one at {@code parent}. */
    FieldError within(String parent) {
        if (path.isEmpty()) {
            return new FieldError(parent, message);
        }
        String separator = path.startsWith("[") ? "" : ".";
        return new FieldError(parent + separator + path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

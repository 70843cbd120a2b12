package se.nspl.simulation;

/**
 * One broken rule of a scenario, at the path of its field in the contract's JSON, e.g. {@code regions[0].beds.ICU}.
 * The path is empty when the mistake is the document as a whole.
 */
public record FieldError(String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

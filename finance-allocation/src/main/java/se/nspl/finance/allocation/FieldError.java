package se.nspl.finance.allocation;

/**
 * One broken rule of an allocation's input, at the path of its field, e.g. {@code
 * regions[3].population}; the path is empty when the mistake is the document as a whole.
 */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}

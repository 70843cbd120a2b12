package se.nspl.shared;

import java.util.List;

/**
 * Input that breaks a rule, with the path of each offending field; answered with 400 and changes
 * nothing.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: the field path as the client sent it and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final transient List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

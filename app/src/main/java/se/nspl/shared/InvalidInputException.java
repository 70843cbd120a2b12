package se.nspl.shared;

import java.util.List;

/**
 * Input that breaks a rule, with the path of each offending field; answered with 400 and changes
 * nothing.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One broken rule: the field path as the client sent it and what is wrong with it.
     *
     * @param message what is wrong, in English
     * @param code the key of the message in the other languages ({@code messages.properties}),
     *     null when the message is English only
     * @param arguments the values the message names, in the order of its placeholders
     */
    public record FieldError(String field, String message, String code, List<Object> arguments) {

        public FieldError {
            arguments = List.copyOf(arguments);
        }

        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }

        /** A broken rule with its English text and the key of its translations. */
        public static FieldError coded(String field, String code, String message, Object... arguments) {
            return new FieldError(field, message, code, List.of(arguments));
        }

        /** The same error for a field inside something larger: {@code at("line 3: ")}. */
        public FieldError at(String prefix) {
            return new FieldError(prefix + field, message, code, arguments);
        }
    }

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

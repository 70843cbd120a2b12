package se.nspl.distribution.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A distribution problem that breaks the contract, with every broken rule found. */
public class InvalidProblemException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public InvalidProblemException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors seen from the object that holds the invalid one at {@code parent}. */
    InvalidProblemException within(String parent) {
        return new InvalidProblemException(
                errors.stream().map(error -> error.within(parent)).toList());
    }
}

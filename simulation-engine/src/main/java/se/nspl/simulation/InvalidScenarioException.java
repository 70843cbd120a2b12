package se.nspl.simulation;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that breaks the contract, with every broken rule found. */
public class InvalidScenarioException extends IllegalArgumentException {

    private final List<FieldError> errors;

    public InvalidScenarioException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidScenarioException(String path, String message) {
        this(List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}

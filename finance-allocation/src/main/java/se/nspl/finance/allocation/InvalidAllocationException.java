package se.nspl.finance.allocation;

import java.util.List;

/** Input to the cost key that breaks its rules, with every offending field. */
public class InvalidAllocationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidAllocationException(List<FieldError> errors) {
        super(String.join("; ", errors.stream().map(FieldError::toString).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

package se.nspl.organisation.web;

import jakarta.validation.Validator;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.StaleVersionException;

/**
 * Runs a form's draft through the same rules as the API and puts every broken rule next to its
 * field, so the page shows the user exactly what to fix.
 */
@Component
class FormErrors {

    private final Validator validator;

    FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** The draft if the form is valid; otherwise null, with the errors in {@code result}. */
    <T> T validDraft(Supplier<T> draft, BindingResult result) {
        if (result.hasErrors()) {
            return null;
        }
        T value;
        try {
            value = draft.get();
        } catch (InvalidInputException e) {
            reject(e, result);
            return null;
        }
        for (var violation : validator.validate(value)) {
            result.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage());
        }
        return result.hasErrors() ? null : value;
    }

    /** Runs the change; a broken rule or a lost update ends up in {@code result} instead of an error page. */
    boolean apply(Runnable change, BindingResult result) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            reject(e, result);
        } catch (StaleVersionException e) {
            result.reject("stale", e.getMessage());
        }
        return false;
    }

    private static void reject(InvalidInputException e, BindingResult result) {
        for (var error : e.errors()) {
            if (result.getFieldType(error.field()) != null) {
                result.rejectValue(error.field(), "invalid", error.message());
            } else {
                result.reject("invalid", error.message());
            }
        }
    }
}

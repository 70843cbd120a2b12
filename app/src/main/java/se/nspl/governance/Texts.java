package se.nspl.governance;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.Classification;
import se.nspl.shared.InvalidInputException.FieldError;

/** The rules of the texts the secretariat writes: their length, and no security-classified content. */
final class Texts {

    private Texts() {}

    static void require(@Nullable String text, String field, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "must not be empty"));
        } else {
            limit(text, field, max, errors);
        }
    }

    static void limit(@Nullable String text, String field, int max, List<FieldError> errors) {
        if (text != null && text.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        Classification.check(field, text, errors);
    }

    @Nullable
    static String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

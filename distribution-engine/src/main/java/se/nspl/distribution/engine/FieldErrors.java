package se.nspl.distribution.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects the broken rules of one object, so that a caller learns all of them at once rather than one per try. */
final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    FieldErrors add(String path, String message) {
        errors.add(new FieldError(path, message));
        return this;
    }

    FieldErrors check(boolean valid, String path, String message) {
        return valid ? this : add(path, message);
    }

    FieldErrors present(String path, Object value) {
        return check(value != null, path, "is required");
    }

    FieldErrors notBlank(String path, String value) {
        if (value == null) {
            return present(path, null);
        }
        return check(!value.isBlank(), path, "must not be blank");
    }

    FieldErrors atLeast(String path, int value, int minimum) {
        return check(value >= minimum, path, "must be at least " + minimum);
    }

    FieldErrors positive(String path, double value) {
        return check(value > 0 && Double.isFinite(value), path, "must be a positive number");
    }

    FieldErrors notNegative(String path, double value) {
        return check(value >= 0 && Double.isFinite(value), path, "must be zero or a positive number");
    }

    FieldErrors latitude(String path, double degrees) {
        return check(degrees >= -90 && degrees <= 90, path, "must be between -90 and 90");
    }

    FieldErrors longitude(String path, double degrees) {
        return check(degrees >= -180 && degrees <= 180, path, "must be between -180 and 180");
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
    }
}

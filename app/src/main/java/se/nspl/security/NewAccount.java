package se.nspl.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import se.nspl.shared.Classification;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** What is needed to open an account; the password is hashed with Argon2 and never stored. */
public record NewAccount(
        String username, String displayName, String password, Role role, Optional<RegionCode> region, Set<UUID> units) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");
    /** NIST SP 800-63B: length over composition rules. */
    static final int MIN_PASSWORD = 12;

    static final int MAX_PASSWORD = 256;

    /** More units than any region has: each is looked up. */
    static final int MAX_UNITS = 500;

    public NewAccount {
        units = units == null ? Set.of() : Set.copyOf(units);
        region = region == null ? Optional.empty() : region;
        var errors = new ArrayList<FieldError>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "2–63 characters: lower-case letters, digits, '.', '_' or '-'"));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            errors.add(new FieldError("displayName", "must be given, at most 200 characters"));
        }
        Classification.check("displayName", displayName, errors);
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new FieldError("password", "must have " + MIN_PASSWORD + "–" + MAX_PASSWORD + " characters"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "must be given"));
        } else if (role.isRegional() != region.isPresent()) {
            errors.add(new FieldError(
                    "region",
                    role.isRegional() ? role + " acts for one region: give it" : role + " is national: leave it out"));
        }
        if (units.size() > MAX_UNITS) {
            errors.add(new FieldError("units", "at most " + MAX_UNITS + " units"));
        } else if (!units.isEmpty() && role != Role.REPORTER) {
            errors.add(new FieldError("units", "only a reporter is bound to units"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }
}

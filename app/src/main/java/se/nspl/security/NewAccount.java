package se.nspl.security;

import java.util.Optional;
import java.util.Set;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** What is needed to open an account; the password is hashed with Argon2 and never stored. */
public record NewAccount(
        String username,
        String displayName,
        String password,
        Role role,
        Optional<RegionCode> region,
        Set<java.util.UUID> units) {

    public NewAccount {
        units = Set.copyOf(units);
        if (role.isRegional() != region.isPresent()) {
            throw new IllegalArgumentException(
                    role.isRegional() ? role + " needs a region" : role + " is national and has no region");
        }
        if (password == null || password.length() < 12) {
            throw new IllegalArgumentException("a password has at least 12 characters");
        }
    }
}

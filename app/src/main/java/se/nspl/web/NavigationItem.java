package se.nspl.web;

import java.util.Optional;
import se.nspl.shared.Role;

/**
 * An entry of the main navigation. Each module that has pages declares its own as a bean; the
 * shell shows them in {@code order}, each only to those who may use it.
 *
 * @param path where the entry leads
 * @param labelKey message key of its label (messages.properties)
 * @param order position from the left
 * @param onlyFor the role that sees it; empty for everyone logged in
 */
public record NavigationItem(String path, String labelKey, int order, Optional<Role> onlyFor) {

    public NavigationItem(String path, String labelKey, int order) {
        this(path, labelKey, order, Optional.empty());
    }

    boolean visibleTo(java.util.Collection<String> authorities) {
        return onlyFor.map(role -> authorities.contains("ROLE_" + role.name())).orElse(true);
    }
}

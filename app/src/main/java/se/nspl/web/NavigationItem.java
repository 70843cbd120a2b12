package se.nspl.web;

import java.util.Set;
import se.nspl.shared.Role;

/**
 * An entry of the main navigation. Each module that has pages declares its own as a bean; the
 * shell shows them in {@code order}, each only to those who may use it.
 *
 * @param path where the entry leads
 * @param labelKey message key of its label (messages.properties)
 * @param order position from the left
 * @param onlyFor the roles that see it; empty for everyone logged in
 */
public record NavigationItem(String path, String labelKey, int order, Set<Role> onlyFor) {

    public NavigationItem(String path, String labelKey, int order) {
        this(path, labelKey, order, Set.of());
    }

    boolean visibleTo(java.util.Collection<String> authorities) {
        return onlyFor.isEmpty() || onlyFor.stream().anyMatch(role -> authorities.contains("ROLE_" + role.name()));
    }
}

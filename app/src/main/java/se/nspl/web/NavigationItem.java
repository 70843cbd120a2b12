package se.nspl.web;

/**
 * An entry of the main navigation. Each module that has pages declares its own as a bean; the
 * shell shows them in {@code order}.
 *
 * @param path where the entry leads
 * @param labelKey message key of its label (messages.properties)
 * @param order position from the left
 */
public record NavigationItem(String path, String labelKey, int order) {}

package se.nspl.web;

/**
 * A line shown at the top of every page until the person deals with it, e.g. a notice waiting for
 * their acknowledgement.
 *
 * @param messageKey the message (messages.properties) with {@code {0}} for the text
 * @param text what it is about, e.g. the notice's subject
 * @param path where to deal with it
 * @param urgent shown as an error rather than as information
 */
public record Banner(String messageKey, String text, String path, boolean urgent) {}

package se.nspl.contact;

import org.jspecify.annotations.Nullable;

/**
 * A named role on a contact card, e.g. "Regional särskild sjukvårdsledare" with a number.
 *
 * @param name the person or function answering; optional (a role may be staffed in turns)
 */
public record RoleContact(
        @Nullable String title,
        @Nullable String name,
        @Nullable String phone) {}

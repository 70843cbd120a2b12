package se.nspl.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notification as its reader sees it.
 *
 * @param messageKey the text's key in messages.properties, e.g. {@code notification.support.OFFER}
 * @param arguments the values its placeholders name
 * @param link where it leads, a path in the platform
 */
public record Notification(
        UUID id,
        Audience audience,
        String messageKey,
        List<String> arguments,
        String link,
        Instant createdAt,
        boolean read) {

    public Notification {
        arguments = List.copyOf(arguments);
    }
}

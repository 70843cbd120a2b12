package se.nspl.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * A broken rule's message in the reader's language. Rules carry their English text; the other
 * languages (Swedish first) come from {@code messages.properties} under the rule's code, with the
 * English text as the fallback for a rule not yet translated.
 */
@Component
public class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(FieldError error, Locale locale) {
        if (error.code() == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return error.message();
        }
        return messages.getMessage(error.code(), error.arguments().toArray(), error.message(), locale);
    }
}

package se.nspl.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.nspl.shared.InvalidInputException;
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

    /**
     * The broken rules' messages in the reader's language by form field ({@code formField} maps a
     * rule's field path to the form's field); a field's several rules joined.
     */
    public Map<String, String> byField(InvalidInputException e, UnaryOperator<String> formField) {
        var locale = LocaleContextHolder.getLocale();
        return e.errors().stream()
                .collect(Collectors.toMap(
                        f -> formField.apply(f.field()),
                        f -> text(f, locale),
                        (a, b) -> a + "; " + b,
                        LinkedHashMap::new));
    }
}

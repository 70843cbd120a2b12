package se.nspl.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.InvalidInputException.FieldError;

/**
 * The guard against security-classified content. NSPL is approved for sensitive but unclassified
 * information only, so a text that carries a marking of the Swedish security-protection regime
 * (säkerhetsskyddslagen 2018:585: KVALIFICERAT HEMLIG, HEMLIG, KONFIDENTIELL, BEGRÄNSAT HEMLIG;
 * the older HEMLIG/TOP SECRET … HEMLIG/RESTRICTED and H/TS … H/R; NATO and EU markings) is refused
 * with an explanation, and nothing is stored.
 *
 * <p>What counts as a marking, and why (docs/security.md): a marking is written to be seen, so
 * <ul>
 *   <li>phrases nobody writes in running text count in any case: "kvalificerat hemlig",
 *       "begränsat hemlig", "Hemlig/Top secret" (and /Secret, /Confidential, /Restricted), "NATO
 *       SECRET", "EU RESTRICTED";
 *   <li>the single words HEMLIG and KONFIDENTIELL count written in capitals, or in any case with a
 *       classification's context: "hemlig enligt …", "klassificerad som hemlig", "Säkerhetsskyddsklass:
 *       Konfidentiell". "En hemlig plan", "konfidentiell behandling", "hemligheten", "hemligt" do not:
 *       ordinary Swedish words are not refused;
 *   <li>the abbreviations H/TS, H/S, H/C, H/R count in capitals only, as whole tokens.
 * </ul>
 * Always whole words: letters next to a marking make it another word. "Sekretess" (secrecy under the
 * Public Access to Information and Secrecy Act) is no security classification and is not refused.
 */
public final class Classification {

    /** The key of the Swedish explanation in {@code messages.properties}. */
    public static final String CODE = "classification.marked";

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Pattern> MARKINGS = List.of(
            Pattern.compile(BEFORE + "(kvalificerat|begränsat)\\s+hemlig" + AFTER, FLAGS),
            Pattern.compile(BEFORE + "hemlig\\s*/\\s*(top\\s+secret|secret|confidential|restricted)" + AFTER, FLAGS),
            Pattern.compile(
                    BEFORE + "(nato|eu|cosmic)\\s+(top\\s+secret|secret|confidential|restricted)" + AFTER, FLAGS),
            Pattern.compile(BEFORE + "(hemlig|konfidentiell)\\s+(enligt|jämlikt)" + AFTER, FLAGS),
            Pattern.compile(
                    BEFORE + "(säkerhetsskydds)?klass(ificering|ificerad|ificerat|ificerade|ning)?\\s*(:|som)?\\s*"
                            + "(hemlig|konfidentiell)" + AFTER,
                    FLAGS),
            // capitals only: how a marking is written, unlike the adjective in a sentence
            Pattern.compile(BEFORE + "(HEMLIG|KONFIDENTIELL)" + AFTER),
            Pattern.compile("(?<![\\p{L}\\p{N}/])H/(TS|S|C|R)(?![\\p{L}\\p{N}/])"));

    private Classification() {}

    /** The first marking the text carries, as written there; empty for none or no text. */
    public static Optional<String> markingIn(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher first = null;
        for (var pattern : MARKINGS) {
            var matcher = pattern.matcher(text);
            if (matcher.find() && (first == null || matcher.start() < first.start())) {
                first = matcher;
            }
        }
        return first == null ? Optional.empty() : Optional.of(first.group());
    }

    /** The broken rule for a field whose text carries a marking, if it does. */
    public static Optional<FieldError> error(String field, @Nullable String text) {
        return markingIn(text)
                .map(marking -> FieldError.coded(
                        field,
                        CODE,
                        "carries the security-classification marking \"" + marking
                                + "\": NSPL is not approved for security-classified information. Remove it and"
                                + " handle it in a system or channel approved for its class, as your security"
                                + " officer directs",
                        marking));
    }

    /** Adds the field's broken rule to {@code errors} when its text carries a marking. */
    public static void check(String field, @Nullable String text, List<FieldError> errors) {
        error(field, text).ifPresent(errors::add);
    }

    /** Throws {@link InvalidInputException} naming the field when its text carries a marking. */
    public static void check(String field, @Nullable String text) {
        var error = error(field, text);
        if (error.isPresent()) {
            throw new InvalidInputException(List.of(error.get()));
        }
    }
}

package se.nspl.web;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import se.nspl.shared.InvalidInputException;

/**
 * Optimistic locking over HTTP: responses carry the version as an ETag, updates send it back in
 * {@code If-Match}. A missing If-Match gets 428, a stale one 409 (from the module's update).
 */
public final class Versions {

    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private Versions() {}

    public static String eTag(long version) {
        return "\"" + version + "\"";
    }

    public static <T> ResponseEntity<T> withETag(long version, T body) {
        return ResponseEntity.ok().eTag(eTag(version)).body(body);
    }

    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ResponseStatusException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "Send the version you read in If-Match (the ETag of the GET), so that nobody's change is lost");
        }
        var matcher = ETAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException("If-Match", "must be the ETag you read, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}

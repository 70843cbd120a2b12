package se.nspl.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The id of the request being handled: taken from a well-formed {@code X-Request-Id} or made
 * here, echoed in the response, written in every log line (MDC key {@link #MDC_KEY}) and in every
 * audit entry of the request, so that a log line, an audit entry and a client's report meet.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Letters, digits and {@code . _ : -}, at most 64: a UUID, a trace id, a proxy's id. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestId() {}

    /** The incoming id when it is well-formed, else a new random one. */
    public static String acceptOrMake(@Nullable String incoming) {
        return incoming != null && WELL_FORMED.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    /** The id of the request this thread is handling; empty in jobs and event listeners. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}

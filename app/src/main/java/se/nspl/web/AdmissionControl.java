package se.nspl.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the work one node takes on at once, so that an overload is answered with a quick
 * {@code 503 Service Unavailable} and {@code Retry-After} instead of a queue in which every request
 * ends in a time-out. At most {@code inFlight} requests are worked on at once (as many as database
 * connections); up to {@code waiting} more wait for one of them to finish, at most {@code maxWait};
 * any request beyond those is refused at once, before it reads its session or credentials. The web
 * server has threads for all three kinds, so a refusal never waits behind admitted work. The
 * health endpoint is never refused. Per principal, the API's rate limit answers 429 on top of this
 * (docs/reliability.md, Overload).
 */
final class AdmissionControl extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore permits;
    private final int waiting;
    private final long maxWaitNanos;
    private final AtomicInteger waiters = new AtomicInteger();

    AdmissionControl(int inFlight, int waiting, Duration maxWait) {
        this.permits = new Semaphore(inFlight, true);
        this.waiting = waiting;
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Requests waiting for a turn now. */
    int waiting() {
        return waiters.get();
    }

    private boolean admit() {
        if (permits.tryAcquire()) {
            return true;
        }
        if (waiters.incrementAndGet() > waiting) {
            waiters.decrementAndGet();
            return false;
        }
        try {
            return permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiters.decrementAndGet();
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/fhir/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                            + "\"detail\":\"The server is busy; the request was not carried out. Send it again after"
                            + " the Retry-After seconds (with the same Idempotency-Key where one is taken).\"}");
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter()
                .write("<!doctype html><html lang=\"sv\"><meta charset=\"utf-8\"><title>Hårt belastad</title>"
                        + "<p>Plattformen är hårt belastad just nu. Försök igen om en stund.</p>"
                        + "<p lang=\"en\">The platform is busy. Please try again in a moment.</p></html>");
    }
}

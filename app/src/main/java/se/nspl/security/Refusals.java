package se.nspl.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.DatabaseScope;
import se.nspl.shared.ForbiddenException;

/**
 * Authorisation failures in the audit trail, each in a transaction of its own: every {@code 403}
 * of the API and the pages ({@code authz.DENIED}: a module's {@link ForbiddenException} or Spring
 * Security's access rule), and every bearer credential presented but unknown, expired or revoked
 * ({@code authz.BAD_CREDENTIAL}). Who (or which address), the region, the method and path, the
 * reason.
 *
 * <p>Bounded, so that nobody fills the table by asking for what they may not have: a budget per
 * principal (an account, an API key, or the address of an anonymous caller) of {@code
 * nspl.security.refusal-audit.burst} entries, refilled at {@code per-minute}; a refusal over it is
 * logged (with its request id) but not recorded, and the next recorded one says how many were
 * left out. The API's request budget ({@link ApiRateLimit}) comes on top for a logged-in caller.
 */
@Component
public class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private final AuditTrail audit;
    private final RateLimiter budget;
    private final AtomicLong leftOut = new AtomicLong();

    Refusals(
            AuditTrail audit,
            @Value("${nspl.security.refusal-audit.per-minute:10}") double perMinute,
            @Value("${nspl.security.refusal-audit.burst:30}") int burst) {
        this.audit = audit;
        this.budget = new RateLimiter(perMinute / 60, burst, System::nanoTime);
    }

    /** Watches the response of everything after it in a filter chain: a 403 is recorded. */
    OncePerRequestFilter watch() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                    Object reason = request.getAttribute(ForbiddenException.REASON);
                    record(
                            request,
                            "authz.DENIED",
                            reason instanceof String text ? text : "refused by the access rules");
                }
            }
        };
    }

    /** A bearer credential was presented that is unknown, expired or revoked. */
    void badCredential(HttpServletRequest request) {
        record(request, "authz.BAD_CREDENTIAL", "bearer token or API key unknown, expired or revoked");
    }

    private void record(HttpServletRequest request, String action, String reason) {
        var actor = CurrentActor.get();
        String address = request.getRemoteAddr();
        String key = actor.map(a -> "p:" + a.id()).orElse("a:" + address);
        String what = abbreviate(request.getMethod() + " " + request.getRequestURI(), 200);
        if (budget.take(key) > 0) {
            leftOut.incrementAndGet();
            log.warn("{} of {} by {} not recorded in the audit trail: over the budget for refusals", action, what, key);
            return;
        }
        long omitted = leftOut.getAndSet(0);
        String detail = reason + "; from " + address
                + (omitted == 0 ? "" : "; " + omitted + " refusals over their budget left out since the last entry");
        try {
            // The platform's own record of a refusal, whoever was refused (anonymous callers too).
            DatabaseScope.asSystem(() -> audit.recordOnItsOwn(
                    actor.map(Actor::name).orElse("anonymous"),
                    actor.flatMap(Actor::region).orElse(null),
                    action,
                    "request",
                    what,
                    detail));
        } catch (RuntimeException e) {
            // The refusal stands whether or not it could be written down.
            leftOut.addAndGet(omitted + 1);
            log.warn("{} of {} by {} could not be recorded: {}", action, what, key, e.toString());
        }
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}

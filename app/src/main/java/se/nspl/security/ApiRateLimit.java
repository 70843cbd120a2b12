package se.nspl.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.nspl.shared.Actor;

/**
 * The API's request budget per principal, so that one noisy client cannot starve the others: an
 * account (all its tokens together) or an API key by its id, a request without credentials by
 * its address. Runs right after {@link BearerAuthentication}, from what it found: no database.
 * Over budget: 429 with {@code Retry-After} and a problem detail.
 */
final class ApiRateLimit extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final ProblemResponses problems;
    private final String budget;

    ApiRateLimit(RateLimiter limiter, ProblemResponses problems, String budget) {
        this.limiter = limiter;
        this.problems = problems;
        this.budget = budget;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = limiter.take(principal(request));
        if (wait > 0) {
            problems.tooManyRequests(
                    request,
                    response,
                    wait,
                    "Too many requests from this client: the API takes " + budget + " per client. Try again in " + wait
                            + " s.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String principal(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return "p:" + actor.id();
        }
        return "a:" + request.getRemoteAddr();
    }
}

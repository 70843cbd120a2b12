package se.nspl.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token or API key>}. A
 * credential that is unknown, expired or revoked is answered with 401 at once.
 */
final class BearerAuthentication extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiCredentials credentials;
    private final ProblemResponses problems;
    private final Refusals refusals;

    BearerAuthentication(ApiCredentials credentials, ProblemResponses problems, Refusals refusals) {
        this.credentials = credentials;
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        var actor = credentials.authenticate(header.substring(PREFIX.length()).strip());
        if (actor.isEmpty()) {
            refusals.badCredential(request);
            problems.commence(
                    request,
                    response,
                    new BadCredentialsException("The bearer token or API key is unknown, expired or revoked"));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                actor.get(), null, AccountUserDetails.authoritiesOf(actor.get()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

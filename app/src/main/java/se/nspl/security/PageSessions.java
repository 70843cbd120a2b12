package se.nspl.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page sessions of each account: ended at once when the account is disabled (its tokens end
 * through the credential check), and after an absolute lifetime however active they are
 * ({@code nspl.security.session.absolute-timeout}, default 12 hours), besides the idle timeout.
 * Kept in this node's memory, like the sessions themselves.
 */
@Component
public class PageSessions {

    private final SessionRegistry registry = new SessionRegistryImpl();
    private final Duration absoluteTimeout;
    private final Clock clock;

    PageSessions(@Value("${nspl.security.session.absolute-timeout:PT12H}") Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    SessionRegistry registry() {
        return registry;
    }

    /** Ends every page session of the account: its next request goes to the login. */
    void endAllOf(UUID account) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountUserDetails details
                    && details.actor().id().equals(account)) {
                registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }

    /** Files the session under the account (after an external login, whose principal was the provider's). */
    void registerAs(String sessionId, AccountUserDetails account) {
        registry.removeSessionInformation(sessionId);
        registry.registerNewSession(sessionId, account);
    }

    /** Ends a session older than the absolute lifetime before anything reads it. */
    OncePerRequestFilter absoluteTimeout() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var session = request.getSession(false);
                if (session != null && clock.millis() - session.getCreationTime() > absoluteTimeout.toMillis()) {
                    session.invalidate();
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Tells the registry when sessions end or change their id. */
    @Bean
    static ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}

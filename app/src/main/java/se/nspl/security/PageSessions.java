package se.nspl.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The page sessions of each account: ended at once when the account is disabled (its tokens end
 * through the credential check), and after an absolute lifetime however active they are
 * ({@code nspl.security.session.absolute-timeout}, default 12 hours), besides the idle timeout.
 * The sessions are kept in PostgreSQL (Spring Session JDBC), indexed by username, and read on
 * every request: any node serves any session, and a session ended on one node is ended on all.
 */
@Component
public class PageSessions {

    private final SpringSessionBackedSessionRegistry<? extends Session> registry;
    private final Duration absoluteTimeout;
    private final Clock clock;

    PageSessions(
            FindByIndexNameSessionRepository<? extends Session> sessions,
            @Value("${nspl.security.session.absolute-timeout:PT12H}") Duration absoluteTimeout,
            Clock clock) {
        this.registry = new SpringSessionBackedSessionRegistry<>(sessions);
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    SessionRegistry registry() {
        return registry;
    }

    /**
     * Ends every page session of the account: each is marked expired in the database, and its next
     * request, on whichever node, is logged out and sent to the login.
     */
    void endAllOf(String username) {
        registry.getAllSessions(username, false).forEach(session -> session.expireNow());
    }

    /** Files the session under the account (after an external login, whose principal was the provider's). */
    void registerAs(String sessionId, AccountUserDetails account) {
        registry.removeSessionInformation(sessionId);
        registry.registerNewSession(sessionId, account);
    }

    /** Ends a session older than the absolute lifetime before anything reads it. */
    OncePerRequestFilter absoluteTimeout() {
        return absoluteTimeout(absoluteTimeout, clock);
    }

    static OncePerRequestFilter absoluteTimeout(Duration absoluteTimeout, Clock clock) {
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
}

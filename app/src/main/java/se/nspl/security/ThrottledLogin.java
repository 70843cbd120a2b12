package se.nspl.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.DatabaseScope;

/**
 * Password login (the form and the token endpoint alike) through the {@link LoginThrottle}, with
 * every attempt in the audit trail: success, failure, refusal.
 */
class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle, AuditTrail audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** A log-in looks accounts up and records itself before anyone is logged in: as the platform. */
    @Override
    public Authentication authenticate(Authentication attempt) {
        return DatabaseScope.asSystem(() -> check(attempt));
    }

    private Authentication check(Authentication attempt) {
        String username = abbreviate(String.valueOf(attempt.getName()));
        String address = address();
        try {
            throttle.check(username, address);
        } catch (LoginThrottle.ThrottledException e) {
            audit.recordOnItsOwn(username, null, "login.THROTTLED", "account", username, "from " + address);
            throw e;
        }
        try {
            var result = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            if (result != null && result.getPrincipal() instanceof AccountUserDetails account) {
                audit.recordOnItsOwn(
                        username,
                        account.actor().region().orElse(null),
                        "login.PASSWORD_ACCEPTED",
                        "account",
                        account.actor().id().toString(),
                        "from " + address);
            }
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            audit.recordOnItsOwn(username, null, "login.FAILED", "account", username, "from " + address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as this server sees it (behind a proxy: configure forwarded headers). */
    static String address() {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return "unknown";
    }

    private static String abbreviate(String username) {
        return username.length() <= 100 ? username : username.substring(0, 100);
    }
}

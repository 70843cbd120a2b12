package se.nspl.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a person's login. After the password an account that needs a code holds
 * only {@link #PENDING}: it may open {@code /mfa} and log out, nothing else (anything else leads
 * back to {@code /mfa}). The code, or the enrolment of an app, gives it its role.
 */
@Component
public class MfaLogin implements AuthenticationSuccessHandler, AccessDeniedHandler {

    /** The authority of a session that has given its password but not yet its code. */
    public static final String PENDING = "MFA_PENDING";

    private final Mfa mfa;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler onward =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    MfaLogin(Mfa mfa) {
        this.mfa = mfa;
        onward.setDefaultTargetUrl("/");
    }

    /** After the password: on to the code when the account needs one, else where the person was going. */
    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof AccountUserDetails account
                && mfa.required(account.actor().id())) {
            replace(
                    UsernamePasswordAuthenticationToken.authenticated(
                            account, null, List.of(new SimpleGrantedAuthority(PENDING))),
                    request,
                    response);
            response.sendRedirect(request.getContextPath() + "/mfa");
            return;
        }
        onward.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * After a login at an external provider (already in a new session id): on to the code when the
     * account needs one and the provider did not ask for a second factor itself, else where the
     * person was going.
     */
    void afterExternalLogin(
            HttpServletRequest request,
            HttpServletResponse response,
            UsernamePasswordAuthenticationToken full,
            boolean secondFactorDone)
            throws IOException, jakarta.servlet.ServletException {
        var account = (AccountUserDetails) full.getPrincipal();
        if (!secondFactorDone && mfa.required(account.actor().id())) {
            replace(
                    UsernamePasswordAuthenticationToken.authenticated(
                            account, null, List.of(new SimpleGrantedAuthority(PENDING))),
                    request,
                    response);
            response.sendRedirect(request.getContextPath() + "/mfa");
            return;
        }
        replace(full, request, response);
        onward.onAuthenticationSuccess(request, response, full);
    }

    /**
     * After the code: the account's role, in a new session id (what was pending cannot be carried
     * into the full login by someone who learned the session id), then on where it was going.
     */
    public void complete(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        var pending = SecurityContextHolder.getContext().getAuthentication();
        if (!(pending.getPrincipal() instanceof AccountUserDetails account)) {
            throw new IllegalStateException("no person is logging in");
        }
        request.changeSessionId();
        var full = UsernamePasswordAuthenticationToken.authenticated(
                account, null, AccountUserDetails.authoritiesOf(account.actor()));
        replace(full, request, response);
        onward.onAuthenticationSuccess(request, response, full);
    }

    /** Whether the current session is between its password and its code. */
    public static boolean pending() {
        return isPending(SecurityContextHolder.getContext().getAuthentication());
    }

    static boolean isPending(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> PENDING.equals(a.getAuthority()));
    }

    /** Everything but {@code /mfa}: logged in, and past the code. */
    static AuthorizationManager<RequestAuthorizationContext> fullyLoggedIn() {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(
                    Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                var current = authentication.get();
                return new AuthorizationDecision(current != null
                        && current.isAuthenticated()
                        && !(current
                                instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                        && !isPending(current));
            }
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (pending()) {
            response.sendRedirect(request.getContextPath() + "/mfa");
            return;
        }
        denied.handle(request, response, e);
    }

    private void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}

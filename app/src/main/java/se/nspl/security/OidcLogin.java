package se.nspl.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.DatabaseScope;

/**
 * Optional login through an external OpenID Connect provider (a region's own identity provider),
 * on only when {@code nspl.security.oidc.issuer-uri} is set. The provider's identity ({@code iss}
 * and {@code sub} of the signed ID token) logs in as the local account an administrator linked to
 * it ({@link AccountAdministration#linkExternalSubject}), with that account's role and region: the
 * provider grants no role. An identity linked to no account, or to a disabled one, is refused and
 * audited. The provider's login counts as the second factor only when its ID token says so ({@code
 * amr} or {@code acr} as configured); otherwise the account gives its TOTP code as after a password.
 * Afterwards the session is that of a form login: a new session id, the account's principal in the
 * session registry ({@link PageSessions}), and no token of the provider kept.
 */
@Component
@ConditionalOnExpression("!'${nspl.security.oidc.issuer-uri:}'.isBlank()")
public class OidcLogin {

    static final String REGISTRATION = "oidc";

    private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private final Set<String> mfaAmr;
    private final Set<String> mfaAcr;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final MfaLogin mfaLogin;
    private final PageSessions sessions;
    private volatile @Nullable ClientRegistration registration;

    OidcLogin(
            @Value("${nspl.security.oidc.issuer-uri}") String issuer,
            @Value("${nspl.security.oidc.client-id:}") String clientId,
            @Value("${nspl.security.oidc.client-secret:}") String clientSecret,
            @Value("${nspl.security.oidc.name:}") String name,
            @Value("${nspl.security.oidc.mfa-amr:mfa}") Set<String> mfaAmr,
            @Value("${nspl.security.oidc.mfa-acr:}") Set<String> mfaAcr,
            Accounts accounts,
            AuditTrail audit,
            MfaLogin mfaLogin,
            PageSessions sessions) {
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalStateException(
                    "nspl.security.oidc.issuer-uri is set: set nspl.security.oidc.client-id and client-secret too");
        }
        this.issuer = issuer.strip();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.name = name.isBlank() ? this.issuer : name.strip();
        this.mfaAmr = Set.copyOf(mfaAmr);
        this.mfaAcr = Set.copyOf(mfaAcr);
        this.accounts = accounts;
        this.audit = audit;
        this.mfaLogin = mfaLogin;
        this.sessions = sessions;
    }

    /** How an identity is stored on the account it logs in as: a subject is unique only within its issuer. */
    static String externalSubject(String issuer, String subject) {
        return issuer + " " + subject;
    }

    /** The provider's name on the login page ("Logga in med …"). */
    public String name() {
        return name;
    }

    /** The login's look-ups and records are the platform's own: no actor is known to the database yet. */
    private interface Step {
        void run() throws IOException, ServletException;
    }

    private static void asSystem(Step step) throws IOException, ServletException {
        try {
            DatabaseScope.asSystem(() -> {
                try {
                    step.run();
                } catch (IOException | ServletException e) {
                    throw new StepFailed(e);
                }
            });
        } catch (StepFailed failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failed.getCause();
        }
    }

    private static final class StepFailed extends RuntimeException {
        StepFailed(Exception cause) {
            super(cause);
        }
    }

    /** Where the login page's button goes: Spring Security's start of the authorisation code flow. */
    public static String start() {
        return "/oauth2/authorization/" + REGISTRATION;
    }

    void configure(HttpSecurity http) throws Exception {
        // The pages chain has the password manager of its own (throttled, audited); the OIDC
        // filter gets a manager that knows only the code flow, with this account mapping.
        var codeFlow = new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(),
                request -> DatabaseScope.asSystem(() -> account(request))));
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(id -> REGISTRATION.equals(id) ? registration() : null)
                .authorizedClientRepository(new NoTokensKept())
                .successHandler((request, response, authentication) ->
                        asSystem(() -> loggedIn(request, response, authentication)))
                .failureHandler((request, response, exception) -> asSystem(() -> refused(request, response, exception)))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(codeFlow);
                        return filter;
                    }
                }));
    }

    /**
     * Read from the provider's discovery document at the first login, not at start: the platform
     * starts while the provider is away, and only its logins wait for it.
     */
    private ClientRegistration registration() {
        var known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    known = ClientRegistrations.fromIssuerLocation(issuer)
                            .registrationId(REGISTRATION)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .clientName(name)
                            .scope("openid")
                            .build();
                    registration = known;
                }
            }
        }
        return known;
    }

    /** The signed ID token's identity, as the account linked to it; refused when there is none or it is disabled. */
    private OidcUser account(OidcUserRequest request) {
        var token = request.getIdToken();
        String subject = externalSubject(String.valueOf(token.getIssuer()), token.getSubject());
        var account = accounts.findByExternalSubject(subject);
        if (account.isEmpty()) {
            audit.recordOnItsOwn(
                    abbreviate("oidc:" + token.getSubject(), 100),
                    null,
                    "login.OIDC_REFUSED",
                    "external-subject",
                    abbreviate(subject, 200),
                    "linked to no account; from " + address());
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("unknown_subject", "this identity is linked to no account", null));
        }
        if (!account.get().enabled()) {
            audit.recordOnItsOwn(
                    account.get().username(),
                    account.get().region().orElse(null),
                    "login.OIDC_REFUSED",
                    "account",
                    account.get().id().toString(),
                    "account disabled; from " + address());
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("account_disabled", "the linked account is disabled", null));
        }
        return new LinkedAccount(new AccountUserDetails(account.get(), null), token);
    }

    private void loggedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        var linked = (LinkedAccount) authentication.getPrincipal();
        var account = linked.account();
        boolean secondFactor = secondFactorShown(linked.getIdToken());
        audit.recordOnItsOwn(
                account.getUsername(),
                account.actor().region().orElse(null),
                "login.OIDC_ACCEPTED",
                "account",
                account.actor().id().toString(),
                "as " + linked.getSubject() + " of " + linked.getIdToken().getIssuer() + "; second factor at the"
                        + " provider: " + (secondFactor ? "yes" : "no") + "; from " + address());
        // From here the session is a form login's: the account as principal, in the registry too.
        var session = request.getSession(false);
        if (session != null) {
            sessions.registerAs(session.getId(), account);
        }
        var full = UsernamePasswordAuthenticationToken.authenticated(
                account, null, AccountUserDetails.authoritiesOf(account.actor()));
        mfaLogin.afterExternalLogin(request, response, full, secondFactor);
    }

    boolean secondFactorShown(OidcIdToken token) {
        List<String> amr = token.getAuthenticationMethods();
        if (amr != null && amr.stream().anyMatch(mfaAmr::contains)) {
            return true;
        }
        String acr = token.getAuthenticationContextClass();
        return acr != null && mfaAcr.contains(acr);
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String code = e instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : "error";
        if (!code.equals("unknown_subject") && !code.equals("account_disabled")) {
            // the provider's refusal, a forged or stale answer: the identity is not known here
            audit.recordOnItsOwn(
                    "anonymous",
                    null,
                    "login.OIDC_FAILED",
                    "oidc-provider",
                    abbreviate(issuer, 200),
                    abbreviate(code, 100) + "; from " + address());
        }
        response.sendRedirect(request.getContextPath() + "/login?oidcRefused");
    }

    private static String address() {
        return ThrottledLogin.address();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** The provider's identity, known here as a local account. */
    static final class LinkedAccount implements OidcUser, java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final AccountUserDetails account;
        private final OidcIdToken idToken;

        LinkedAccount(AccountUserDetails account, OidcIdToken idToken) {
            this.account = account;
            this.idToken = idToken;
        }

        AccountUserDetails account() {
            return account;
        }

        @Override
        public Map<String, Object> getClaims() {
            return idToken.getClaims();
        }

        @Override
        public @Nullable OidcUserInfo getUserInfo() {
            return null;
        }

        @Override
        public OidcIdToken getIdToken() {
            return idToken;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return idToken.getClaims();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return AccountUserDetails.authoritiesOf(account.actor());
        }

        @Override
        public String getName() {
            return account.getUsername();
        }
    }

    /** The platform needs nothing of the provider after the login: its tokens are not kept. */
    private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

        @Override
        @SuppressWarnings("TypeParameterUnusedInFormals")
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(
                String clientRegistrationId, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(
                OAuth2AuthorizedClient authorizedClient,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(
                String clientRegistrationId,
                Authentication principal,
                HttpServletRequest request,
                HttpServletResponse response) {}
    }
}

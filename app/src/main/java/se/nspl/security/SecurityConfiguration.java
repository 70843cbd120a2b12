package se.nspl.security;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.nspl.audit.AuditTrail;

/**
 * Two doors. The API ({@code /api/**}, and the FHIR entry path {@code /fhir/**}) takes bearer tokens
 * and API keys only, keeps no session
 * and so needs no CSRF token. The pages take a form login with a session, CSRF protection and
 * strict security headers. Who may do what with which data is decided in each module.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Everything comes from the platform itself (no CDN); no inline script. Swagger UI needs inline styles. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none';"
                    + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * Argon2id with OWASP's recommended minimum of 19 MiB memory, 2 passes and 1 lane (Spring Security's own defaults
     * take 16 MiB). Each hash carries its parameters, so hashes made with other ones still verify.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, 19 * 1024, 2);
    }

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    @Bean
    AuthenticationManager authenticationManager(
            AccountLogin accounts, PasswordEncoder passwords, LoginThrottle throttle, AuditTrail audit) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledLogin(provider, throttle, audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiCredentials credentials,
            ProblemResponses problems,
            Refusals refusals,
            @Value("${nspl.security.rate-limit.requests-per-second:100}") double perSecond,
            @Value("${nspl.security.rate-limit.burst:200}") int burst)
            throws Exception {
        var limiter = new RateLimiter(perSecond, burst, System::nanoTime);
        String budget = BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString()
                + " requests per second (bursts of " + burst + ")";
        http.securityMatcher("/api/**", "/fhir/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(
                        new BearerAuthentication(credentials, problems, refusals), AnonymousAuthenticationFilter.class)
                // after the bearer check (same position, added later): it needs the principal
                .addFilterBefore(new ApiRateLimit(limiter, problems, budget), AnonymousAuthenticationFilter.class)
                // and within it: a 403 (of the access rules or a module) is audited with the principal
                .addFilterBefore(refusals.watch(), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer credentials are never sent by a browser on its own, so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            AuthenticationManager passwords,
            MfaLogin mfa,
            LoginFailures failures,
            PageSessions sessions,
            Refusals refusals,
            Optional<OidcLogin> oidc)
            throws Exception {
        // The form login goes through the same throttled, audited manager as the token endpoint.
        http.authenticationManager(passwords)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        // Between password and code: the second step and the way out only.
                        .requestMatchers("/mfa", "/mfa/**", "/logout")
                        .authenticated()
                        .anyRequest()
                        .access(MfaLogin.fullyLoggedIn()))
                .formLogin(form -> form.loginPage("/login").successHandler(mfa).failureHandler(failures))
                .exceptionHandling(errors -> errors.accessDeniedHandler(mfa))
                // Sessions known by account, so that disabling one ends them; and a limit to their age.
                .sessionManagement(session -> session.maximumSessions(-1)
                        .sessionRegistry(sessions.registry())
                        .expiredUrl("/login?expired"))
                .addFilterBefore(sessions.absoluteTimeout(), SecurityContextHolderFilter.class)
                // a 403 (a missing CSRF token, the access rules, a module), audited with the session's principal
                .addFilterBefore(refusals.watch(), CsrfFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        // The same session handling as the form (new id, the registry) applies to it.
        if (oidc.isPresent()) {
            oidc.get().configure(http);
        }
        return http.build();
    }
}

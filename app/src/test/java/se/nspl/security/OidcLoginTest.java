package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/**
 * The authorisation code flow against a real OpenID Connect provider in this JVM
 * (mock-oauth2-server: discovery, signed ID tokens, nonce, the token endpoint), driven by an HTTP
 * client that follows the redirects as a browser would. Second factors are required here, as on a
 * real server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "nspl.security.mfa.required=true",
            "nspl.security.oidc.client-id=nspl",
            "nspl.security.oidc.client-secret=a-client-secret",
            "nspl.security.oidc.name=Region Testlands inloggning"
        })
class OidcLoginTest {

    private static final String ISSUER_ID = "region";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("nspl.security.oidc.issuer-uri", OidcLoginTest::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Autowired
    Environment environment;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AuditTrail trail;

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        var browser = new Browser();
        var page = browser.get(url("/login"));
        assertThat(page.body()).contains("Logga in med Region Testlands inloggning");
        assertThat(page.body()).contains("/oauth2/authorization/oidc");
    }

    @Test
    void aLinkedSubjectLogsInAsItsAccountWithItsRoleAndRegion() throws Exception {
        var account = open(Role.REGION_COORDINATOR, "24");
        String subject = "sub-" + UUID.randomUUID();
        administration.linkExternalSubject(account.id(), null, subject, admin());
        var browser = new Browser();
        browser.get(url("/login"));
        String before = browser.sessionId();

        PROVIDER.enqueueCallback(token(subject, Map.of("amr", List.of("pwd", "mfa"))));
        var landed = browser.follow(url("/oauth2/authorization/oidc"));

        // a region's coordinator starts at the report page
        assertThat(landed.uri().getPath()).isEqualTo("/report");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains(account.username());
        assertThat(browser.sessionId()).as("a new session id at login").isNotEqualTo(before);
        // the account's role and region, not the provider's: a coordinator of 24, no administrator
        assertThat(browser.get(url("/admin/accounts")).statusCode()).isEqualTo(403);
        assertThat(lastLogin(account.username()))
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("login.OIDC_ACCEPTED"))
                .satisfies(entry -> assertThat(entry.actorRegion()).isEqualTo(RegionCode.of("24")))
                .satisfies(entry -> assertThat(entry.detail()).contains("second factor at the provider: yes"));

        // the session is in the registry under the account: disabling it ends the session at once
        administration.setEnabled(account.id(), false, admin());
        var after = browser.get(url("/picture"));
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?expired"));
    }

    @Test
    void withoutASecondFactorAtTheProviderTheAccountGivesItsCode() throws Exception {
        var account = open(Role.NATIONAL_COORDINATOR, null);
        String subject = "sub-" + UUID.randomUUID();
        administration.linkExternalSubject(account.id(), null, subject, admin());
        var browser = new Browser();

        PROVIDER.enqueueCallback(token(subject, Map.of("amr", List.of("pwd"))));
        var landed = browser.follow(url("/oauth2/authorization/oidc"));

        assertThat(landed.uri().getPath()).isEqualTo("/mfa");
        var elsewhere = browser.get(url("/picture"));
        assertThat(elsewhere.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/mfa"));
    }

    @Test
    void anUnknownSubjectIsRefusedAndAudited() throws Exception {
        String subject = "nobody-" + UUID.randomUUID();
        var browser = new Browser();

        PROVIDER.enqueueCallback(token(subject, Map.of("amr", List.of("mfa"))));
        var landed = browser.follow(url("/oauth2/authorization/oidc"));

        assertThat(landed.uri().toString()).contains("/login?oidcRefused");
        assertThat(landed.body()).contains("Inloggningen godtogs inte");
        assertThat(browser.get(url("/picture")).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        var refused = trail.search(
                new AuditTrail.Search(null, "login.OIDC_REFUSED", issuer() + " " + subject, null, null, null, null),
                10);
        assertThat(refused)
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("linked to no account"));
    }

    @Test
    void aDisabledAccountIsRefused() throws Exception {
        var account = open(Role.REGION_COORDINATOR, "24");
        String subject = "sub-" + UUID.randomUUID();
        administration.linkExternalSubject(account.id(), null, subject, admin());
        administration.setEnabled(account.id(), false, admin());
        var browser = new Browser();

        PROVIDER.enqueueCallback(token(subject, Map.of("amr", List.of("mfa"))));
        var landed = browser.follow(url("/oauth2/authorization/oidc"));

        assertThat(landed.uri().toString()).contains("/login?oidcRefused");
        assertThat(lastLogin(account.username())).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("login.OIDC_REFUSED");
            assertThat(entry.detail()).contains("account disabled");
        });
    }

    @Test
    void oneIdentityLogsInAsOneAccountOnly() {
        var first = open(Role.REGION_COORDINATOR, "24");
        var second = open(Role.REGION_COORDINATOR, "24");
        String subject = "sub-" + UUID.randomUUID();
        administration.linkExternalSubject(first.id(), null, subject, admin());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> administration.linkExternalSubject(second.id(), null, subject, admin()))
                .hasMessageContaining("already linked");
        assertThat(accounts.find(first.id()).orElseThrow().externalSubject()).isEqualTo(issuer() + " " + subject);
    }

    private static String issuer() {
        return PROVIDER.issuerUrl(ISSUER_ID).toString();
    }

    private static DefaultOAuth2TokenCallback token(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("nspl"), claims, 3600);
    }

    private Account open(Role role, String region) {
        String username = "t-oidc-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount(
                username,
                "OIDC " + username,
                "correct horse battery",
                role,
                Optional.ofNullable(region).map(RegionCode::of),
                Set.of()));
    }

    private static Actor admin() {
        return new Actor(UUID.randomUUID(), "t-oidc-admin", Role.ADMIN, Optional.empty(), Set.of());
    }

    private AuditEntry lastLogin(String username) {
        return trail.search(new AuditTrail.Search(username, "login.OIDC", null, null, null, null, null), 1)
                .get(0);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path);
    }

    /** Cookies and redirects as a browser keeps and follows them. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> follow(URI start) throws IOException, InterruptedException {
            var visited = new ArrayList<URI>();
            var response = get(start);
            while (response.statusCode() / 100 == 3 && visited.size() < 10) {
                URI next = response.uri()
                        .resolve(response.headers().firstValue("Location").orElseThrow());
                visited.add(next);
                response = get(next);
            }
            return response;
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("SESSION"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }
    }
}

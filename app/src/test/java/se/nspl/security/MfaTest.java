package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;

/** A person enrols an authenticator app; from then on every login asks for a code, each code good once. */
class MfaTest extends ApiTest {

    private static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\">([A-Z2-7]+)<");
    private static final Pattern RECOVERY =
            Pattern.compile("<code>([A-Z2-7]{6}-[A-Z2-7]{6}-[A-Z2-7]{6}-[A-Z2-7]{6})</code>");

    @Autowired
    AuditTrail audit;

    @Test
    void anEnrolledAccountNeedsACodeAfterItsPasswordAndEachCodeWorksOnce() {
        String username = newAccount();
        var first = WebSession.loggedIn(port, username);
        var enrolment = first.get("/mfa").body();
        assertThat(enrolment).contains("<svg").contains("Aktivera");
        var matcher = SECRET.matcher(enrolment);
        assertThat(matcher.find()).isTrue();
        byte[] secret = TotpTest.fromBase32(matcher.group(1));
        long step = Totp.step(Instant.now());

        assertThat(first.post("/mfa/enrol", Map.of("code", "000000")).status())
                .as("a wrong code enrols nothing")
                .isIn(400);
        var confirmed = first.post("/mfa/enrol", Map.of("code", Totp.code(secret, step)));
        assertThat(confirmed.status()).isEqualTo(200);
        var recovery = RECOVERY.matcher(confirmed.body())
                .results()
                .map(r -> r.group(1))
                .toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        var second = password(username);
        assertThat(second.get("/support").status()).isEqualTo(302);
        assertThat(second.get("/support").header("Location")).endsWith("/mfa");
        assertThat(second.get("/api/v1/regions").status())
                .as("a half-logged-in session is no key to the API either")
                .isIn(302, 401);
        var reused = second.post("/mfa", Map.of("code", Totp.code(secret, step)));
        assertThat(reused.status()).as("the code used for the enrolment").isEqualTo(400);
        assertThat(reused.body()).contains("är inte en aktuell kod");
        var next = second.post("/mfa", Map.of("code", Totp.code(secret, step + 1)));
        assertThat(next.status()).isEqualTo(302);
        assertThat(second.get("/support").status()).isEqualTo(200);

        var third = password(username);
        assertThat(third.post("/mfa", Map.of("code", Totp.code(secret, step + 1)))
                        .status())
                .as("a code is good once")
                .isEqualTo(400);
        assertThat(third.post("/mfa", Map.of("code", recovery.get(0).toLowerCase()))
                        .status())
                .isEqualTo(302);
        assertThat(third.get("/picture").status()).isEqualTo(200);
        assertThat(password(username)
                        .post("/mfa", Map.of("code", recovery.get(0)))
                        .status())
                .as("a recovery code is good once")
                .isEqualTo(400);

        assertThat(audit.latest(200).stream().filter(e -> e.actor().equals(username)))
                .extracting(AuditEntry::action)
                .contains("mfa.ENROLLED", "login.MFA_ACCEPTED", "login.MFA_FAILED", "mfa.RECOVERY_CODE_USED");
    }

    @Test
    void theTokenEndpointAsksAnEnrolledAccountForItsCode() {
        String username = newAccount();
        byte[] secret = enrol(username);
        long step = Totp.step(Instant.now());

        assertThat(token(username, null).status()).isEqualTo(401);
        assertThat(token(username, "123456").status()).isEqualTo(401);
        var issued = token(username, Totp.code(secret, step + 1));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(token(username, Totp.code(secret, step + 1)).status()).isEqualTo(401);
    }

    @Test
    void fiveWrongCodesEndTheLogin() {
        String username = newAccount();
        enrol(username);
        var session = password(username);
        for (int i = 0; i < MfaPagesLimit.WRONG_CODES - 1; i++) {
            assertThat(session.post("/mfa", Map.of("code", "000000")).status()).isEqualTo(400);
        }
        var last = session.post("/mfa", Map.of("code", "000000"));
        assertThat(last.status()).isEqualTo(302);
        assertThat(last.header("Location")).endsWith("/login?mfaFailed");
        assertThat(session.get("/mfa").header("Location")).endsWith("/login");
    }

    @Test
    void anAdministratorResetsALostApp() {
        String username = newAccount();
        enrol(username);
        String id = api.get("/api/v1/accounts", TestAccounts.ADMIN)
                .json()
                .valueStream()
                .filter(a -> a.path("username").asString().equals(username))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        assertThat(api.send("POST", "/api/v1/accounts/" + id + "/mfa-reset", TestAccounts.NATIONAL, Map.of(), null)
                        .status())
                .isEqualTo(403);
        assertThat(WebSession.loggedIn(port, TestAccounts.ADMIN)
                        .post("/admin/accounts/" + id + "/mfa-reset", Map.of())
                        .status())
                .isEqualTo(302);

        // Not required in this test context: without an app the password is enough again.
        assertThat(password(username).get("/support").status()).isEqualTo(200);
        assertThat(audit.about("account", id)).extracting(AuditEntry::action).contains("mfa.RESET");
    }

    /** A fresh coordinator of region 24, logged in by password only. */
    private String newAccount() {
        String username = "t-mfa-" + UUID.randomUUID().toString().substring(0, 8);
        var opened = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "MFA-test",
                        "password",
                        TestAccounts.PASSWORD,
                        "role",
                        "REGION_COORDINATOR",
                        "region",
                        "24",
                        "units",
                        List.of()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return username;
    }

    /** Enrols an app for the account and returns its secret; the current step is used up. */
    private byte[] enrol(String username) {
        var session = WebSession.loggedIn(port, username);
        var matcher = SECRET.matcher(session.get("/mfa").body());
        assertThat(matcher.find()).isTrue();
        byte[] secret = TotpTest.fromBase32(matcher.group(1));
        assertThat(session.post("/mfa/enrol", Map.of("code", Totp.code(secret, Totp.step(Instant.now()))))
                        .status())
                .isEqualTo(200);
        return secret;
    }

    /** A session past the password, before the code. */
    private WebSession password(String username) {
        var session = new WebSession(port);
        var response = session.post("/login", Map.of("username", username, "password", TestAccounts.PASSWORD));
        assertThat(response.status()).isEqualTo(302);
        return session;
    }

    private Api.Response token(String username, String code) {
        var body =
                new java.util.HashMap<String, Object>(Map.of("username", username, "password", TestAccounts.PASSWORD));
        if (code != null) {
            body.put("totp", code);
        }
        return api.send("POST", "/api/v1/auth/token", null, Map.of(), body);
    }

    /** The page's limit, as the test reads it. */
    private static final class MfaPagesLimit {
        static final int WRONG_CODES = 5;
    }
}

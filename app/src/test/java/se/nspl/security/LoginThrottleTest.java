package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;

/** Password guessing is slowed per account and address; nobody else is locked out by it. */
class LoginThrottleTest extends ApiTest {

    @Autowired
    AuditTrail audit;

    @Test
    void theEleventhBadPasswordInAMinuteIsThrottledWhileAnotherUserLogsInFine() {
        String victim = newAccount();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(login(victim, "wrong password " + i).header("Location")).endsWith("/login?error");
        }
        assertThat(login(victim, "wrong password again").header("Location")).endsWith("/login?throttled");
        assertThat(login(victim, TestAccounts.PASSWORD).header("Location"))
                .as("even the right password, for the rest of the minute, from this address")
                .endsWith("/login?throttled");
        assertThat(new WebSession(port).get("/login?throttled").body()).contains("För många misslyckade inloggningar");

        assertThat(login(TestAccounts.STOCKHOLM, TestAccounts.PASSWORD).header("Location"))
                .doesNotContain("/login");
        assertThat(audit.latest(100).stream().filter(e -> e.subjectId().equals(victim)))
                .extracting(AuditEntry::action)
                .contains("login.FAILED", "login.THROTTLED");
    }

    @Test
    void theTokenEndpointAnswers429WithRetryAfter() {
        String victim = newAccount();
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThat(token(victim, "wrong " + i).status()).isEqualTo(401);
        }
        var throttled = token(victim, TestAccounts.PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 61);
        assertThat(token(TestAccounts.NORRBOTTEN, TestAccounts.PASSWORD).status())
                .isEqualTo(200);
    }

    private se.nspl.Api.Response login(String username, String password) {
        return new WebSession(port).post("/login", Map.of("username", username, "password", password));
    }

    private se.nspl.Api.Response token(String username, String password) {
        return api.send(
                "POST", "/api/v1/auth/token", null, Map.of(), Map.of("username", username, "password", password));
    }

    private String newAccount() {
        String username = "t-throttle-" + UUID.randomUUID().toString().substring(0, 8);
        var opened = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Throttle-test",
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
}

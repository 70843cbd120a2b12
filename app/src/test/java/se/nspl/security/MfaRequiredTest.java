package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import se.nspl.Api;
import se.nspl.WebSession;

/** Outside demo mode every person's account needs an app: a new one enrols before anything else. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "nspl.security.mfa.required=true")
class MfaRequiredTest {

    @Autowired
    Environment environment;

    @Autowired
    Accounts accounts;

    @Test
    void aNewAccountEnrolsBeforeItReachesAnything() {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        String username = "t-required-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(
                username,
                "MFA required",
                "correct horse battery",
                se.nspl.shared.Role.REGION_COORDINATOR,
                java.util.Optional.of(se.nspl.shared.RegionCode.of("24")),
                java.util.Set.of()));

        var session = new WebSession(port);
        var login = session.post("/login", Map.of("username", username, "password", "correct horse battery"));
        assertThat(login.header("Location")).endsWith("/mfa");
        assertThat(session.get("/picture").header("Location")).endsWith("/mfa");
        assertThat(session.get("/mfa").body())
                .contains("Ditt konto behöver en autentiseringsapp")
                .contains("<svg");

        var token = new Api(port)
                .send(
                        "POST",
                        "/api/v1/auth/token",
                        null,
                        Map.of(),
                        Map.of("username", username, "password", "correct horse battery"));
        assertThat(token.status()).isEqualTo(403);
        assertThat(List.of(token.body())).anyMatch(b -> b.contains("authenticator app"));
    }
}

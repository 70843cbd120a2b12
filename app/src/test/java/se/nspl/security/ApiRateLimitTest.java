package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import se.nspl.Api;
import se.nspl.TestAccounts;
import se.nspl.shared.RegionCode;

/**
 * The API's budget per principal, with a budget small enough to exhaust in a test: three requests,
 * then one every 1 000 s. Its own application context, so that no other test meets that budget.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {"nspl.security.rate-limit.requests-per-second=0.001", "nspl.security.rate-limit.burst=3"})
@Import(TestAccounts.class)
class ApiRateLimitTest {

    @Autowired
    Environment environment;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiCredentials credentials;

    private Api api;

    @BeforeEach
    void connect() {
        testAccounts.ensure();
        api = new Api(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterWhileAnotherRegionIsServed() {
        String noisy = tokenOf(TestAccounts.VASTERBOTTEN);
        String quiet = tokenOf(TestAccounts.STOCKHOLM);
        for (int i = 0; i < 3; i++) {
            assertThat(regions(noisy).status())
                    .as("request %d within the burst", i)
                    .isEqualTo(200);
        }

        var refused = regions(noisy);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1_000L);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("status").asInt()).isEqualTo(429);
        assertThat(refused.json().path("detail").asString()).contains("0.001 requests per second");

        assertThat(regions(quiet).status())
                .as("another region's client is not affected")
                .isEqualTo(200);
        assertThat(regions(tokenOf(TestAccounts.VASTERBOTTEN)).status())
                .as("the budget is the account's, not one token's")
                .isEqualTo(429);
    }

    @Test
    void anApiKeyHasABudgetOfItsOwn() {
        var admin = accounts.findByUsername(TestAccounts.ADMIN).orElseThrow().actor();
        var key = credentials.issueKey("rate-limit-" + System.nanoTime(), RegionCode.of("24"), Set.of(), admin);
        for (int i = 0; i < 3; i++) {
            assertThat(regions(key.key()).status()).isEqualTo(200);
        }
        assertThat(regions(key.key()).status()).isEqualTo(429);
        assertThat(regions(tokenOf(TestAccounts.NORRBOTTEN)).status()).isEqualTo(200);
    }

    @Test
    void aFhirClientOverItsBudgetGetsAnOperationOutcome() {
        String token = tokenOf(TestAccounts.AUTHORITY);
        String path = "/fhir/MeasureReport/" + java.util.UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(fhir(path, token).status())
                    .as("counted, though not found")
                    .isEqualTo(404);
        }

        var refused = fhir(path, token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.json().path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(refused.json().path("issue").get(0).path("code").asString()).isEqualTo("throttled");
    }

    private Api.Response fhir(String path, String bearer) {
        return api.send("GET", path, null, Map.of("Authorization", "Bearer " + bearer), null);
    }

    private Api.Response regions(String bearer) {
        return api.send("GET", "/api/v1/regions", null, Map.of("Authorization", "Bearer " + bearer), null);
    }

    private String tokenOf(String username) {
        return credentials
                .issueToken(accounts.findByUsername(username).orElseThrow())
                .token();
    }
}

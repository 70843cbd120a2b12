package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

class ApiCredentialsTest extends ApiTest {

    @Autowired
    Accounts allAccounts;

    @Autowired
    ApiCredentials credentials;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousApiCallsGetUnauthorizedAsAProblem() {
        var response = api.get("/api/v1/regions", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void issuesATokenThatExpiresWithinTheHour() {
        var response = api.send(
                "POST",
                "/api/v1/auth/token",
                null,
                Map.of(),
                Map.of("username", TestAccounts.AUTHORITY, "password", TestAccounts.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("token").asString()).startsWith("nspl_t_");
        var expiresAt =
                java.time.Instant.parse(response.json().path("expiresAt").asString());
        assertThat(expiresAt)
                .isBetween(
                        java.time.Instant.now().plusSeconds(3500),
                        java.time.Instant.now().plusSeconds(3700));
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUserAlike() {
        var wrongPassword = api.send(
                "POST",
                "/api/v1/auth/token",
                null,
                Map.of(),
                Map.of("username", TestAccounts.AUTHORITY, "password", "not the password"));
        var unknownUser = api.send(
                "POST",
                "/api/v1/auth/token",
                null,
                Map.of(),
                Map.of("username", "nobody-here", "password", "not the password"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.json().path("detail").asString())
                .isEqualTo(wrongPassword.json().path("detail").asString());
    }

    @Test
    void rejectsAnUnknownBearerToken() {
        var response = api.send("GET", "/api/v1/regions", null, Map.of("Authorization", "Bearer nspl_t_forged"), null);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void disablingAnAccountEndsItsTokensAtOnce() {
        var account = accounts.open("t-disabled-" + System.nanoTime() % 100000, Role.NATIONAL_COORDINATOR, null);
        var token = credentials.issueToken(account).token();
        var bearer = Map.of("Authorization", "Bearer " + token);
        assertThat(api.send("GET", "/api/v1/regions", null, bearer, null).status())
                .isEqualTo(200);

        allAccounts.setEnabled(account.id(), false);

        assertThat(api.send("GET", "/api/v1/regions", null, bearer, null).status())
                .isEqualTo(401);
    }

    @Test
    void logoutEndsTheCallersTokens() {
        var token = api.send(
                        "POST",
                        "/api/v1/auth/token",
                        null,
                        Map.of(),
                        Map.of("username", TestAccounts.FINANCE, "password", TestAccounts.PASSWORD))
                .json()
                .path("token")
                .asString();
        var bearer = Map.of("Authorization", "Bearer " + token);

        assertThat(api.send("POST", "/api/v1/auth/logout", null, bearer, null).status())
                .isEqualTo(204);
        assertThat(api.send("GET", "/api/v1/regions", null, bearer, null).status())
                .isEqualTo(401);
    }

    @Test
    void anApiKeyReadsAndIsRevokedAtOnce() {
        var issued = api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("name", "cosmic-nus", "region", "24"));
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.json().path("key").asString();
        var bearer = Map.of("Authorization", "Bearer " + key);
        assertThat(api.send("GET", "/api/v1/regions/24", null, bearer, null).status())
                .isEqualTo(200);

        var revoked = api.send(
                "DELETE",
                "/api/v1/api-keys/" + issued.json().path("id").asString(),
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                null);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.send("GET", "/api/v1/regions/24", null, bearer, null).status())
                .isEqualTo(401);
    }

    @Test
    void anApiKeyActsAsAReporterOfItsRegionAndUnits() {
        var unit = api.get("/api/v1/units?region=24&kind=ADULT_ICU", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        var issued = credentials.issueKey(
                "nus-iva",
                RegionCode.of("24"),
                Set.of(java.util.UUID.fromString(unit)),
                allAccounts.findByUsername(TestAccounts.ADMIN).orElseThrow().actor());

        var actor = credentials.authenticate(issued.key()).orElseThrow();

        assertThat(actor.role()).isEqualTo(Role.REPORTER);
        assertThat(actor.region()).contains(RegionCode.of("24"));
        assertThat(actor.units()).containsExactly(java.util.UUID.fromString(unit));
        assertThat(actor.name()).isEqualTo("api-key:nus-iva");
    }

    @Test
    void refusesAKeyForAUnitOfAnotherRegion() {
        var stockholmUnit = api.get("/api/v1/units?region=01", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();

        var response = api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("name", "fel-region", "region", "24", "units", List.of(stockholmUnit)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("units");
    }

    @Test
    void aRegionSeesOnlyItsOwnKeys() {
        api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.STOCKHOLM,
                Map.of(),
                Map.of("name", "sll-system", "region", "01"));

        var listed = api.get("/api/v1/api-keys", TestAccounts.VASTERBOTTEN).json();

        listed.forEach(k -> assertThat(k.path("region").asString()).isEqualTo("24"));
        listed.forEach(k -> assertThat(k.has("key")).isFalse());
        assertThat(api.get("/api/v1/api-keys", TestAccounts.AUTHORITY).status()).isEqualTo(403);
    }

    @Test
    void storesOnlyASha256HashOfTheSecret() {
        var admin = allAccounts.findByUsername(TestAccounts.ADMIN).orElseThrow();
        var token = credentials.issueToken(admin).token();

        int plain = jdbc.sql("select count(*) from api_credential where secret_hash = convert_to(?, 'UTF8')")
                .param(token)
                .query(Integer.class)
                .single();
        int hashed = jdbc.sql("select count(*) from api_credential where secret_hash = sha256(convert_to(?, 'UTF8'))")
                .param(token)
                .query(Integer.class)
                .single();
        assertThat(plain).isZero();
        assertThat(hashed).isEqualTo(1);
    }

    @Test
    void forgetsTokensADayAfterTheyExpiredAndKeepsLiveOnes() {
        var admin = allAccounts.findByUsername(TestAccounts.ADMIN).orElseThrow();
        var live = credentials.issueToken(admin).token();
        var old = java.util.UUID.randomUUID();
        jdbc.sql("""
                        insert into api_credential (id, kind, secret_hash, account_id, created_by, expires_at)
                        values (?, 'TOKEN', sha256(convert_to(?, 'UTF8')), ?, ?, now() - interval '2 days')""").params(old, "nspl_t_old-" + old, admin.id(), admin.id()).update();

        assertThat(credentials.purgeExpiredTokens()).isPositive();

        int remaining = jdbc.sql("select count(*) from api_credential where id = ?")
                .param(old)
                .query(Integer.class)
                .single();
        assertThat(remaining).isZero();
        assertThat(credentials.authenticate(live)).isPresent();
    }
}

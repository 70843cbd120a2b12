package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;

class AccountAdministrationTest extends ApiTest {

    @Autowired
    Accounts allAccounts;

    @Test
    void anAdministratorOpensAReporterBoundToUnitsOfItsRegion() {
        String unit = api.get("/api/v1/units?region=25&kind=ADULT_ICU", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        String username = "iva-sunderby-" + UUID.randomUUID().toString().substring(0, 6);

        var opened = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "IVA Sunderby",
                        "password",
                        "a long enough password",
                        "role",
                        "REPORTER",
                        "region",
                        "25",
                        "units",
                        List.of(unit)));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.body()).doesNotContain("password");
        var actor = allAccounts.findByUsername(username).orElseThrow().actor();
        assertThat(actor.units()).containsExactly(UUID.fromString(unit));
        var token = api.send(
                "POST",
                "/api/v1/auth/token",
                null,
                Map.of(),
                Map.of("username", username, "password", "a long enough password"));
        assertThat(token.status()).isEqualTo(200);
    }

    @Test
    void refusesAnAccountThatBreaksTheRulesNamingEveryField() {
        var response = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of("username", "Not Valid", "displayName", "x", "password", "short", "role", "REGION_COORDINATOR"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("username", "password", "region");
    }

    @Test
    void refusesATakenUsernameAndAnUnknownRole() {
        var taken = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        TestAccounts.FINANCE,
                        "displayName",
                        "x",
                        "password",
                        TestAccounts.PASSWORD,
                        "role",
                        "FINANCE"));
        var unknownRole = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        "someone-new",
                        "displayName",
                        "x",
                        "password",
                        TestAccounts.PASSWORD,
                        "role",
                        "KING"));

        assertThat(taken.errorFields()).containsExactly("username");
        assertThat(unknownRole.errorFields()).containsExactly("role");
    }

    @Test
    void aDisabledAccountCannotGetATokenUntilEnabledAgain() {
        var account = accounts.open(
                "t-leaving-" + UUID.randomUUID().toString().substring(0, 6), se.nspl.shared.Role.FINANCE, null);
        var credentials = Map.of("username", account.username(), "password", TestAccounts.PASSWORD);

        api.send("POST", "/api/v1/accounts/" + account.id() + "/disable", TestAccounts.ADMIN, Map.of(), null);
        assertThat(api.send("POST", "/api/v1/auth/token", null, Map.of(), credentials)
                        .status())
                .isEqualTo(401);

        api.send("POST", "/api/v1/accounts/" + account.id() + "/enable", TestAccounts.ADMIN, Map.of(), null);
        assertThat(api.send("POST", "/api/v1/auth/token", null, Map.of(), credentials)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDisableTheOwnAccount() {
        var admin = allAccounts.findByUsername(TestAccounts.ADMIN).orElseThrow();

        var response =
                api.send("POST", "/api/v1/accounts/" + admin.id() + "/disable", TestAccounts.ADMIN, Map.of(), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(allAccounts.find(admin.id()).orElseThrow().enabled()).isTrue();
    }
}

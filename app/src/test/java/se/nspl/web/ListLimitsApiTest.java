package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;

/**
 * Lists whose entries are each looked up are bounded: past the bound the request is refused as a
 * whole, naming the list, before any lookup (docs/security.md, "Input limits").
 */
class ListLimitsApiTest extends ApiTest {

    @Test
    void aNoticeToMoreThanAHundredRecipientsIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/notices",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("subject", "Många", "body", "Text", "organisations", uuids(101)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("recipients");
    }

    @Test
    void anApiKeyForMoreThanFiveHundredUnitsIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("name", "many-units", "region", "24", "units", uuids(501)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("units");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("500");
    }

    @Test
    void anAccountBoundToMoreThanFiveHundredUnitsIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        "t-many-" + UUID.randomUUID().toString().substring(0, 8),
                        "displayName",
                        "Många enheter",
                        "password",
                        TestAccounts.PASSWORD,
                        "role",
                        "REPORTER",
                        "region",
                        "24",
                        "units",
                        uuids(501)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("units");
    }

    private static List<String> uuids(int count) {
        return Stream.generate(() -> UUID.randomUUID().toString()).limit(count).toList();
    }
}

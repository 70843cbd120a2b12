package se.nspl.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.audit.AuditTrail;

/** The contact directory through the API, the 90-day flag, and the PDF for the command post. */
class ContactApiTest extends ApiTest {

    static final String BASE = "/api/v1/contacts";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    static Map<String, Object> card(String dutyPhone) {
        return Map.of(
                "dutyPhone",
                dutyPhone,
                "mailbox",
                "tib@example.invalid",
                "roles",
                List.of(Map.of(
                        "title", "Särskild sjukvårdsledare", "name", "Demo Demosson", "phone", "070-174 06 50")));
    }

    Api.Response save(String party, String username, Map<String, Object> body) {
        String etag = api.get(BASE + "/" + party, username).header("ETag");
        return api.send("PUT", BASE + "/" + party, username, Map.of("If-Match", etag), body);
    }

    @Test
    void aRegionSavesItsOwnCardAndItCountsAsVerified() {
        var saved = save("25", TestAccounts.NORRBOTTEN, card("08-465 004 25"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var card = saved.json().path("card");
        assertThat(card.path("name").asString()).isEqualTo("Region Norrbotten");
        assertThat(card.path("dutyPhone").asString()).isEqualTo("08-465 004 25");
        assertThat(card.path("roles").get(0).path("title").asString()).isEqualTo("Särskild sjukvårdsledare");
        assertThat(card.path("verifiedBy").asString()).isEqualTo(TestAccounts.NORRBOTTEN);
        assertThat(saved.json().path("needsVerification").asBoolean()).isFalse();
        assertThat(audit.about("contact-card", "25"))
                .extracting(e -> e.action())
                .contains("contact.SAVE");

        var listed = api.get(BASE, TestAccounts.AUTHORITY).json();
        assertThat(listed).hasSizeGreaterThanOrEqualTo(26);
        assertThat(listed.get(0).path("card").path("kind").asString()).isEqualTo("SECRETARIAT");
    }

    @Test
    void aRegionCannotEditAnotherRegionsCard() {
        var other = save("24", TestAccounts.STOCKHOLM, card("08-465 004 99"));
        var authority = save("24", TestAccounts.AUTHORITY, card("08-465 004 99"));
        var reporter = save("24", TestAccounts.REPORTER, card("08-465 004 99"));

        assertThat(other.status()).isEqualTo(403);
        assertThat(authority.status()).isEqualTo(403);
        assertThat(reporter.status()).isEqualTo(403);
        assertThat(api.get(BASE + "/24", TestAccounts.ADMIN)
                        .json()
                        .path("card")
                        .path("dutyPhone")
                        .asString())
                .isNotEqualTo("08-465 004 99");
    }

    @Test
    void theSecretariatKeepsAnAuthoritysCard() {
        String socialstyrelsen = organisation("Socialstyrelsen");

        var saved = save(socialstyrelsen, TestAccounts.NATIONAL, card("08-465 004 40"));
        var byRegion = save(socialstyrelsen, TestAccounts.VASTERBOTTEN, card("08-465 004 41"));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(byRegion.status()).isEqualTo(403);
    }

    @Test
    void aStaleVersionIsRefusedAndAMissingOneAskedFor() {
        save("01", TestAccounts.STOCKHOLM, card("08-465 004 01"));
        String etag = api.get(BASE + "/01", TestAccounts.STOCKHOLM).header("ETag");
        assertThat(api.send(
                                "PUT",
                                BASE + "/01",
                                TestAccounts.STOCKHOLM,
                                Map.of("If-Match", etag),
                                card("08-465 004 02"))
                        .status())
                .isEqualTo(200);

        var stale =
                api.send("PUT", BASE + "/01", TestAccounts.STOCKHOLM, Map.of("If-Match", etag), card("08-465 004 03"));
        var missing = api.send("PUT", BASE + "/01", TestAccounts.STOCKHOLM, Map.of(), card("08-465 004 03"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void badNumbersAreRefusedNamingTheFields() {
        var response = save(
                "24",
                TestAccounts.VASTERBOTTEN,
                Map.of(
                        "dutyPhone",
                        "ring TiB",
                        "mailbox",
                        "inte en adress",
                        "roles",
                        List.of(Map.of("title", "", "phone", "123"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder("dutyPhone", "mailbox", "roles[0].title", "roles[0].phone");
    }

    @Test
    void aCardNotVerifiedForNinetyDaysIsFlaggedUntilConfirmed() {
        save("25", TestAccounts.NORRBOTTEN, card("08-465 004 25"));
        jdbc.sql("update contact_card set verified_at = ? where region_code = '25'")
                .param(Timestamp.from(Instant.now().minus(Duration.ofDays(91))))
                .update();

        var flagged = api.get(BASE + "/25", TestAccounts.NORRBOTTEN);
        assertThat(flagged.json().path("needsVerification").asBoolean()).isTrue();

        var verified = api.send(
                "POST", BASE + "/25/verify", TestAccounts.NORRBOTTEN, Map.of("If-Match", flagged.header("ETag")), null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("needsVerification").asBoolean()).isFalse();
        assertThat(api.send(
                                "POST",
                                BASE + "/25/verify",
                                TestAccounts.VASTERBOTTEN,
                                Map.of("If-Match", verified.header("ETag")),
                                null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownPartyIsNotFound() {
        assertThat(api.get(BASE + "/99", TestAccounts.NATIONAL).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/nothing", TestAccounts.NATIONAL).status()).isEqualTo(404);
    }

    @Test
    void theDirectoryPrintsAsAPdfWithTheNumbersAndTheStaleMark() throws IOException {
        save("25", TestAccounts.NORRBOTTEN, card("08-465 004 25"));
        jdbc.sql("update contact_card set verified_at = ? where region_code = '25'")
                .param(Timestamp.from(Instant.now().minus(Duration.ofDays(100))))
                .update();
        var pdf = pdf(BASE + "/directory.pdf", TestAccounts.AUTHORITY);

        assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Kontaktlista")
                    .contains("Region Norrbotten")
                    .contains("08-465 004 25")
                    .contains("Särskild sjukvårdsledare")
                    .contains("Känslig men inte säkerhetsskyddsklassificerad information")
                    .containsPattern("\\d{4}-\\d{2}-\\d{2} \\*");
        }
    }

    private byte[] pdf(String path, String username) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + api.tokenFor(username))
                .timeout(Duration.ofSeconds(60));
        try {
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String organisation(String shortName) {
        for (var o : api.get("/api/v1/organisations", TestAccounts.NATIONAL).json()) {
            if (o.path("shortName").asString().equals(shortName)) {
                return o.path("id").asString();
            }
        }
        throw new IllegalStateException("no organisation " + shortName);
    }
}

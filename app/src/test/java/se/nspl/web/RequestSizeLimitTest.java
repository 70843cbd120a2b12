package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

/** A request body over the limit (2 MB by default) is refused with 413 and a problem detail, never a 500. */
class RequestSizeLimitTest extends ApiTest {

    private static final int LIMIT = 2 * 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    private final String tag = "tag-" + UUID.randomUUID();

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedUnread() {
        var response = api.send("POST", "/api/v1/notices", TestAccounts.NATIONAL, Map.of(), oversizedNotice());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("maxBytes").asLong()).isEqualTo(LIMIT);
        assertNothingStored();
    }

    @Test
    void aChunkedBodyIsReadOnlyUpToTheLimit() throws Exception {
        byte[] body = oversizedNotice().getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/notices"))
                .header("Authorization", "Bearer " + api.tokenFor(TestAccounts.NATIONAL))
                .header("Content-Type", "application/json")
                // from a stream of unknown length: sent chunked, without Content-Length
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(response.body())
                        .path("maxBytes")
                        .asLong())
                .isEqualTo(LIMIT);
        assertNothingStored();
    }

    @Test
    void aBodyWithinTheLimitIsReadAsUsual() {
        var response = api.send(
                "POST",
                "/api/v1/notices",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("subject", "Inom gränsen " + tag, "body", "x".repeat(9_000), "allRegions", true));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Valid JSON of a notice, a little over the limit. */
    private String oversizedNotice() {
        return "{\"subject\":\"Stor " + tag + "\",\"allRegions\":true,\"body\":\"" + "x".repeat(LIMIT + 1024) + "\"}";
    }

    private void assertNothingStored() {
        assertThat(jdbc.sql("select count(*) from notice where subject like ?")
                        .param("%" + tag + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}

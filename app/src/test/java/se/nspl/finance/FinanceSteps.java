package se.nspl.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import se.nspl.Api;
import se.nspl.TestAccounts;

/** What the finance tests do again and again, through the API. */
public final class FinanceSteps {

    private final Api api;
    private final int port;

    public FinanceSteps(Api api, int port) {
        this.api = api;
        this.port = port;
    }

    /** Records the region's board decision as the administrator (the secretariat's path). */
    public void decide(String region, String status) {
        var current = api.get("/api/v1/regions/" + region, TestAccounts.ADMIN);
        var body = status.equals("PENDING")
                ? Map.of("status", status)
                : Map.of("status", status, "decidedOn", "2024-10-01", "diaryNumber", "RS 2024/" + region);
        var response = api.send(
                "PUT",
                "/api/v1/regions/" + region + "/participation",
                TestAccounts.ADMIN,
                Map.of("If-Match", current.header("ETag")),
                body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** Enters or changes the year's budget as finance. */
    public Api.Response budget(int year, String amount) {
        var current = api.get("/api/v1/finance/years/" + year + "/budget", TestAccounts.FINANCE);
        var headers = current.status() == 200 ? Map.of("If-Match", current.header("ETag")) : Map.<String, String>of();
        return api.send(
                "PUT",
                "/api/v1/finance/years/" + year + "/budget",
                TestAccounts.FINANCE,
                headers,
                Map.of("amountSek", amount));
    }

    /** The bytes of a download (a PDF), with the status. */
    public Download download(String path, String username) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + api.tokenFor(username))
                .GET()
                .build();
        try {
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentType, byte[] body) {}
}

package se.nspl.picture.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import tools.jackson.databind.JsonNode;

/** The situation report as an authority's system fetches it, after a Västerbotten unit reported. */
class SituationReportApiTest extends ApiTest {

    String hospital;

    @BeforeEach
    void aVasterbottenUnitReports() {
        hospital = api.newHospital("Lägesbildens sjukhus");
        String unit = api.newUnit(hospital, "ADULT_ICU", "IVA");
        var report = api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of("levels", Map.of("ICU_VENT", Map.of("staffed", 7, "occupied", 5))));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        // The picture's view is kept by an event listener, after the report's transaction.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api.get("/api/v1/picture/hospitals/" + hospital, TestAccounts.AUTHORITY)
                                .json()
                                .path("levels")
                                .get(0)
                                .path("staffed")
                                .asInt())
                        .isEqualTo(7));
    }

    @Test
    void anAuthorityFetchesThePdfWithTheNationalFiguresAndVasterbotten() {
        // Other tests' events may still be arriving: compare the report with the picture it was made from.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var national = api.get("/api/v1/picture", TestAccounts.AUTHORITY).json();
            var response = pdf("/api/v1/picture/report.pdf", TestAccounts.AUTHORITY);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d)
                            .matches("attachment; filename=\"nationell-lagesbild-"
                                    + "\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.pdf\""));
            var icuVent = level(national, "ICU_VENT");
            var vasterbotten = level(region(national, "24"), "ICU_VENT");
            assertThat(text(response.body()))
                    .contains("Nationell lägesbild")
                    .contains("IVA med respirator "
                            + icuVent.path("staffed").asInt() + " "
                            + icuVent.path("occupied").asInt() + " "
                            + icuVent.path("available").asInt())
                    .contains("Region Västerbotten")
                    .contains(vasterbotten.path("available").asInt() + "/"
                            + vasterbotten.path("staffed").asInt());
        });
    }

    @Test
    void theReportOfAnEarlierTimeIsDatedThen() throws IOException {
        var response = pdf("/api/v1/picture/report.pdf?at=2026-01-15T09:30:00Z", TestAccounts.NATIONAL);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"nationell-lagesbild-2026-01-15-1030.pdf\"");
        assertThat(text(response.body())).contains("Läget den 15 januari 2026 kl. 10:30 (UTC 2026-01-15 09:30)");
    }

    @Test
    void thePdfNeedsCredentials() {
        assertThat(pdf("/api/v1/picture/report.pdf", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAuthorityFetchesTheCsvWithAVasterbottenRow() {
        var response = api.get("/api/v1/picture/report.csv", TestAccounts.AUTHORITY);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).endsWith(".csv\"");
        var lines = response.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("as_of,region_code,region,preparedness,level,staffed,occupied,available,percent_free,"
                        + "light,surge_24h,reserve_7d,units,units_overdue");
        assertThat(lines).anyMatch(l -> l.contains(",,\"Sverige\",,ICU_VENT,"));
        assertThat(lines).anyMatch(l -> l.contains(",24,\"Region Västerbotten\",") && l.contains(",ICU_VENT,"));
    }

    private HttpResponse<byte[]> pdf(String path, String username) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (username != null) {
            request.header("Authorization", "Bearer " + api.tokenFor(username));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static JsonNode region(JsonNode national, String code) {
        for (var region : national.path("regions")) {
            if (region.path("code").asString().equals(code)) {
                return region;
            }
        }
        throw new AssertionError("no region " + code + " in the picture");
    }

    private static JsonNode level(JsonNode part, String level) {
        for (var l : part.path("levels")) {
            if (l.path("level").asString().equals(level)) {
                return l;
            }
        }
        throw new AssertionError("no level " + level + " in " + part);
    }
}

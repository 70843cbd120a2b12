package se.nspl.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

class PicturePagesTest extends ApiTest {

    @Test
    void everyoneLoggedInLandsOnTheDashboardWithAMapOfTheTwentyOneRegions() {
        var session = WebSession.loggedIn(port, TestAccounts.AUTHORITY);

        var home = session.get("/");
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/picture");

        var dashboard = session.get("/picture?level=ICU_VENT&sort=free");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Nationell lägesbild");
        assertThat(Pattern.compile("<path [^>]*data-region=\"\\d\\d\"")
                        .matcher(dashboard.body())
                        .results())
                .hasSize(21);
        assertThat(dashboard.body()).contains("Region Gotland").contains("IVA med respirator");
    }

    @Test
    void theRegionAndHospitalPagesShowTheirPartsAndTrends() {
        var session = WebSession.loggedIn(port, TestAccounts.NATIONAL);

        var region = session.get("/picture/regions/24");
        assertThat(region.status()).isEqualTo(200);
        assertThat(region.body()).contains("Region Västerbotten").contains("Norrlands universitetssjukhus");
        assertThat(region.body()).contains("id=\"trend-data\"");

        String hospital = Pattern.compile("/picture/hospitals/([0-9a-f-]{36})")
                .matcher(region.body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        var page = session.get("/picture/hospitals/" + hospital);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Region Västerbotten");

        assertThat(session.get("/picture/regions/99").status()).isEqualTo(404);
        assertThat(session.get("/picture/alerts").status()).isEqualTo(200);
    }

    @Test
    void theSituationReportDownloadsAsCsv() {
        String unit = api.newUnit(api.newHospital("Rapportsjukhuset"), "WARD", "Vårdavdelning");
        var reported = api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                TestAccounts.VASTERBOTTEN,
                java.util.Map.of(),
                java.util.Map.of("levels", java.util.Map.of("WARD", java.util.Map.of("staffed", 12, "occupied", 3))));
        assertThat(reported.status()).isEqualTo(201);

        var csv = WebSession.loggedIn(port, TestAccounts.AUTHORITY).get("/picture/report.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("as_of,region_code,region,preparedness,level,");
        assertThat(csv.body()).contains(",\"Region Västerbotten\",");
    }

    @Test
    void theSituationReportDownloadsAsPdf() {
        var pdf = WebSession.loggedIn(port, TestAccounts.NATIONAL).get("/picture/report.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void theReportForAnEarlierTimeIsChosenInSwedishTime() {
        var csv = WebSession.loggedIn(port, TestAccounts.NATIONAL).get("/picture/report.csv?at=2026-07-01T14:00");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("nationell-lagesbild-2026-07-01-1400.csv");
        assertThat(csv.body()).startsWith("as_of,region_code,");
    }

    @Test
    void thePicturePagesNeedALogin() {
        var anonymous = new WebSession(port);
        assertThat(anonymous.get("/picture").status()).isEqualTo(302);
        assertThat(anonymous.get("/picture/stream").status()).isEqualTo(302);
    }
}

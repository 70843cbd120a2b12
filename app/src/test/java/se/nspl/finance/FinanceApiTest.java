package se.nspl.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.audit.AuditTrail;
import tools.jackson.databind.JsonNode;

/**
 * The financing through the API: budgets and grants entered by finance, the cost key over the
 * regions that decided YES, invoices and the summary. Each test has a year of its own; the
 * participation of regions 01 and 03 (YES) and 05 (NO) is set here, the others are whatever other
 * tests left.
 */
class FinanceApiTest extends ApiTest {

    @Autowired
    AuditTrail audit;

    FinanceSteps steps;

    @BeforeEach
    void decisions() {
        steps = new FinanceSteps(api, port);
        steps.decide("01", "YES");
        steps.decide("03", "YES");
        steps.decide("05", "NO");
    }

    static JsonNode row(JsonNode year, String code) {
        for (var region : year.path("regions")) {
            if (region.path("code").asString().equals(code)) {
                return region;
            }
        }
        throw new AssertionError("no region " + code + " in " + year);
    }

    @Test
    void theParticipatingRegionsPayExactlyTheBudgetByPopulation() {
        assertThat(steps.budget(2061, "1367000000.00").status()).isEqualTo(200);

        var year = api.get("/api/v1/finance/years/2061", TestAccounts.NATIONAL).json();

        assertThat(year.path("totalSek").asString()).isEqualTo("1367000000.00");
        assertThat(year.path("budget").path("amountSek").asString()).isEqualTo("1367000000.00");
        assertThat(year.path("regions")).hasSize(21);
        var sum = BigDecimal.ZERO;
        var shares = BigDecimal.ZERO;
        long participating = year.path("participatingPopulation").asLong();
        for (var region : year.path("regions")) {
            var amount = new BigDecimal(region.path("amountSek").asString());
            sum = sum.add(amount);
            shares = shares.add(region.path("share").decimalValue());
            if (!region.path("participation").asString().equals("YES")) {
                assertThat(amount).isZero();
                continue;
            }
            var exact = new BigDecimal("1367000000.00")
                    .multiply(BigDecimal.valueOf(region.path("population").asLong()))
                    .divide(BigDecimal.valueOf(participating), MathContext.DECIMAL128);
            assertThat(amount.subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
        assertThat(sum).isEqualByComparingTo("1367000000.00");
        assertThat(shares.subtract(BigDecimal.ONE).abs()).isLessThan(new BigDecimal("0.00000001"));
        assertThat(row(year, "05").path("share").decimalValue()).isZero();
        assertThat(row(year, "05").path("amountSek").asString()).isEqualTo("0.00");
        assertThat(row(year, "01").path("populationDate").asString()).isEqualTo("2023-12-31");
    }

    @Test
    void aRegionThatDeclinesPaysNothingAndTheOthersShareGrows() {
        steps.budget(2062, "1000000.00");
        steps.decide("04", "YES");
        var before = api.get("/api/v1/finance/years/2062", TestAccounts.FINANCE).json();

        steps.decide("04", "NO");
        var after = api.get("/api/v1/finance/years/2062", TestAccounts.FINANCE).json();

        assertThat(row(before, "04").path("amountSek").asString()).isNotEqualTo("0.00");
        assertThat(row(after, "04").path("amountSek").asString()).isEqualTo("0.00");
        assertThat(row(after, "01").path("share").decimalValue())
                .isGreaterThan(row(before, "01").path("share").decimalValue());
        assertThat(after.path("totalSek").asString()).isEqualTo("1000000.00");
    }

    @Test
    void aChangedBudgetNeedsTheVersionReadAndIsAudited() {
        var first = steps.budget(2063, "500000.00");
        assertThat(first.header("ETag")).isEqualTo("\"0\"");

        var withoutVersion = api.send(
                "PUT",
                "/api/v1/finance/years/2063/budget",
                TestAccounts.FINANCE,
                Map.of(),
                Map.of("amountSek", "600000.00"));
        var stale = api.send(
                "PUT",
                "/api/v1/finance/years/2063/budget",
                TestAccounts.ADMIN,
                Map.of("If-Match", "\"7\""),
                Map.of("amountSek", "600000.00"));
        var changed = api.send(
                "PUT",
                "/api/v1/finance/years/2063/budget",
                TestAccounts.ADMIN,
                Map.of("If-Match", "\"0\""),
                Map.of("amountSek", "600000.00", "note", "revised"));

        assertThat(withoutVersion.status()).isEqualTo(400);
        assertThat(withoutVersion.errorFields()).containsExactly("If-Match");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("amountSek").asString()).isEqualTo("600000.00");
        assertThat(audit.about("finance-budget", "2063"))
                .extracting(e -> e.actor() + " " + e.action() + " " + e.detail())
                .containsExactly(
                        TestAccounts.FINANCE + " finance.SET_BUDGET 500000.00 SEK",
                        TestAccounts.ADMIN + " finance.SET_BUDGET 600000.00 SEK (revised)");
    }

    @Test
    void aWrongAmountOrYearIsRefusedNamingTheField() {
        var negative = steps.budget(2064, "-1.00");
        var tooPrecise = steps.budget(2064, "10.005");
        var farYear = steps.budget(1999, "10.00");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("amountSek");
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.body()).contains("at most two decimals");
        assertThat(farYear.status()).isEqualTo(400);
        assertThat(farYear.errorFields()).containsExactly("year");
        assertThat(api.get("/api/v1/finance/years/2064/budget", TestAccounts.FINANCE)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyFinanceAndAdministratorsEnterBudgetsAndGrants() {
        for (var user : new String[] {TestAccounts.NATIONAL, TestAccounts.STOCKHOLM, TestAccounts.AUTHORITY}) {
            assertThat(api.send("PUT", "/api/v1/finance/years/2065/budget", user, Map.of(), Map.of("amountSek", "1.00"))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get("/api/v1/finance/years/2065", TestAccounts.AUTHORITY).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/finance/years/2065", TestAccounts.STOCKHOLM).status())
                .isEqualTo(200);
    }

    @Test
    void theStateGrantAReportedIsShownBesideItsShare() {
        steps.budget(2066, "2000000.00");
        var grant = api.send(
                "PUT",
                "/api/v1/finance/years/2066/state-grants/01",
                TestAccounts.FINANCE,
                Map.of(),
                Map.of("amountSek", "250000.50", "note", "Socialstyrelsen"));
        var changed = api.send(
                "PUT",
                "/api/v1/finance/years/2066/state-grants/01",
                TestAccounts.FINANCE,
                Map.of("If-Match", grant.header("ETag")),
                Map.of("amountSek", "260000.00"));

        assertThat(grant.status()).isEqualTo(200);
        assertThat(changed.status()).isEqualTo(200);
        var stockholm =
                row(api.get("/api/v1/finance/years/2066", TestAccounts.FINANCE).json(), "01");
        assertThat(stockholm.path("stateGrantSek").asString()).isEqualTo("260000.00");
        assertThat(stockholm.path("stateGrantVersion").asLong()).isEqualTo(1);
        assertThat(audit.about("finance-state-grant", "2066/01")).hasSize(2);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/finance/years/2066/state-grants/99",
                                TestAccounts.FINANCE,
                                Map.of(),
                                Map.of("amountSek", "1.00"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theInvoicePdfNamesTheRegionTheAmountAndTheYear() throws IOException {
        steps.budget(2067, "1367000000.00");
        api.send(
                "PUT",
                "/api/v1/finance/years/2067/state-grants/03",
                TestAccounts.FINANCE,
                Map.of(),
                Map.of("amountSek", "450000.00"));
        var invoice = api.get("/api/v1/finance/years/2067/invoices/03", TestAccounts.FINANCE)
                .json();
        String amount = invoice.path("amountSek").asString();

        var pdf = steps.download("/api/v1/finance/years/2067/invoices/03.pdf", TestAccounts.FINANCE);

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        String kronor = kronor(new BigDecimal(amount));
        assertThat(text)
                .contains("Faktura")
                .contains("Region Uppsala")
                .contains("NSPL-2067-03")
                .contains("Avser år 2067")
                .contains(kronor)
                .contains("450 000,00 kr")
                .contains("404 589 invånare (SCB, 2023-12-31)");
        assertThat(invoice.path("reference").asString()).isEqualTo("NSPL-2067-03");
        assertThat(invoice.path("issuer").asString()).isEqualTo("Region Uppsala");
    }

    /** 52415515.61 as the invoice prints it: "52 415 515,61 kr". */
    static String kronor(BigDecimal amount) {
        var digits = amount.setScale(2).toPlainString().split("\\.");
        var grouped = new StringBuilder(digits[0]);
        for (int i = grouped.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, ' ');
        }
        return grouped + "," + digits[1] + " kr";
    }

    @Test
    void aRegionReadsItsOwnInvoiceOnly() {
        steps.budget(2068, "100000.00");

        assertThat(steps.download("/api/v1/finance/years/2068/invoices/01.pdf", TestAccounts.STOCKHOLM)
                        .status())
                .isEqualTo(200);
        assertThat(steps.download("/api/v1/finance/years/2068/invoices/03.pdf", TestAccounts.STOCKHOLM)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/finance/years/2068/invoices/01", TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(403);
        // no invoice to a region that declined, nor for a year without a budget
        assertThat(api.get("/api/v1/finance/years/2068/invoices/05", TestAccounts.FINANCE)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/finance/years/2069/invoices/01", TestAccounts.FINANCE)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theSummaryListsEveryRegionAndTheTotal() {
        steps.budget(2070, "999999.99");

        var csv = api.get("/api/v1/finance/years/2070/invoices.csv", TestAccounts.FINANCE);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        var lines = csv.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("year,reference,region_code,region,participation,population,population_date,share,"
                        + "amount_sek,state_grant_sek");
        assertThat(lines).hasSize(1 + 21 + 1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2070,NSPL-2070-01,01,\"Region Stockholm\",YES,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2070,,05,\"Region Östergötland\",NO,"));
        assertThat(lines.get(22)).contains(",999999.99,");
        assertThat(api.get("/api/v1/finance/years/2070/invoices.csv", TestAccounts.STOCKHOLM)
                        .status())
                .isEqualTo(403);
    }
}

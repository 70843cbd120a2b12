package se.nspl.finance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.nspl.finance.AllocationRow;
import se.nspl.finance.Budget;
import se.nspl.finance.Invoice;
import se.nspl.finance.YearAllocation;
import se.nspl.organisation.Participation;
import se.nspl.shared.RegionCode;

/** The invoice PDF and the summary CSV, rendered without Spring's context. */
class InvoiceDocumentsTest {

    static final AllocationRow UPPSALA = new AllocationRow(
            RegionCode.of("03"),
            "Region Uppsala",
            Participation.YES,
            404589,
            LocalDate.parse("2023-12-31"),
            new BigDecimal("0.0383434642"),
            new BigDecimal("52415515.61"),
            new BigDecimal("450000.00"),
            0L);
    static final AllocationRow DALARNA = new AllocationRow(
            RegionCode.of("20"),
            "Region Dalarna",
            Participation.NO,
            287253,
            LocalDate.parse("2023-12-31"),
            new BigDecimal("0.0000000000"),
            new BigDecimal("0.00"),
            null,
            null);

    static InvoiceDocuments documents() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new InvoiceDocuments(new se.nspl.web.PdfDocuments(engine));
    }

    @Test
    void theInvoiceNamesTheRegionTheAmountTheYearAndThePopulationBasis() throws IOException {
        var invoice = new Invoice(
                "NSPL-2024-03",
                2024,
                "Region Uppsala",
                UPPSALA,
                UPPSALA.amountSek(),
                new BigDecimal("1367000000.00"),
                10_551_707,
                21,
                UPPSALA.stateGrantSek(),
                LocalDate.parse("2024-12-02"),
                LocalDate.parse("2025-01-01"));

        String text;
        try (var pdf = Loader.loadPDF(documents().pdf(invoice))) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text)
                .contains("Region Uppsala")
                .contains("52 415 515,61 kr")
                .contains("Avser år 2024")
                .contains("NSPL-2024-03")
                .contains("404 589 invånare (SCB, 2023-12-31) av 10 551 707 invånare")
                .contains("Andel: 3,83 %")
                .contains("450 000,00 kr")
                .contains("Förfallodatum 2025-01-01")
                .contains("arbetsgrupper faktureras inte");
    }

    @Test
    void theSummaryListsEveryRegionAndASumLine() {
        var year = new YearAllocation(
                2024,
                new Budget(2024, new BigDecimal("52415515.61"), null, 0, Instant.EPOCH, "ekonomi"),
                404589,
                1,
                new BigDecimal("52415515.61"),
                new BigDecimal("450000.00"),
                List.of(UPPSALA, DALARNA));

        assertThat(InvoiceDocuments.csv(year).lines())
                .containsExactly(
                        "year,reference,region_code,region,participation,population,population_date,share,amount_sek,"
                                + "state_grant_sek",
                        "2024,NSPL-2024-03,03,\"Region Uppsala\",YES,404589,2023-12-31,0.0383434642,52415515.61,450000.00",
                        "2024,,20,\"Region Dalarna\",NO,287253,2023-12-31,0.0000000000,0.00,",
                        "2024,,,\"Summa\",,404589,,,52415515.61,450000.00");
    }

    @Test
    void kronorAreGroupedByThousandsWithACommaForTheÖre() {
        assertThat(InvoiceDocuments.kronor(new BigDecimal("1367000000.00"))).isEqualTo("1 367 000 000,00 kr");
        assertThat(InvoiceDocuments.kronor(new BigDecimal("0.05"))).isEqualTo("0,05 kr");
    }
}

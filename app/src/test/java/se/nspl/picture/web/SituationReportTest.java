package se.nspl.picture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.picture.LevelPicture;
import se.nspl.picture.NationalPicture;
import se.nspl.picture.RegionPicture;
import se.nspl.picture.Thresholds;
import se.nspl.picture.TrafficLight;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;
import se.nspl.web.PdfDocuments;

/** The PDF report rendered without Spring, from a picture put together by hand. */
class SituationReportTest {

    // 13:05 UTC is 14:05 in Stockholm in winter.
    static final Instant AS_OF = Instant.parse("2026-12-03T13:05:00Z");

    final SituationReport report = new SituationReport(
            new PdfDocuments(templateEngine()),
            new Thresholds(10.0, 30.0),
            Clock.fixed(Instant.parse("2026-12-03T13:07:00Z"), ZoneOffset.UTC));

    @Test
    void thePdfCarriesTheTitleTheDatedHeaderAndTheNationalFigures() throws IOException {
        String text = text(report.pdf(picture()));

        assertThat(text)
                .contains("Nationell lägesbild")
                .contains("Läget den 3 december 2026 kl. 14:05 (UTC 2026-12-03 13:05)")
                .contains("IVA med respirator 57 41 16 28,1 %")
                .contains("Vårdavdelning 420 400 20 4,8 %")
                .contains("Intensivvård totalt 77 59 18 23,4 %")
                .contains("Känslig men inte säkerhetsskyddsklassificerad information")
                .contains("Sida 1 av");
    }

    @Test
    void thePdfSummarisesReportingThresholdsAndPreparedness() throws IOException {
        String text = text(report.pdf(picture()));

        assertThat(text)
                .contains("Enheter som rapporterat inom sitt intervall: 90,0 % (9 av 10)")
                // ICU_VENT: Västerbotten 20 % free is yellow, Västra Götaland 32 % green, Stockholm none.
                .contains("Högst 10 %")
                .contains("IVA med respirator 0 1 1 1")
                .contains("IVA, övrig 1 0 0 2")
                .contains("Normalläge 1, Stabsläge 0, Förstärkningsläge 2, Katastrofläge 0");
    }

    @Test
    void thePdfListsEveryRegionWithÅÄÖIntact() throws IOException {
        String text = text(report.pdf(picture()));

        assertThat(text)
                .contains("Region Västerbotten Förstärkningsläge 4/20 (20,0 %)")
                .contains("Västra Götalandsregionen Förstärkningsläge 12/37 (32,4 %)")
                .contains("Region Stockholm Normalläge –")
                .contains("1 av 4");
    }

    @Test
    void thePdfEmbedsTheBundledFont() throws IOException {
        try (var document = Loader.loadPDF(report.pdf(picture()))) {
            var page = document.getPage(0);
            var fonts = new java.util.ArrayList<String>();
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    void anEmptyPictureStillMakesAReport() throws IOException {
        var empty = new NationalPicture(AS_OF, List.of(), 0, 0, Map.of(), List.of(), Map.of());

        assertThat(text(report.pdf(empty))).contains("Nationell lägesbild").contains("100,0 % (0 av 0)");
    }

    @Test
    void theFileNameCarriesTheTimeInStockholm() {
        assertThat(SituationReport.fileName(picture(), "pdf")).isEqualTo("nationell-lagesbild-2026-12-03-1405.pdf");
    }

    static NationalPicture picture() {
        var vasterbotten = new RegionPicture(
                RegionCode.of("24"),
                "Region Västerbotten",
                PreparednessLevel.FORSTARKNINGSLAGE,
                List.of(level(CareLevel.ICU_VENT, 20, 16, 2, 4), level(CareLevel.WARD, 120, 118, 0, 0)),
                4,
                1,
                Optional.of(AS_OF));
        var vastraGotaland = new RegionPicture(
                RegionCode.of("14"),
                "Västra Götalandsregionen",
                PreparednessLevel.FORSTARKNINGSLAGE,
                List.of(
                        level(CareLevel.ICU_VENT, 37, 25, 2, 6),
                        level(CareLevel.ICU, 20, 18, 0, 0),
                        level(CareLevel.WARD, 300, 282, 10, 20)),
                5,
                0,
                Optional.of(AS_OF));
        var stockholm = new RegionPicture(
                RegionCode.of("01"),
                "Region Stockholm",
                PreparednessLevel.NORMALLAGE,
                List.of(),
                1,
                0,
                Optional.empty());
        return new NationalPicture(
                AS_OF,
                List.of(
                        level(CareLevel.ICU_VENT, 57, 41, 4, 10),
                        level(CareLevel.ICU, 20, 18, 0, 0),
                        level(CareLevel.WARD, 420, 400, 10, 20)),
                10,
                1,
                Map.of(PreparednessLevel.NORMALLAGE, 1, PreparednessLevel.FORSTARKNINGSLAGE, 2),
                List.of(stockholm, vastraGotaland, vasterbotten),
                Map.of());
    }

    static LevelPicture level(CareLevel level, int staffed, int occupied, int surge24h, int reserve7d) {
        int available = Math.max(0, staffed - occupied);
        double free = 100.0 * available / staffed;
        var light = free <= 10 ? TrafficLight.RED : free <= 30 ? TrafficLight.YELLOW : TrafficLight.GREEN;
        return new LevelPicture(level, staffed, occupied, available, free, surge24h, reserve7d, light);
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The application's templates and messages, as Spring Boot sets them up. */
    static SpringTemplateEngine templateEngine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}

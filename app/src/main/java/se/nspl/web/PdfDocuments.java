package se.nspl.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a Thymeleaf template as a PDF (openhtmltopdf) with the bundled DejaVu Sans embedded, so
 * that å, ä and ö print on any machine: the situation report, the contact directory, the invoices,
 * the planning register and scenario runs. Templates
 * are XHTML (every element closed, only the XML entities) and name the font "DejaVu Sans".
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regularFont;
    private final byte[] boldFont;

    public PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        PdfLog.install();
        // Read once: every document embeds a subset of the same two files.
        this.regularFont = font("fonts/DejaVuSans.ttf");
        this.boldFont = font("fonts/DejaVuSans-Bold.ttf");
    }

    /** The template rendered with the model in the locale, as a tagged (PDF/UA) PDF. */
    public byte[] render(String template, Locale locale, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(locale, model));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged PDF (PDF/UA): screen readers can read an authority's copy; it also keeps
            // PDFBox from looking up the non-embedded standard fonts the documents never use.
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("NSPL");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + template + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String path) {
        try (var in = PdfDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + path, e);
        }
    }
}

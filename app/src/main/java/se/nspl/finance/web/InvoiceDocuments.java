package se.nspl.finance.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.nspl.finance.Invoice;
import se.nspl.finance.YearAllocation;

/** The annual invoice as PDF (the bundled DejaVu font embedded) and the year's summary as CSV. */
@Component
class InvoiceDocuments {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final byte[] regularFont;
    private final byte[] boldFont;

    InvoiceDocuments(ITemplateEngine templates) {
        this.templates = templates;
        this.regularFont = font("fonts/DejaVuSans.ttf");
        this.boldFont = font("fonts/DejaVuSans-Bold.ttf");
    }

    ResponseEntity<byte[]> pdfDownload(Invoice invoice) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"faktura-" + invoice.reference() + ".pdf\"")
                .body(pdf(invoice));
    }

    ResponseEntity<String> csvDownload(YearAllocation year) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kostnadsfordelning-" + year.year() + ".csv\"")
                .body(csv(year));
    }

    /** An A4 invoice in Swedish, whatever the reader's language: it is a document between regions. */
    byte[] pdf(Invoice invoice) {
        var model = Map.<String, Object>of(
                "invoice", invoice,
                "amount", kronor(invoice.amountSek()),
                "budget", kronor(invoice.budgetSek()),
                "grant", invoice.stateGrantSek() == null ? "" : kronor(invoice.stateGrantSek()),
                "percent", invoice.region().percent().toPlainString().replace('.', ',') + " %",
                "population", whole(invoice.region().population()),
                "participatingPopulation", whole(invoice.participatingPopulation()),
                "issuedOn", DATE.format(invoice.issuedOn()),
                "dueOn", DATE.format(invoice.dueOn()),
                "populationDate", DATE.format(invoice.region().populationDate()));
        String xhtml = templates.process("finance/invoice-pdf", new Context(SWEDISH, model));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("NSPL");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the invoice as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** Every region, participating or not, with its share, amount and reported state grant. */
    static String csv(YearAllocation year) {
        var csv = new StringBuilder(
                "year,reference,region_code,region,participation,population,population_date,share,amount_sek,"
                        + "state_grant_sek\n");
        for (var row : year.regions()) {
            var cells = List.of(
                    Integer.toString(year.year()),
                    row.participates() && year.budget() != null ? "NSPL-" + year.year() + "-" + row.code() : "",
                    row.code().value(),
                    "\"" + row.name().replace("\"", "\"\"") + "\"",
                    row.participation().name(),
                    Integer.toString(row.population()),
                    DATE.format(row.populationDate()),
                    row.share().toPlainString(),
                    row.amountSek() == null ? "" : row.amountSek().toPlainString(),
                    row.stateGrantSek() == null ? "" : row.stateGrantSek().toPlainString());
            csv.append(String.join(",", cells)).append('\n');
        }
        csv.append(String.join(
                        ",",
                        Integer.toString(year.year()),
                        "",
                        "",
                        "\"Summa\"",
                        "",
                        Long.toString(year.participatingPopulation()),
                        "",
                        "",
                        year.totalSek() == null ? "" : year.totalSek().toPlainString(),
                        year.stateGrantsSek().toPlainString()))
                .append('\n');
        return csv.toString();
    }

    /** 318028192.69 as "318 028 192,69 kr" (plain spaces: the PDF's text reads as printed). */
    static String kronor(BigDecimal amount) {
        var symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " kr";
    }

    static String whole(long count) {
        var symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(count);
    }

    private static byte[] font(String path) {
        try (var in = InvoiceDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + path, e);
        }
    }
}

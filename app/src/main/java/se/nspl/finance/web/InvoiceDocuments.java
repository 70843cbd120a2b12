package se.nspl.finance.web;

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
import se.nspl.finance.Invoice;
import se.nspl.finance.YearAllocation;
import se.nspl.web.PdfDocuments;

/** The annual invoice as PDF (the bundled DejaVu font embedded) and the year's summary as CSV. */
@Component
class InvoiceDocuments {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final PdfDocuments documents;

    InvoiceDocuments(PdfDocuments documents) {
        this.documents = documents;
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
        return documents.render("finance/invoice-pdf", SWEDISH, model);
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
}

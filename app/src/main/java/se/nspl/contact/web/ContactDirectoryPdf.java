package se.nspl.contact.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.nspl.contact.ContactDirectory;
import se.nspl.web.PdfDocuments;

/** The directory on paper, for the folder in the command post: A4, Swedish, dated, stale cards marked. */
@Component
class ContactDirectoryPdf {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(STOCKHOLM);
    private static final DateTimeFormatter PRINTED =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", SWEDISH).withZone(STOCKHOLM);

    /** A card as a printed row. */
    public record Row(
            String name,
            String dutyPhone,
            String mailbox,
            java.util.List<se.nspl.contact.RoleContact> roles,
            String verified,
            boolean stale) {}

    private final ContactDirectory directory;
    private final PdfDocuments documents;
    private final Clock clock;

    ContactDirectoryPdf(ContactDirectory directory, PdfDocuments documents, Clock clock) {
        this.directory = directory;
        this.documents = documents;
        this.clock = clock;
    }

    ResponseEntity<byte[]> download() {
        var now = clock.instant();
        var rows = directory.all().stream()
                .map(c -> new Row(
                        c.name(),
                        c.dutyPhone() == null ? "–" : c.dutyPhone(),
                        c.mailbox() == null ? "–" : c.mailbox(),
                        c.roles(),
                        c.verifiedAt() == null ? "aldrig" : DATE.format(c.verifiedAt()),
                        c.needsVerification(now)))
                .toList();
        byte[] pdf = documents.render(
                "contact/directory-pdf",
                SWEDISH,
                Map.of(
                        "rows", rows,
                        "printed", PRINTED.format(now),
                        "stale", rows.stream().filter(Row::stale).count()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"kontaktlista-" + DATE.format(now) + ".pdf\"")
                .body(pdf);
    }
}

package se.nspl.contact.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.contact.ContactCard;
import se.nspl.contact.ContactDirectory;
import se.nspl.shared.Actor;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(
        name = "Contact directory",
        description = "24/7 contacts of the regions, the authorities and the secretariat: the duty officer's (TiB)"
                + " number, the functional mailbox, named roles; see docs/notices.md. `{party}` is a region's code"
                + " (`24`) or an organisation's id (GET /api/v1/organisations).")
class ContactApi {

    /** A card and whether it is due for re-verification (never verified, or more than 90 days ago). */
    record Entry(ContactCard card, boolean needsVerification) {}

    private final ContactDirectory directory;
    private final ContactDirectoryPdf pdf;
    private final Clock clock;

    ContactApi(ContactDirectory directory, ContactDirectoryPdf pdf, Clock clock) {
        this.directory = directory;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    @Operation(
            summary = "Every party's card: the secretariat, the 21 regions, the authorities",
            description = "A party whose card was never saved has an empty card at version 0. Everyone logged in reads"
                    + " the directory.")
    List<Entry> all() {
        var now = clock.instant();
        return directory.all().stream()
                .map(c -> new Entry(c, c.needsVerification(now)))
                .toList();
    }

    @GetMapping(value = "/directory.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The directory as a PDF for the paper folder in the command post",
            description = "A4, Swedish, dated; cards not confirmed for 90 days are marked with *.")
    ResponseEntity<byte[]> pdf() {
        return pdf.download();
    }

    @GetMapping("/{party}")
    @Operation(summary = "One party's card; its version as ETag")
    ResponseEntity<Entry> get(@PathVariable String party) {
        return entry(directory.find(party));
    }

    @PutMapping("/{party}")
    @Operation(
            summary = "Save a card; saving confirms it (verified now)",
            description = "A region's coordinator for its own region; the secretariat for any party. Send the ETag you"
                    + " read in If-Match (`\"0\"` for a card never saved): stale → 409, missing → 428. Body:"
                    + " `{\"dutyPhone\": \"090-785 00 00\", \"mailbox\": \"tib@region.se\", \"roles\": [{\"title\":"
                    + " \"Särskild sjukvårdsledare\", \"name\": \"…\", \"phone\": \"…\"}]}`; at most 20 roles, each"
                    + " with a title and a phone number.")
    ResponseEntity<Entry> save(
            @PathVariable String party,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ContactDirectory.CardDraft draft,
            Actor actor) {
        return entry(directory.save(party, Versions.fromIfMatch(ifMatch), draft, actor));
    }

    @PostMapping("/{party}/verify")
    @Operation(
            summary = "Confirm a saved card unchanged (verified now)",
            description = "Who may save it may confirm it; send its ETag in If-Match.")
    ResponseEntity<Entry> verify(
            @PathVariable String party,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            Actor actor) {
        return entry(directory.verify(party, Versions.fromIfMatch(ifMatch), actor));
    }

    private ResponseEntity<Entry> entry(ContactCard card) {
        return Versions.withETag(card.version(), new Entry(card, card.needsVerification(clock.instant())));
    }
}

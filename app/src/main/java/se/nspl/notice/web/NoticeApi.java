package se.nspl.notice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.notice.Notice;
import se.nspl.notice.NoticeBoard;
import se.nspl.notice.NoticeRefusedException;
import se.nspl.notice.Recipient;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(
        name = "Notices",
        description = "Notices (meddelanden) from the secretariat or a region, acknowledgement (kvittens) and"
                + " reminders; see docs/notices.md. A notice never changes once sent.")
class NoticeApi {

    /** On whose behalf to acknowledge; empty for the caller's own side. */
    record Acknowledgement(@Nullable RegionCode region) {}

    /** A notice in a list: what it is and how far its acknowledgement has come. */
    record Summary(
            UUID id,
            String subject,
            String priority,
            @Nullable RegionCode senderRegion,
            String sentBy,
            java.time.Instant sentAt,
            boolean acknowledgementRequired,
            java.time.@Nullable Instant acknowledgeBy,
            int expected,
            int acknowledged) {

        static Summary of(Notice n) {
            return new Summary(
                    n.id(),
                    n.subject(),
                    n.priority().name(),
                    n.senderRegion(),
                    n.sentBy(),
                    n.sentAt(),
                    n.acknowledgementRequired(),
                    n.acknowledgeBy(),
                    n.expected(),
                    n.acknowledged());
        }
    }

    /** One notice with its recipients and the counts the overview shows. */
    record Detail(Notice notice, int expected, int acknowledged) {
        static Detail of(Notice n) {
            return new Detail(n, n.expected(), n.acknowledged());
        }
    }

    private final NoticeBoard board;

    NoticeApi(NoticeBoard board) {
        this.board = board;
    }

    @PostMapping
    @Operation(
            summary = "Send a notice",
            description = "By the secretariat (national coordinator, administrator) or a region's coordinator for"
                    + " its region. Recipients: `allRegions` (a region sending leaves itself out), `regions` (codes),"
                    + " `organisations` (ids from GET /api/v1/organisations). With `acknowledgementRequired`, the"
                    + " regions and the secretariat among the recipients are asked to acknowledge, by"
                    + " `acknowledgeBy` if given (a future instant). Authorities receive but are not asked: their"
                    + " accounts are not tied to one authority. `priority`: ROUTINE (default), IMPORTANT, URGENT.")
    ResponseEntity<Detail> send(@RequestBody NoticeBoard.NoticeDraft draft, Actor actor) {
        var notice = board.send(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id()))
                .body(Detail.of(notice));
    }

    @GetMapping
    @Operation(
            summary = "The notices the caller reads, newest first (at most 200)",
            description = "Sent by the caller's side or received by it; the secretariat reads all. `expected` and"
                    + " `acknowledged` count the recipients the caller sees: every one for the sending side, its"
                    + " own line for a recipient.")
    List<Summary> list(Actor actor) {
        return board.list(actor).stream().map(Summary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One notice with its recipients and their acknowledgements",
            description = "The sending side sees every recipient (who acknowledged, when, on whose account, how"
                    + " often reminded); a recipient sees its own line. 404 for a notice the caller does not read.")
    Detail get(@PathVariable UUID id, Actor actor) {
        return Detail.of(board.find(id, actor));
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(
            summary = "Acknowledge the notice (kvittens) on behalf of the caller's side",
            description = "A recipient region's coordinator for that region, or the secretariat for itself. `region`"
                    + " may name the region, which must be the caller's own (else 403). Acknowledging again changes"
                    + " nothing. 409 when the notice asks this recipient for no acknowledgement.")
    Detail acknowledge(
            @PathVariable UUID id, @RequestBody(required = false) @Nullable Acknowledgement body, Actor actor) {
        return Detail.of(board.acknowledge(id, body == null ? null : body.region(), actor));
    }

    @PostMapping("/{id}/reminders")
    @Operation(
            summary = "Remind every recipient that has not acknowledged",
            description = "By the sending side (the secretariat, or the sending region's coordinator). Recorded"
                    + " and audited; the answer lists the recipients reminded. 409 when the notice asks for no"
                    + " acknowledgement. Recipients past the deadline also get one automatic reminder.")
    List<Recipient> remind(@PathVariable UUID id, Actor actor) {
        return board.remind(id, actor);
    }

    @GetMapping("/{id}/reminders")
    @Operation(summary = "The reminders recorded for the notice, oldest first (the sending side only)")
    List<NoticeBoard.Reminder> reminders(@PathVariable UUID id, Actor actor) {
        return board.reminders(id, actor);
    }

    @ExceptionHandler(NoticeRefusedException.class)
    ResponseEntity<ProblemDetail> refused(NoticeRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}

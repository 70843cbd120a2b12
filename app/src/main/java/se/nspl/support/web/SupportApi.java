package se.nspl.support.web;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.support.Offer;
import se.nspl.support.RequestState;
import se.nspl.support.SupportDesk;
import se.nspl.support.SupportRequest;
import se.nspl.support.SupportType;
import se.nspl.support.TimelineEntry;
import se.nspl.support.TransitionRefusedException;
import se.nspl.support.Transport;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/support-requests")
@Tag(
        name = "Support between regions",
        description = "Requests for support (stödbegäran), offers, acceptance, delivery; see docs/support.md."
                + " The wrong caller gets 403, the right caller at the wrong moment 409.")
class SupportApi {

    /** A free text going with a step: a question, an answer, a reason, a comment. */
    record Note(@Nullable String text) {}

    private final SupportDesk desk;

    SupportApi(SupportDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(
            summary = "Write a request as a draft",
            description = "By the requesting region's coordinator, or the secretariat on its behalf; a request of an"
                    + " authority (`organisation` instead of `region`) by the secretariat. Patient transfers count"
                    + " patients per care level, never who they are.")
    ResponseEntity<SupportRequest> create(@RequestBody SupportDesk.RequestDraft draft, Actor actor) {
        var request = desk.create(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/support-requests/" + request.id()))
                .eTag(Versions.eTag(request.version()))
                .body(request);
    }

    @GetMapping
    @Operation(summary = "The board: requests, newest change first; drafts only to their own side")
    List<SupportRequest> list(
            @RequestParam(required = false) SupportType type,
            @RequestParam(required = false) RegionCode region,
            @RequestParam(required = false) RequestState state,
            Actor actor) {
        return desk.list(new SupportDesk.Query(type, region, state), actor);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its items and offers; its version as ETag")
    ResponseEntity<SupportRequest> get(@PathVariable UUID id, Actor actor) {
        return withETag(desk.find(id, actor));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Edit a draft, or a request the secretariat asked more information about",
            description = "Send the version you read in If-Match: stale → 409, missing → 428.")
    ResponseEntity<SupportRequest> edit(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody SupportDesk.RequestDraft draft,
            Actor actor) {
        return withETag(desk.edit(id, Versions.fromIfMatch(ifMatch), draft, actor));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Who did what to the request, when, oldest first")
    List<TimelineEntry> timeline(@PathVariable UUID id, Actor actor) {
        return desk.timeline(id, actor);
    }

    @PostMapping("/{id}/submit")
    @Operation(
            summary = "Submit the draft",
            description = "The workflow is decided now: FULL when the requesting region is in förstärkningsläge or"
                    + " katastrofläge (and for an authority's request), else SHORT.")
    ResponseEntity<SupportRequest> submit(@PathVariable UUID id, Actor actor) {
        return withETag(desk.submit(id, actor));
    }

    @PostMapping("/{id}/request-information")
    @Operation(summary = "Ask the requester for more information (the secretariat, FULL path)")
    ResponseEntity<SupportRequest> requestInformation(@PathVariable UUID id, @RequestBody Note note, Actor actor) {
        return withETag(desk.requestInformation(id, note.text(), actor));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer the secretariat's question (the requester); the request is submitted again")
    ResponseEntity<SupportRequest> answer(@PathVariable UUID id, @RequestBody Note note, Actor actor) {
        return withETag(desk.answer(id, note.text(), actor));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve the request (the secretariat, FULL path): offers may then be accepted")
    ResponseEntity<SupportRequest> approve(
            @PathVariable UUID id, @RequestBody(required = false) @Nullable Note note, Actor actor) {
        return withETag(desk.approve(id, text(note), actor));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel the request (the requester or the secretariat), before it is closed")
    ResponseEntity<SupportRequest> cancel(
            @PathVariable UUID id, @RequestBody(required = false) @Nullable Note note, Actor actor) {
        return withETag(desk.cancel(id, text(note), actor));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the request as done (the requester or the secretariat)")
    ResponseEntity<SupportRequest> close(
            @PathVariable UUID id, @RequestBody(required = false) @Nullable Note note, Actor actor) {
        return withETag(desk.close(id, text(note), actor));
    }

    /** How far the transport has come. */
    record TransportUpdate(@Nullable Transport transport) {}

    @PutMapping("/{id}/transport")
    @Operation(
            summary = "Say how far the transport has come",
            description = "NOT_NEEDED, TO_ARRANGE, UNDER_WAY or DONE; by the requester, the secretariat, or a region"
                    + " whose offer was accepted; while the request is open.")
    ResponseEntity<SupportRequest> transport(@PathVariable UUID id, @RequestBody TransportUpdate update, Actor actor) {
        return withETag(desk.updateTransport(id, update.transport(), actor));
    }

    @PostMapping("/{id}/offers")
    @Operation(
            summary = "Offer all or part of what the request asks for",
            description = "By another region's coordinator for the own region, or the secretariat on a region's"
                    + " behalf (`region`). Per item of the request, how many: `{\"items\": [{\"item\": …,"
                    + " \"quantity\": 2}]}`.")
    ResponseEntity<Offer> offer(@PathVariable UUID id, @RequestBody SupportDesk.OfferDraft draft, Actor actor) {
        var offer = desk.offer(id, draft, actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(offer);
    }

    @PostMapping("/{id}/offers/{offer}/withdraw")
    @Operation(summary = "Withdraw an offer not yet answered (the offering region)")
    Offer withdraw(@PathVariable UUID id, @PathVariable UUID offer, Actor actor) {
        return desk.withdraw(id, offer, actor);
    }

    @PostMapping("/{id}/offers/{offer}/accept")
    @Operation(
            summary = "Accept an offer (the receiving side only)",
            description = "409 when accepting would commit more than the request asks for: of parallel acceptances"
                    + " of the last open unit exactly one wins.")
    Offer accept(@PathVariable UUID id, @PathVariable UUID offer, Actor actor) {
        return desk.accept(id, offer, actor);
    }

    @PostMapping("/{id}/offers/{offer}/decline")
    @Operation(summary = "Decline an offer (the receiving side only)")
    Offer decline(@PathVariable UUID id, @PathVariable UUID offer, Actor actor) {
        return desk.decline(id, offer, actor);
    }

    @PostMapping("/{id}/offers/{offer}/deliver")
    @Operation(summary = "Mark an accepted offer delivered (the offering region or the requester)")
    Offer deliver(@PathVariable UUID id, @PathVariable UUID offer, Actor actor) {
        return desk.deliver(id, offer, actor);
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    private static @Nullable String text(@Nullable Note note) {
        return note == null ? null : note.text();
    }

    private static ResponseEntity<SupportRequest> withETag(SupportRequest request) {
        return Versions.withETag(request.version(), request);
    }
}

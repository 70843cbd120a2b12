package se.nspl.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.governance.Governance;
import se.nspl.governance.MeetingDraft;
import se.nspl.governance.Milestone;
import se.nspl.governance.MilestoneDraft;
import se.nspl.governance.ParticipationOverview;
import se.nspl.governance.SteeringMeeting;
import se.nspl.shared.Actor;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/governance")
@Tag(
        name = "Governance",
        description = "The regions' participation decisions at a glance (recorded through PUT"
                + " /api/v1/regions/{code}/participation), the steering group's meetings with decisions and"
                + " follow-up actions, and the programme's milestones; see docs/governance.md. Everyone logged in"
                + " reads; the secretariat (national coordinators, administrators) writes, every change audited.")
class GovernanceApi {

    private final Governance governance;

    GovernanceApi(Governance governance) {
        this.governance = governance;
    }

    @GetMapping("/participation")
    @Operation(
            summary = "The national overview: every region's board decision (YES/NO/PENDING, date, diary number)"
                    + " and how many decided each way")
    ParticipationOverview participation() {
        return governance.participation();
    }

    @GetMapping("/meetings")
    @Operation(summary = "The steering group's meetings, the latest first, with their decisions and actions")
    List<SteeringMeeting> meetings() {
        return governance.meetings();
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting; its version as ETag")
    ResponseEntity<SteeringMeeting> meeting(@PathVariable UUID id) {
        var meeting = governance.meeting(id);
        return Versions.withETag(meeting.version(), meeting);
    }

    @PostMapping("/meetings")
    @Operation(
            summary = "Record a meeting with its decisions (in the order of the minutes) and follow-up actions",
            description = "The secretariat. Actions are new (no id) and open unless `status` says DONE.")
    ResponseEntity<SteeringMeeting> recordMeeting(@RequestBody MeetingDraft draft, Actor actor) {
        var meeting = governance.recordMeeting(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/governance/meetings/" + meeting.id()))
                .eTag(Versions.eTag(meeting.version()))
                .body(meeting);
    }

    @PutMapping("/meetings/{id}")
    @Operation(
            summary = "Revise a meeting's minutes: the follow-up of its actions",
            description = "Send the whole meeting as it should be. An action sent with its id keeps it (set its"
                    + " `status` to DONE when it is done); an action left out is removed; one without id is added."
                    + " If-Match with the version read: stale → 409, missing → 428.")
    ResponseEntity<SteeringMeeting> reviseMeeting(
            @PathVariable UUID id,
            @Parameter(description = "the meeting's version, from its ETag")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @RequestBody MeetingDraft draft,
            Actor actor) {
        var meeting = governance.reviseMeeting(id, Versions.fromIfMatch(ifMatch), draft, actor);
        return Versions.withETag(meeting.version(), meeting);
    }

    @PostMapping("/meetings/{id}/actions/{action}/done")
    @Operation(
            summary = "Mark a follow-up action of the meeting done",
            description = "The secretariat. If-Match with the meeting's version: stale → 409, missing → 428.")
    ResponseEntity<SteeringMeeting> completeAction(
            @PathVariable UUID id,
            @PathVariable UUID action,
            @Parameter(description = "the meeting's version, from its ETag")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            Actor actor) {
        var meeting = governance.completeAction(id, action, Versions.fromIfMatch(ifMatch), actor);
        return Versions.withETag(meeting.version(), meeting);
    }

    @GetMapping("/milestones")
    @Operation(summary = "The programme's timeline, earliest planned first")
    List<Milestone> milestones() {
        return governance.milestones();
    }

    @GetMapping("/milestones/{id}")
    @Operation(summary = "One milestone; its version as ETag")
    ResponseEntity<Milestone> milestone(@PathVariable UUID id) {
        var milestone = governance.milestone(id);
        return Versions.withETag(milestone.version(), milestone);
    }

    @PostMapping("/milestones")
    @Operation(summary = "Add a milestone (the secretariat); PLANNED unless `status` says otherwise")
    ResponseEntity<Milestone> addMilestone(@RequestBody MilestoneDraft draft, Actor actor) {
        var milestone = governance.addMilestone(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/governance/milestones/" + milestone.id()))
                .eTag(Versions.eTag(milestone.version()))
                .body(milestone);
    }

    @PutMapping("/milestones/{id}")
    @Operation(
            summary = "Change a milestone: its date, status, completion (the secretariat)",
            description = "`completedOn` only with status DONE. If-Match with the version read.")
    ResponseEntity<Milestone> updateMilestone(
            @PathVariable UUID id,
            @Parameter(description = "the milestone's version, from its ETag")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @RequestBody MilestoneDraft draft,
            Actor actor) {
        var milestone = governance.updateMilestone(id, Versions.fromIfMatch(ifMatch), draft, actor);
        return Versions.withETag(milestone.version(), milestone);
    }
}

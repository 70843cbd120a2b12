package se.nspl.distribution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.distribution.PlanStateException;
import se.nspl.distribution.TransferPlan;
import se.nspl.distribution.TransferPlanning;
import se.nspl.shared.Actor;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/distribution-plans")
@Tag(
        name = "Patient distribution",
        description = "Plans that distribute patients to free beds, computed by the optimiser from the live picture,"
                + " the demand and the transport register, with the nearest-free-bed rule beside them; see"
                + " docs/distribution.md. The secretariat computes and accepts plans; the authorities read them.")
class DistributionApi {

    private final TransferPlanning planning;

    DistributionApi(TransferPlanning planning) {
        this.planning = planning;
    }

    @PostMapping
    @Operation(
            summary = "Compute a plan",
            description = "Builds the problem from the picture now (free beds per hospital and level, overdue"
                    + " figures flagged, left out with `leaveOutStale`), the `demand` (hospital, level ICU_VENT, ICU"
                    + " or WARD, count, priority 1–3) and the transport register, and starts the optimiser with"
                    + " `timeLimitSeconds` (1–120, default 10). Answers 202 at once; GET the plan until its state is"
                    + " no longer RUNNING.")
    ResponseEntity<TransferPlan> start(@RequestBody TransferPlanning.PlanDraft draft, Actor actor) {
        var plan = planning.start(draft, actor);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/distribution-plans/" + plan.id()))
                .eTag(Versions.eTag(plan.version()))
                .body(plan);
    }

    @GetMapping
    @Operation(summary = "The latest plans, newest first (the secretariat and the authorities)")
    List<TransferPlan> list(Actor actor) {
        return planning.list(actor);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One plan: its inputs, its state, and once computed who goes where by what, the objective,"
                    + " bound and gap, the nearest-free-bed baseline, the unplaced patients and why; once accepted,"
                    + " the support requests it became")
    ResponseEntity<TransferPlan> get(@PathVariable UUID id, Actor actor) {
        var plan = planning.find(id, actor);
        return Versions.withETag(plan.version(), plan);
    }

    @GetMapping(value = "/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The problem as the optimiser got it",
            description = "The JSON of shared/design/distribution-model.md: `bin/nspl distribute` recomputes it.")
    String problem(@PathVariable UUID id, Actor actor) {
        return planning.problem(id, actor);
    }

    @PostMapping("/{id}/accept")
    @Operation(
            summary = "Accept a computed plan and turn it into support requests",
            description = "One PATIENT_TRANSFER request per sending and receiving region, written and submitted by the"
                    + " secretariat on the sending region's behalf, its patients counted per care level. Transfers"
                    + " within a region need none. 409 unless the plan is DONE (not running, failed or accepted).")
    TransferPlan accept(@PathVariable UUID id, Actor actor) {
        return planning.accept(id, actor);
    }

    @ExceptionHandler(PlanStateException.class)
    ResponseEntity<ProblemDetail> refused(PlanStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }
}

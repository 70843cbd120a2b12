package se.nspl.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
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
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.CapacityReporting.IdempotencyKeyReusedException;
import se.nspl.capacity.OverdueUnit;
import se.nspl.capacity.Preparedness;
import se.nspl.capacity.PreparednessChange;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.capacity.Staleness;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReports;
import se.nspl.capacity.UnitStatus;
import se.nspl.shared.Actor;
import se.nspl.shared.Csv;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Capacity reporting", description = "Units' status reports, corrections, staleness, preparedness levels")
class CapacityApi {

    /** A region's preparedness level now, and how it got there. */
    record PreparednessView(RegionCode region, PreparednessLevel current, List<PreparednessChange> history) {}

    record PreparednessRequest(PreparednessLevel level, String comment) {}

    private static final int MAX_KEY = 200;

    private final CapacityReporting reporting;
    private final StatusReports reports;
    private final Staleness staleness;
    private final Preparedness preparedness;

    CapacityApi(CapacityReporting reporting, StatusReports reports, Staleness staleness, Preparedness preparedness) {
        this.reporting = reporting;
        this.reports = reports;
        this.staleness = staleness;
        this.preparedness = preparedness;
    }

    @PostMapping("/units/{id}/reports")
    @Operation(
            summary = "Report a unit's status",
            description = "By the region's coordinator or a reporter (person or API key) of the unit's region."
                    + " Send an Idempotency-Key to make retries safe: the same key with the same report returns"
                    + " the report accepted first (200), the same key with a different report is refused (422)."
                    + " Implausible changes from the previous report are accepted and listed under `warnings`.")
    ResponseEntity<StatusReport> report(
            @PathVariable UUID id,
            @Parameter(description = "a key the client chooses per report, e.g. a UUID")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @RequestBody UnitStatus status,
            Actor actor) {
        CapacityReporting.Accepted accepted;
        try {
            accepted = reporting.report(id, status, key(idempotencyKey), actor);
        } catch (DuplicateKeyException e) {
            // A concurrent retry with the same key won the race; asked again, it is a replay.
            accepted = reporting.report(id, status, key(idempotencyKey), actor);
        }
        var report = accepted.report();
        if (accepted.replayed()) {
            return Versions.withETag(report.version(), report);
        }
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id()))
                .eTag(Versions.eTag(report.version()))
                .body(report);
    }

    /** What an upload stored: one report per line. */
    record UploadResult(int accepted, List<UUID> reports) {}

    @PostMapping(
            path = "/regions/{code}/reports",
            consumes = {"text/csv", "text/plain"})
    @Operation(
            summary = "Upload a region's reports as CSV, one line per unit, all or nothing",
            description = "Columns are the JSON field names (`unitId`, `ICU.staffed`, `ICU.occupied`, …, see"
                    + " docs/capacity.md). When any line breaks a rule, every broken rule is listed as"
                    + " `line N: field` and nothing is stored.")
    ResponseEntity<UploadResult> upload(@PathVariable RegionCode code, @RequestBody String csv, Actor actor) {
        var table = Csv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        var read = CsvUpload.read(table);
        var stored = reporting.reportAll(code, read.statuses(), read.errors(), actor);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new UploadResult(
                        stored.size(), stored.stream().map(StatusReport::id).toList()));
    }

    @GetMapping("/units/{id}/reports")
    @Operation(summary = "The unit's reports, corrected ones included, newest first")
    List<StatusReport> history(@PathVariable UUID id, @RequestParam(defaultValue = "50") int limit) {
        return reporting.history(id, limit);
    }

    @GetMapping("/units/{id}/reports/current")
    @Operation(summary = "The unit's current state: its latest report that no correction replaced")
    ResponseEntity<StatusReport> current(@PathVariable UUID id) {
        var report = reports.current(id).orElseThrow(() -> new NotFoundException("current report of unit", id));
        return Versions.withETag(report.version(), report);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One report")
    ResponseEntity<StatusReport> report(@PathVariable UUID id) {
        var report = reports.find(id).orElseThrow(() -> new NotFoundException("report", id));
        return Versions.withETag(report.version(), report);
    }

    @PostMapping("/reports/{id}/corrections")
    @Operation(
            summary = "Correct a report within 14 days",
            description = "The correction is a new report; the corrected one stays in the history. Send the"
                    + " corrected report's version (its ETag) in If-Match: if someone corrected it meanwhile, 409.")
    ResponseEntity<StatusReport> correct(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody UnitStatus status,
            Actor actor) {
        var correction = reporting.correct(id, Versions.fromIfMatch(ifMatch), status, actor);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + correction.id()))
                .eTag(Versions.eTag(correction.version()))
                .body(correction);
    }

    @GetMapping("/reports/overdue")
    @Operation(summary = "Active units whose latest report is older than their region's reporting interval")
    List<OverdueUnit> overdue(@RequestParam(required = false) RegionCode region) {
        return staleness.overdue(Optional.ofNullable(region));
    }

    @GetMapping("/regions/{code}/preparedness")
    @Operation(summary = "A region's preparedness level and its history")
    PreparednessView preparedness(@PathVariable RegionCode code) {
        return new PreparednessView(code, preparedness.current(code), preparedness.history(code));
    }

    @PutMapping("/regions/{code}/preparedness")
    @Operation(summary = "Set the region's preparedness level (the region's coordinator)")
    PreparednessView setPreparedness(
            @PathVariable RegionCode code, @RequestBody PreparednessRequest request, Actor actor) {
        preparedness.set(code, request.level(), request.comment(), actor);
        return preparedness(code);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException e) {
        return ResponseEntity.unprocessableEntity()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()));
    }

    /** The Idempotency-Key header as the JSON API and the FHIR entry path take it. */
    static Optional<String> key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Optional.empty();
        }
        if (idempotencyKey.length() > MAX_KEY) {
            throw new InvalidInputException("Idempotency-Key", "must be at most " + MAX_KEY + " characters");
        }
        return Optional.of(idempotencyKey.strip());
    }
}

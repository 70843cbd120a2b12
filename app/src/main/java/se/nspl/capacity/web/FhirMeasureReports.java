package se.nspl.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.CapacityReporting.IdempotencyKeyReusedException;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReports;
import se.nspl.fhir.BedCapacityMeasureReports;
import se.nspl.fhir.FhirInputException;
import se.nspl.fhir.FhirIssue;
import se.nspl.fhir.FhirIssue.Type;
import se.nspl.fhir.ReadReport;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;

/**
 * The HL7 FHIR R4 entry path and export of capacity reporting: the bed-capacity MeasureReport of
 * docs/fhir.md. A report posted here passes the same rules and permissions as the JSON API; every
 * error is an OperationOutcome whose issues name the offending element by its path.
 */
@RestController
@RequestMapping("/fhir")
@Tag(
        name = "FHIR",
        description = "HL7 FHIR R4 bed-capacity MeasureReports (docs/fhir.md): report, read, search; errors as"
                + " OperationOutcome")
class FhirMeasureReports {

    static final String FHIR_JSON = "application/fhir+json";
    private static final MediaType FHIR_JSON_TYPE = MediaType.parseMediaType(FHIR_JSON + ";charset=UTF-8");
    private static final int DEFAULT_COUNT = 50;
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:.*/)?(?:Location/)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");
    private static final Logger log = LoggerFactory.getLogger(FhirMeasureReports.class);

    private final CapacityReporting reporting;
    private final StatusReports reports;
    private final BedCapacityMeasureReports fhir = new BedCapacityMeasureReports(MeasureReportMapping.CARE_LEVEL_CODES);

    FhirMeasureReports(CapacityReporting reporting, StatusReports reports) {
        this.reporting = reporting;
        this.reports = reports;
    }

    /** A refusal already phrased as FHIR issues. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final HttpStatus status;
        final transient List<FhirIssue> issues;

        Refused(HttpStatus status, List<FhirIssue> issues) {
            super(issues.toString());
            this.status = status;
            this.issues = List.copyOf(issues);
        }
    }

    @PostMapping(
            path = "/MeasureReport",
            consumes = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE},
            produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Report a unit's status as a bed-capacity MeasureReport (FHIR R4 create)",
            description = "The measure https://nspl.se/fhir/Measure/bed-capacity, described in docs/fhir.md: the unit"
                    + " as subject (Location/<unit id>), the observation time as period.start, one group per care"
                    + " level with the populations staffed, occupied, surge-24h, reserve-7d (available is derived)."
                    + " The same rules and permissions as POST /api/v1/units/{id}/reports, and the same"
                    + " Idempotency-Key. 201 with the stored MeasureReport; errors are an OperationOutcome whose"
                    + " issues name each element by its path: 400 when the body is no FHIR R4 MeasureReport, 422"
                    + " when it breaks the measure or the reporting rules, 403, 404 for an unknown unit.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object"))),
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "the stored MeasureReport",
                        content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object"))),
                @ApiResponse(
                        responseCode = "200",
                        description = "a retry with the same Idempotency-Key: the report accepted first",
                        content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object"))),
                @ApiResponse(
                        responseCode = "422",
                        description = "an OperationOutcome",
                        content = @Content(mediaType = FHIR_JSON, schema = @Schema(type = "object")))
            })
    ResponseEntity<String> create(
            @Parameter(description = "a key the client chooses per report, e.g. a UUID")
                    @RequestHeader(value = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @RequestBody(required = false) String body,
            Actor actor) {
        var key = idempotencyKey(idempotencyKey);
        var read = fhir.read(body);
        var status = toStatus(read);
        CapacityReporting.Accepted accepted;
        try {
            accepted = report(read, status, key, actor);
        } catch (DuplicateKeyException e) {
            // A concurrent retry with the same key won the race; asked again, it is a replay.
            accepted = report(read, status, key, actor);
        }
        var report = accepted.report();
        var response = accepted.replayed()
                ? ResponseEntity.ok()
                : ResponseEntity.created(URI.create(base() + "/MeasureReport/" + report.id()));
        return response.eTag(eTag(report))
                .contentType(FHIR_JSON_TYPE)
                .body(fhir.write(MeasureReportMapping.toFhir(report)));
    }

    @GetMapping(
            path = "/MeasureReport/{id}",
            produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One report as a bed-capacity MeasureReport (FHIR R4 read)")
    ResponseEntity<String> read(@PathVariable String id) {
        var report = uuid(id).flatMap(reports::find).orElseThrow(() -> new NotFoundException("MeasureReport", id));
        return ResponseEntity.ok()
                .eTag(eTag(report))
                .contentType(FHIR_JSON_TYPE)
                .body(fhir.write(MeasureReportMapping.toFhir(report)));
    }

    @GetMapping(
            path = "/MeasureReport",
            produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "A unit's reports, corrected ones included, newest first (FHIR R4 search)",
            description = "A searchset Bundle. subject is Location/<unit id> (or the bare id); _count at most 500."
                    + " An unknown unit matches nothing.")
    ResponseEntity<String> search(
            @RequestParam String subject, @RequestParam(name = "_count", defaultValue = "" + DEFAULT_COUNT) int count) {
        var unit = unitOf(subject);
        List<StatusReport> found;
        try {
            found = reporting.history(unit, count);
        } catch (NotFoundException e) {
            found = List.of();
        }
        String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
        return ResponseEntity.ok()
                .contentType(FHIR_JSON_TYPE)
                .body(fhir.searchset(
                        found.stream().map(MeasureReportMapping::toFhir).toList(), base(), self));
    }

    @GetMapping(
            path = "/MeasureReport/$current",
            produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "A unit's current state as a MeasureReport: its latest report that no correction replaced",
            description = "subject is Location/<unit id>; 404 with an OperationOutcome when the unit never reported.")
    ResponseEntity<String> current(@RequestParam String subject) {
        var unit = unitOf(subject);
        var report = reports.current(unit).orElseThrow(() -> new NotFoundException("current report of unit", unit));
        return ResponseEntity.ok()
                .eTag(eTag(report))
                .contentType(FHIR_JSON_TYPE)
                .body(fhir.write(MeasureReportMapping.toFhir(report)));
    }

    private CapacityReporting.Accepted report(
            ReadReport read, se.nspl.capacity.UnitStatus status, Optional<String> key, Actor actor) {
        try {
            return reporting.report(read.report().unitId(), status, key, actor);
        } catch (InvalidInputException e) {
            // The rules name the JSON API's fields; the sender knows the elements it sent.
            throw new Refused(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    e.errors().stream()
                            .map(error ->
                                    new FhirIssue(Type.BUSINESS_RULE, read.pathOf(error.field()), error.message()))
                            .toList());
        } catch (ForbiddenException e) {
            throw new Refused(
                    HttpStatus.FORBIDDEN,
                    List.of(new FhirIssue(Type.FORBIDDEN, "MeasureReport.subject", e.getMessage())));
        } catch (NotFoundException e) {
            throw new Refused(
                    HttpStatus.NOT_FOUND,
                    List.of(new FhirIssue(Type.NOT_FOUND, "MeasureReport.subject", e.getMessage())));
        }
    }

    private static se.nspl.capacity.UnitStatus toStatus(ReadReport read) {
        try {
            return MeasureReportMapping.toStatus(read);
        } catch (MeasureReportMapping.UnknownCodes e) {
            throw new Refused(HttpStatus.UNPROCESSABLE_ENTITY, e.issues);
        }
    }

    private static Optional<String> idempotencyKey(String header) {
        try {
            return CapacityApi.key(header);
        } catch (InvalidInputException e) {
            throw new Refused(
                    HttpStatus.BAD_REQUEST,
                    List.of(new FhirIssue(
                            Type.VALUE,
                            null,
                            "Idempotency-Key " + e.errors().get(0).message())));
        }
    }

    private static UUID unitOf(String subject) {
        var matcher = SUBJECT.matcher(subject.strip());
        if (!matcher.matches()) {
            throw new Refused(
                    HttpStatus.BAD_REQUEST,
                    List.of(new FhirIssue(
                            Type.VALUE, null, "subject must be Location/<unit id>, got '" + subject + "'")));
        }
        return UUID.fromString(matcher.group(1).toLowerCase(Locale.ROOT));
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** FHIR's form of a version: a weak ETag. */
    private static String eTag(StatusReport report) {
        return "W/\"" + report.version() + "\"";
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/fhir")
                .toUriString();
    }

    @ExceptionHandler(FhirInputException.class)
    ResponseEntity<String> unreadable(FhirInputException e) {
        return outcome(e.unreadable() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY, e.issues());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<String> refused(Refused e, HttpServletRequest request) {
        if (e.status == HttpStatus.FORBIDDEN) {
            request.setAttribute(ForbiddenException.REASON, e.getMessage());
        }
        return outcome(e.status, e.issues);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<String> keyReused(IdempotencyKeyReusedException e) {
        return outcome(
                HttpStatus.UNPROCESSABLE_ENTITY, List.of(new FhirIssue(Type.BUSINESS_RULE, null, e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return outcome(HttpStatus.NOT_FOUND, List.of(new FhirIssue(Type.NOT_FOUND, null, e.getMessage())));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<String> forbidden(ForbiddenException e, HttpServletRequest request) {
        request.setAttribute(ForbiddenException.REASON, e.getMessage());
        return outcome(HttpStatus.FORBIDDEN, List.of(new FhirIssue(Type.FORBIDDEN, null, e.getMessage())));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return outcome(
                HttpStatus.BAD_REQUEST,
                e.errors().stream()
                        .map(error -> new FhirIssue(Type.VALUE, null, error.field() + ": " + error.message()))
                        .toList());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> badParameter(Exception e) {
        return outcome(HttpStatus.BAD_REQUEST, List.of(new FhirIssue(Type.VALUE, null, e.getMessage())));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        return outcome(
                HttpStatus.INTERNAL_SERVER_ERROR,
                List.of(new FhirIssue(Type.EXCEPTION, null, "An unexpected error occurred; it has been logged.")));
    }

    private ResponseEntity<String> outcome(HttpStatus status, List<FhirIssue> issues) {
        return ResponseEntity.status(status).contentType(FHIR_JSON_TYPE).body(fhir.operationOutcome(issues));
    }
}

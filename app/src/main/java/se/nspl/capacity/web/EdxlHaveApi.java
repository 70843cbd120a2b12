package se.nspl.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReports;
import se.nspl.capacity.edxl.EdxlHave;
import se.nspl.capacity.edxl.HaveExport;
import se.nspl.capacity.edxl.HaveExport.HospitalCapacity;
import se.nspl.capacity.edxl.HaveExport.UnitCapacity;
import se.nspl.capacity.edxl.HaveImport;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.Actor;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;

/** Hospital bed capacity in and out as OASIS EDXL-HAVE 1.0 XML (docs/edxl-have.md). */
@RestController
@RequestMapping("/api/v1/edxl-have")
@Tag(name = "Capacity reporting")
class EdxlHaveApi {

    /** What an import stored: one report per unit. */
    record ImportResult(int accepted, List<StatusReport> reports) {}

    /** The body is larger than {@link EdxlHave#MAX_BYTES}. */
    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("The document is larger than " + EdxlHave.MAX_BYTES / (1024 * 1024)
                    + " MB; send fewer hospitals at a time.");
        }
    }

    private final CapacityReporting reporting;
    private final StatusReports reports;
    private final Hospitals hospitals;
    private final ReportingUnits units;

    EdxlHaveApi(CapacityReporting reporting, StatusReports reports, Hospitals hospitals, ReportingUnits units) {
        this.reporting = reporting;
        this.reports = reports;
        this.hospitals = hospitals;
        this.units = units;
    }

    @PostMapping(consumes = {EdxlHave.MEDIA_TYPE, MediaType.TEXT_XML_VALUE})
    @Operation(
            summary = "Import hospitals' bed capacity from an EDXL-HAVE 1.0 HospitalStatus, all or nothing",
            description = "One `Hospital` per NSPL hospital (its id as `xnl:OrganisationName/@xnl:ID`), one"
                    + " `BedCapacity` per unit and care level: BaselineCount = staffed, AvailableCount = staffed"
                    + " − occupied, AdditionalCapacityCount24Hr = surge within 24 h. All hospitals of one region;"
                    + " the same rules and permissions as the CSV upload. Errors name the element path and line;"
                    + " nothing is stored when any is wrong. At most 5 MB; DOCTYPEs are refused. See"
                    + " docs/edxl-have.md for the mapping and what HAVE cannot carry.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = EdxlHave.MEDIA_TYPE, schema = @Schema(type = "string"))))
    ResponseEntity<ImportResult> importStatus(InputStream body, Actor actor) throws IOException {
        var imported = HaveImport.read(new ByteArrayInputStream(bounded(body)), lookup());
        List<StatusReport> stored;
        try {
            stored = reporting.reportAll(imported.region(), imported.statuses(), List.of(), actor);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(imported.pathsOf(e.errors()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResult(stored.size(), stored));
    }

    @GetMapping(produces = EdxlHave.MEDIA_TYPE)
    @Operation(
            summary = "Export current bed capacity as an EDXL-HAVE 1.0 HospitalStatus",
            description = "The current report of every active unit, one `Hospital` per hospital that has one;"
                    + " give a region or a hospital.")
    ResponseEntity<byte[]> export(
            @Parameter(description = "a region's two-digit code") @RequestParam(required = false) RegionCode region,
            @Parameter(description = "a hospital's id") @RequestParam(required = false) UUID hospital) {
        if ((region == null) == (hospital == null)) {
            throw new InvalidInputException("region", "give either a region or a hospital");
        }
        List<Hospital> chosen = hospital == null
                ? hospitals.inRegion(region)
                : List.of(hospitals.find(hospital).orElseThrow(() -> new NotFoundException("hospital", hospital)));
        var capacities = chosen.stream()
                .map(h -> new HospitalCapacity(
                        h,
                        units.atHospital(h.id()).stream()
                                .filter(ReportingUnit::active)
                                .flatMap(u -> reports.current(u.id()).map(r -> new UnitCapacity(u, r)).stream())
                                .toList()))
                .toList();
        var out = new ByteArrayOutputStream();
        HaveExport.write(capacities, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toByteArray());
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(TooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
    }

    /** The body, read no further than the limit: a larger one is refused without buffering it. */
    private static byte[] bounded(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(EdxlHave.MAX_BYTES + 1);
        if (bytes.length > EdxlHave.MAX_BYTES) {
            throw new TooLargeException();
        }
        return bytes;
    }

    private HaveImport.Lookup lookup() {
        return new HaveImport.Lookup() {
            @Override
            public Optional<Hospital> hospital(UUID id) {
                return hospitals.find(id);
            }

            @Override
            public List<ReportingUnit> unitsAt(UUID hospital) {
                return units.atHospital(hospital);
            }

            @Override
            public Optional<StatusReport> current(UUID unit) {
                return reports.current(unit);
            }
        };
    }
}

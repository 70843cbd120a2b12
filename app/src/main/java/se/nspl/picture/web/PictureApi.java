package se.nspl.picture.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.picture.Alert;
import se.nspl.picture.Alerts;
import se.nspl.picture.HospitalPicture;
import se.nspl.picture.NationalPicture;
import se.nspl.picture.Picture;
import se.nspl.picture.RegionPicture;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;

@RestController
@RequestMapping("/api/v1/picture")
@Tag(
        name = "Situational picture",
        description = "The national picture of beds per care level, by region and hospital; for every logged-in"
                + " user and authorities' systems (read only)")
class PictureApi {

    private final Picture picture;
    private final Alerts alerts;
    private final SituationReport report;

    PictureApi(Picture picture, Alerts alerts, SituationReport report) {
        this.picture = picture;
        this.alerts = alerts;
        this.report = report;
    }

    /** A region with its hospitals. */
    record RegionDetail(RegionPicture region, List<HospitalPicture> hospitals) {}

    @GetMapping
    @Operation(
            summary = "The national picture",
            description = "Per care level the country's staffed, occupied and available beds, % free and traffic"
                    + " light; every region's figures, preparedness level, units and overdue units. Overdue units'"
                    + " last figures count; `unitsOverdue` says how many. With `at`, the picture as the register"
                    + " knew it then (reports received by then).")
    NationalPicture national(
            @Parameter(description = "an earlier time (UTC, ISO 8601); now when left out")
                    @RequestParam(required = false)
                    Instant at) {
        return picture.atOrNow(at);
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "A region's picture with its hospitals and their units")
    RegionDetail region(@PathVariable RegionCode code) {
        var now = picture.now();
        var region = now.region(code).orElseThrow(() -> new NotFoundException("region", code));
        return new RegionDetail(region, now.hospitalsOf(code));
    }

    @GetMapping("/hospitals/{id}")
    @Operation(summary = "A hospital's picture with its units")
    HospitalPicture hospital(@PathVariable UUID id) {
        return picture.now().hospital(id).orElseThrow(() -> new NotFoundException("hospital", id));
    }

    @GetMapping("/alerts")
    @Operation(
            summary = "The latest alerts",
            description = "Threshold crossings of regions' and the country's care levels, and raised preparedness"
                    + " levels, newest first")
    List<Alert> alerts(@RequestParam(defaultValue = "50") int limit) {
        return alerts.latest(limit);
    }

    @GetMapping(value = "/report.csv", produces = "text/csv")
    @Operation(
            summary = "The national situation report as CSV",
            description = "One row per region and care level, and the country's rows; `at` as for the picture")
    ResponseEntity<String> csv(@RequestParam(required = false) Instant at) {
        return report.csvDownload(picture.atOrNow(at));
    }

    @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The national situation report as PDF (\"Nationell lägesbild\")",
            description = "A4 in Swedish: the country's beds per care level, the share of units that reported"
                    + " within their interval, how many regions are under the thresholds per intensive care level,"
                    + " the regions' preparedness levels and a table of the regions; dated in Stockholm time with"
                    + " UTC beside it. `at` as for the picture")
    ResponseEntity<byte[]> pdf(
            @Parameter(description = "an earlier time (UTC, ISO 8601); now when left out")
                    @RequestParam(required = false)
                    Instant at) {
        return report.pdfDownload(picture.atOrNow(at));
    }
}

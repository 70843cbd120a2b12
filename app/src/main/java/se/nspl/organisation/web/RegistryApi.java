package se.nspl.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.HospitalDetails;
import se.nspl.organisation.HospitalDraft;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.Organisation;
import se.nspl.organisation.OrganisationRegistry;
import se.nspl.organisation.Organisations;
import se.nspl.organisation.ParticipationDecision;
import se.nspl.organisation.Region;
import se.nspl.organisation.RegionDetails;
import se.nspl.organisation.Regions;
import se.nspl.organisation.RegistryQueries;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.organisation.UnitDraft;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation registry", description = "Regions, hospitals, reporting units and authorities")
class RegistryApi {

    private final Regions regions;
    private final Hospitals hospitals;
    private final ReportingUnits units;
    private final Organisations organisations;
    private final RegistryQueries queries;
    private final OrganisationRegistry registry;

    RegistryApi(
            Regions regions,
            Hospitals hospitals,
            ReportingUnits units,
            Organisations organisations,
            RegistryQueries queries,
            OrganisationRegistry registry) {
        this.regions = regions;
        this.hospitals = hospitals;
        this.units = units;
        this.organisations = organisations;
        this.queries = queries;
        this.registry = registry;
    }

    @GetMapping("/regions")
    @Operation(summary = "The 21 regions with SCB population and participation decision")
    List<Region> regions() {
        return regions.all();
    }

    @GetMapping("/regions/{code}")
    @Operation(summary = "One region with its hospitals and their reporting units")
    ResponseEntity<RegionDetails> region(@PathVariable RegionCode code) {
        var details = queries.region(code);
        return Versions.withETag(details.region().version(), details);
    }

    @PutMapping("/regions/{code}/participation")
    @Operation(
            summary = "Record the regional board's participation decision",
            description = "Secretariat, administrators or the region's own coordinator. Send the region's"
                    + " current version in If-Match; a stale version gets 409.")
    ResponseEntity<Region> recordParticipation(
            @PathVariable RegionCode code,
            @Parameter(description = "the region's version, from its ETag")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @RequestBody ParticipationDecision decision,
            Actor actor) {
        var region = registry.recordParticipation(code, Versions.fromIfMatch(ifMatch), decision, actor);
        return Versions.withETag(region.version(), region);
    }

    @GetMapping("/organisations")
    @Operation(summary = "The secretariat, the authorities and SKR")
    List<Organisation> organisations() {
        return organisations.all();
    }

    @GetMapping("/hospitals")
    @Operation(summary = "Hospitals, optionally filtered by a text in name or city and by region")
    List<Hospital> hospitals(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) RegionCode region) {
        return hospitals.search(text, Optional.ofNullable(region));
    }

    @GetMapping("/hospitals/{id}")
    @Operation(summary = "One hospital with its reporting units")
    ResponseEntity<HospitalDetails> hospital(@PathVariable UUID id) {
        var details = queries.hospital(id);
        return Versions.withETag(details.hospital().version(), details);
    }

    @PostMapping("/hospitals")
    @Operation(summary = "Register a hospital (administrators, or the region's coordinator for its own region)")
    ResponseEntity<Hospital> registerHospital(@Valid @RequestBody HospitalDraft draft, Actor actor) {
        var hospital = registry.registerHospital(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/hospitals/" + hospital.id()))
                .eTag(Versions.eTag(hospital.version()))
                .body(hospital);
    }

    @PutMapping("/hospitals/{id}")
    @Operation(summary = "Change a hospital; send its version in If-Match (stale: 409)")
    ResponseEntity<Hospital> updateHospital(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody HospitalDraft draft,
            Actor actor) {
        var hospital = registry.updateHospital(id, Versions.fromIfMatch(ifMatch), draft, actor);
        return Versions.withETag(hospital.version(), hospital);
    }

    @GetMapping("/units")
    @Operation(summary = "Reporting units, optionally filtered by region, hospital and kind")
    List<ReportingUnit> units(
            @RequestParam(required = false) RegionCode region,
            @RequestParam(required = false) UUID hospital,
            @RequestParam(required = false) UnitKind kind) {
        return units.find(Optional.ofNullable(region), Optional.ofNullable(hospital), Optional.ofNullable(kind));
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "One reporting unit")
    ResponseEntity<ReportingUnit> unit(@PathVariable UUID id) {
        var unit = registry.unit(id);
        return Versions.withETag(unit.version(), unit);
    }

    @PostMapping("/units")
    @Operation(summary = "Register a reporting unit at a hospital")
    ResponseEntity<ReportingUnit> registerUnit(@Valid @RequestBody UnitDraft draft, Actor actor) {
        var unit = registry.registerUnit(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id()))
                .eTag(Versions.eTag(unit.version()))
                .body(unit);
    }

    @PutMapping("/units/{id}")
    @Operation(summary = "Change a reporting unit; send its version in If-Match (stale: 409)")
    ResponseEntity<ReportingUnit> updateUnit(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody UnitDraft draft,
            Actor actor) {
        var unit = registry.updateUnit(id, Versions.fromIfMatch(ifMatch), draft, actor);
        return Versions.withETag(unit.version(), unit);
    }
}

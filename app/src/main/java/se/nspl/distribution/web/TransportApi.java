package se.nspl.distribution.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.nspl.distribution.TransportRegister;
import se.nspl.distribution.TransportUnit;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/transport-units")
@Tag(
        name = "Transport register",
        description = "Vehicles and aircraft that can move patients: kind, base, how many and how many available,"
                + " speed, minutes per trip and per duty, capacity per care level and seats. A region's coordinator"
                + " keeps the own region's; the secretariat every region's and the national ones (no region).")
class TransportApi {

    private final TransportRegister register;

    TransportApi(TransportRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "The register, national units first; one region's with `region`")
    List<TransportUnit> list(@RequestParam(required = false) RegionCode region) {
        return register.list(Optional.ofNullable(region));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One transport unit; its version as ETag")
    ResponseEntity<TransportUnit> get(@PathVariable UUID id) {
        var unit = register.find(id);
        return Versions.withETag(unit.version(), unit);
    }

    @PostMapping
    @Operation(
            summary = "Add a transport unit",
            description = "`kind` ROAD_AMBULANCE, ICU_AMBULANCE, HELICOPTER, JET, SNAM or STRETCHER_BUS (road or air"
                    + " follows from it); the base as `baseHospital` (an id) or `baseName` with `baseLat`,"
                    + " `baseLon`; `available` defaults to `count`; `dutyMinutes` at most 4 800.")
    ResponseEntity<TransportUnit> add(@RequestBody TransportRegister.Draft draft, Actor actor) {
        var unit = register.add(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/transport-units/" + unit.id()))
                .eTag(Versions.eTag(unit.version()))
                .body(unit);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a transport unit, e.g. how many are available now",
            description = "Send the version you read in If-Match: stale → 409, missing → 428.")
    ResponseEntity<TransportUnit> update(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody TransportRegister.Draft draft,
            Actor actor) {
        var unit = register.update(id, Versions.fromIfMatch(ifMatch), draft, actor);
        return Versions.withETag(unit.version(), unit);
    }
}

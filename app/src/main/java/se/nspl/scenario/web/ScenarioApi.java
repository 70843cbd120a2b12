package se.nspl.scenario.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.scenario.SavedScenario;
import se.nspl.scenario.ScenarioRun;
import se.nspl.scenario.ScenarioSimulation;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.simulation.Mode;
import se.nspl.web.Versions;

@RestController
@Tag(
        name = "Scenarios",
        description = "What-if simulations of beds per region and care level (shared/design/simulation-model.md):"
                + " create from today's picture or the contract's JSON, edit, run, read the result; see"
                + " docs/scenarios.md. Exercise runs (övning) are marked `exercise: true`.")
class ScenarioApi {

    /** A scenario in the list. */
    record ScenarioSummary(
            UUID id,
            String name,
            int days,
            Mode mode,
            @Nullable RegionCode ownerRegion,
            long version,
            String createdBy,
            Instant updatedAt) {

        static ScenarioSummary of(SavedScenario s) {
            return new ScenarioSummary(
                    s.id(),
                    s.name(),
                    s.definition().days(),
                    s.definition().mode(),
                    s.ownerRegion(),
                    s.version(),
                    s.createdBy(),
                    s.updatedAt());
        }
    }

    record FromPicture(@Nullable String name, @Nullable Integer days) {}

    record RunRequest(@Nullable Boolean exercise) {}

    private final ScenarioSimulation simulation;

    ScenarioApi(ScenarioSimulation simulation) {
        this.simulation = simulation;
    }

    @GetMapping("/api/v1/scenarios")
    @Operation(summary = "The scenarios, the newest change first (at most 200)")
    List<ScenarioSummary> list(Actor actor) {
        return simulation.list(actor).stream().map(ScenarioSummary::of).toList();
    }

    @PostMapping(path = "/api/v1/scenarios", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create a scenario from the contract's JSON (e.g. a file)",
            description = "The body is a scenario of shared/design/simulation-model.md; each broken rule is a 400"
                    + " naming the field, e.g. `regions[0].beds.ICU`. The secretariat and region coordinators.")
    ResponseEntity<String> create(@RequestBody String json, Actor actor) {
        return created(simulation.create(json, actor));
    }

    @PostMapping("/api/v1/scenarios/from-picture")
    @Operation(
            summary = "Create a scenario from today's picture",
            description = "Every region's staffed and occupied beds (ICU_VENT, ICU, WARD) as the latest reports give"
                    + " them, surge levels from the reported 24-hour and 7-day reserves, arrivals that keep today's"
                    + " occupancy steady; `days` defaults to 60.")
    ResponseEntity<String> fromPicture(@RequestBody FromPicture request, Actor actor) {
        return created(
                simulation.createFromPicture(request.name(), request.days() == null ? 60 : request.days(), actor));
    }

    @GetMapping(path = "/api/v1/scenarios/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A scenario as the contract's JSON; its version as ETag")
    ResponseEntity<String> get(@PathVariable UUID id, Actor actor) {
        var scenario = simulation.find(id, actor);
        return Versions.withETag(scenario.version(), simulation.json(scenario.definition()));
    }

    @PutMapping(
            path = "/api/v1/scenarios/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace a scenario",
            description = "Send the version you read in If-Match: stale → 409, missing → 428. The secretariat or"
                    + " the region that wrote it.")
    ResponseEntity<String> edit(
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody String json,
            Actor actor) {
        var scenario = simulation.edit(id, Versions.fromIfMatch(ifMatch), json, actor);
        return Versions.withETag(scenario.version(), simulation.json(scenario.definition()));
    }

    @PostMapping("/api/v1/scenarios/{id}/runs")
    @Operation(
            summary = "Run the scenario as it is now",
            description = "202: the run is queued and runs off the request thread; poll"
                    + " /api/v1/scenario-runs/{run} for its progress. `exercise: true` marks it as an exercise.")
    ResponseEntity<ScenarioRun> run(
            @PathVariable UUID id, @RequestBody(required = false) RunRequest request, Actor actor) {
        boolean exercise = request != null && Boolean.TRUE.equals(request.exercise());
        var run = simulation.start(id, exercise, actor);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/scenario-runs/" + run.id()))
                .body(run);
    }

    @GetMapping("/api/v1/scenarios/{id}/runs")
    @Operation(summary = "The scenario's runs, newest first")
    List<ScenarioRun> runs(@PathVariable UUID id, Actor actor) {
        return simulation.runs(id, actor);
    }

    @GetMapping("/api/v1/scenario-runs/{run}")
    @Operation(summary = "A run: its state (QUEUED, RUNNING, DONE, FAILED) and progress in replications")
    ScenarioRun runStatus(@PathVariable UUID run, Actor actor) {
        return simulation.run(run, actor);
    }

    @GetMapping(path = "/api/v1/scenario-runs/{run}/result", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A finished run's result as the contract's JSON",
            description = "404 until the run is done. An exercise run's result carries the header"
                    + " `NSPL-Exercise: true`.")
    ResponseEntity<String> result(@PathVariable UUID run, Actor actor) {
        boolean exercise = simulation.run(run, actor).exercise();
        return ResponseEntity.ok()
                .header("NSPL-Exercise", Boolean.toString(exercise))
                .body(simulation.resultJson(run, actor));
    }

    private ResponseEntity<String> created(SavedScenario scenario) {
        return ResponseEntity.created(URI.create("/api/v1/scenarios/" + scenario.id()))
                .eTag(Versions.eTag(scenario.version()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(simulation.json(scenario.definition()));
    }
}

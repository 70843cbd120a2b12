package se.nspl.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.nspl.audit.AuditTrail;
import se.nspl.picture.Picture;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;
import se.nspl.simulation.InvalidScenarioException;
import se.nspl.simulation.Mode;
import se.nspl.simulation.ResultReader;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.ScenarioReader;
import se.nspl.simulation.ScenarioWriter;
import se.nspl.simulation.SimulationResult;

/**
 * Scenarios: made from today's picture or from the contract's JSON, edited with optimistic locking,
 * run off the request thread ({@link ScenarioRunner}), and their results read back. Every change is
 * audited; a run records who started it and whether it is an exercise.
 */
@Service
public class ScenarioSimulation {

    static final int LIST_LIMIT = 200;

    private final Scenarios scenarios;
    private final ScenarioRuns runs;
    private final ScenarioRunner runner;
    private final Picture picture;
    private final AuditTrail audit;
    private final Clock clock;

    ScenarioSimulation(
            Scenarios scenarios,
            ScenarioRuns runs,
            ScenarioRunner runner,
            Picture picture,
            AuditTrail audit,
            Clock clock) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.runner = runner;
        this.picture = picture;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SavedScenario> list(Actor actor) {
        ScenarioPermissions.checkRead(actor);
        return scenarios.latest(LIST_LIMIT);
    }

    public SavedScenario find(UUID id, Actor actor) {
        ScenarioPermissions.checkRead(actor);
        return scenarios.find(id).orElseThrow(() -> new NotFoundException("scenario", id));
    }

    /** A scenario of every region's beds and occupancy as the latest reports give them. */
    @Transactional
    public SavedScenario createFromPicture(String name, int days, Actor actor) {
        ScenarioPermissions.checkCreate(actor);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "must be 1 to 200 characters");
        }
        Classification.check("name", name);
        if (days < 1 || days > ScenarioReader.MAX_DAYS) {
            throw new InvalidInputException("days", "must be between 1 and " + ScenarioReader.MAX_DAYS);
        }
        return add(PictureScenario.of(picture.now(), name.strip(), days), actor, "picture");
    }

    /** A scenario from the contract's JSON, e.g. a file. */
    @Transactional
    public SavedScenario create(String json, Actor actor) {
        ScenarioPermissions.checkCreate(actor);
        return add(read(json), actor, "file");
    }

    private SavedScenario add(Scenario definition, Actor actor, String source) {
        checkName(definition);
        Instant now = clock.instant();
        var owner = actor.hasRole(Role.REGION_COORDINATOR) ? actor.region().orElse(null) : null;
        var scenario = new SavedScenario(UUID.randomUUID(), definition, owner, 0, now, actor.name(), now);
        scenarios.add(scenario);
        audit.record(actor, "scenario.CREATE", "scenario", scenario.id().toString(), "from " + source);
        return scenario;
    }

    @Transactional
    public SavedScenario edit(UUID id, long version, Scenario definition, Actor actor) {
        var scenario = find(id, actor);
        ScenarioPermissions.checkChange(actor, scenario);
        checkName(definition);
        if (scenario.version() != version) {
            throw new StaleVersionException("scenario", id, version);
        }
        var changed = new SavedScenario(
                id,
                definition,
                scenario.ownerRegion(),
                version + 1,
                scenario.createdAt(),
                scenario.createdBy(),
                clock.instant());
        if (!scenarios.update(changed, version)) {
            throw new StaleVersionException("scenario", id, version);
        }
        audit.record(actor, "scenario.EDIT", "scenario", id.toString(), null);
        return changed;
    }

    @Transactional
    public SavedScenario edit(UUID id, long version, String json, Actor actor) {
        return edit(id, version, read(json), actor);
    }

    /**
     * Starts a run of the scenario as it is now; an exercise run is marked ÖVNING wherever it is
     * shown. The run starts once this transaction has committed.
     */
    @Transactional
    public ScenarioRun start(UUID scenarioId, boolean exercise, Actor actor) {
        var scenario = find(scenarioId, actor);
        ScenarioPermissions.checkChange(actor, scenario);
        var definition = scenario.definition();
        int total = definition.mode() == Mode.STOCHASTIC ? definition.replications() : 1;
        var run = new ScenarioRun(
                UUID.randomUUID(),
                scenarioId,
                definition.name(),
                definition.mode(),
                exercise,
                RunState.QUEUED,
                0,
                total,
                null,
                actor.name(),
                clock.instant(),
                null);
        runs.add(run, definition);
        audit.record(
                actor,
                exercise ? "scenario.RUN_EXERCISE" : "scenario.RUN",
                "scenario",
                scenarioId.toString(),
                "run " + run.id());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.submit(run.id());
            }
        });
        return run;
    }

    public List<ScenarioRun> runs(UUID scenarioId, Actor actor) {
        find(scenarioId, actor);
        return runs.of(scenarioId);
    }

    public ScenarioRun run(UUID runId, Actor actor) {
        ScenarioPermissions.checkRead(actor);
        return runs.find(runId).orElseThrow(() -> new NotFoundException("scenario run", runId));
    }

    /**
     * A run's name, state and the country's first day of overflow, for other modules that link to
     * runs (the planning register); empty when there is no such run. No permission check: the
     * caller decides what it shows to whom.
     */
    public java.util.Optional<RunHeadline> headline(UUID runId) {
        return runs.find(runId)
                .map(run -> new RunHeadline(
                        run.id(),
                        run.scenarioId(),
                        run.name(),
                        run.state(),
                        run.exercise(),
                        run.createdAt(),
                        run.state() == RunState.DONE
                                ? runs.result(runId)
                                        .map(json -> firstNationalOverflowDay(new ResultReader().read(json)))
                                        .orElse(null)
                                : null));
    }

    private static Double firstNationalOverflowDay(SimulationResult result) {
        return result.summary().stream()
                .filter(row -> row.national() && row.firstOverflowDay() != null)
                .mapToDouble(row -> row.firstOverflowDay().p50())
                .min()
                .stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }

    /** The scenario as the run ran it. */
    public Scenario definitionOf(UUID runId, Actor actor) {
        run(runId, actor);
        return runs.definition(runId).orElseThrow(() -> new NotFoundException("scenario run", runId));
    }

    /** The result's JSON as the engine wrote it; 404 until the run is done. */
    public String resultJson(UUID runId, Actor actor) {
        run(runId, actor);
        return runs.result(runId).orElseThrow(() -> new NotFoundException("result of scenario run", runId));
    }

    public SimulationResult result(UUID runId, Actor actor) {
        return new ResultReader().read(resultJson(runId, actor));
    }

    public String json(Scenario definition) {
        return new ScenarioWriter().write(definition);
    }

    public Scenario read(String json) {
        try {
            return new ScenarioReader().read(json == null ? "" : json);
        } catch (InvalidScenarioException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new InvalidInputException.FieldError(
                            error.path().isEmpty() ? "scenario" : error.path(), error.message()))
                    .toList());
        }
    }

    private static void checkName(Scenario definition) {
        if (definition.name().length() > 200) {
            throw new InvalidInputException("name", "must be at most 200 characters");
        }
        Classification.check("name", definition.name());
    }
}

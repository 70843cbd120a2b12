package se.nspl.distribution;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.nspl.audit.AuditTrail;
import se.nspl.distribution.engine.ProblemWriter;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Hospitals;
import se.nspl.picture.HospitalPicture;
import se.nspl.picture.LevelPicture;
import se.nspl.picture.NationalPicture;
import se.nspl.picture.Picture;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.Role;
import se.nspl.support.SupportDesk;
import se.nspl.support.SupportType;
import se.nspl.support.Transport;
import se.nspl.support.Urgency;

/**
 * Patient distribution plans: built from the live picture, the demand the secretariat enters and the transport
 * register; computed off the request thread ({@link PlanRunner}); read by the secretariat and the authorities; and,
 * once accepted, turned into one support request per sending and receiving region. Only the secretariat builds,
 * runs and accepts plans. Every change is audited.
 */
@Service
public class TransferPlanning {

    /** Patients of one level and priority (1 most urgent, 2 when left out) at a hospital, to be moved. */
    public record Demand(
            @Nullable UUID hospital,
            @Nullable CareLevel level,
            @Nullable Integer count,
            @Nullable Integer priority) {}

    /**
     * A plan to compute: its name, the optimiser's time limit in seconds (the default when left out), whether
     * hospitals with overdue figures offer no beds ({@code leaveOutStale}), and the demand.
     */
    public record PlanDraft(
            @Nullable String name,
            @Nullable Integer timeLimitSeconds,
            @Nullable Boolean leaveOutStale,
            @Nullable List<Demand> demand) {}

    static final int MAX_TIME_LIMIT_SECONDS = 120;

    /** A run not finished this long after its time limit was lost (its node stopped). */
    static final Duration LOST_AFTER = Duration.ofMinutes(10);

    private final TransferPlans plans;
    private final TransportUnits transport;
    private final Picture picture;
    private final Hospitals hospitals;
    private final SupportDesk desk;
    private final PlanRunner runner;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int defaultTimeLimitSeconds;

    TransferPlanning(
            TransferPlans plans,
            TransportUnits transport,
            Picture picture,
            Hospitals hospitals,
            SupportDesk desk,
            PlanRunner runner,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${nspl.distribution.time-limit-seconds:10}") int defaultTimeLimitSeconds) {
        this.plans = plans;
        this.transport = transport;
        this.picture = picture;
        this.hospitals = hospitals;
        this.desk = desk;
        this.runner = runner;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.defaultTimeLimitSeconds = defaultTimeLimitSeconds;
    }

    public int defaultTimeLimitSeconds() {
        return defaultTimeLimitSeconds;
    }

    /** The secretariat builds, runs and accepts plans. */
    public static boolean mayPlan(Actor actor) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
    }

    /** The secretariat and the authorities read plans. */
    public static boolean mayRead(Actor actor) {
        return mayPlan(actor) || actor.hasRole(Role.AUTHORITY_VIEWER);
    }

    /**
     * Builds the problem from the picture now and starts the optimiser on it; the plan is {@link PlanState#RUNNING}
     * until the runner has written its result.
     */
    public TransferPlan start(PlanDraft draft, Actor actor) {
        if (!mayPlan(actor)) {
            throw new ForbiddenException("only the secretariat computes distribution plans");
        }
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.coded(
                    "name", "distribution.error.name", "must be 1 to 200 characters")));
        }
        Classification.check("name", name);
        int seconds = draft.timeLimitSeconds() == null ? defaultTimeLimitSeconds : draft.timeLimitSeconds();
        if (seconds < 1 || seconds > MAX_TIME_LIMIT_SECONDS) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.coded(
                    "timeLimitSeconds",
                    "distribution.error.timeLimit",
                    "must be from 1 to " + MAX_TIME_LIMIT_SECONDS + " seconds",
                    MAX_TIME_LIMIT_SECONDS)));
        }
        boolean leaveOutStale = Boolean.TRUE.equals(draft.leaveOutStale());
        var rows = draft.demand() == null
                ? List.<ProblemBuilder.DemandRow>of()
                : draft.demand().stream()
                        .map(d -> d == null
                                ? null
                                : new ProblemBuilder.DemandRow(d.hospital(), d.level(), d.count(), d.priority()))
                        .toList();
        var built = new ProblemBuilder().build(name, rows, sites(), transport.list(Optional.empty()), leaveOutStale);
        var now = clock.instant();
        var plan = new TransferPlan(
                UUID.randomUUID(),
                name,
                PlanState.RUNNING,
                seconds,
                built.inputs(),
                null,
                null,
                0,
                now,
                actor.name(),
                null,
                null,
                null,
                List.of());
        transactions.executeWithoutResult(status -> {
            plans.add(plan, new ProblemWriter().write(built.problem()));
            audit.record(
                    actor,
                    "distribution.PLAN_STARTED",
                    "transfer-plan",
                    plan.id().toString(),
                    name + ": " + built.inputs().patients() + " patients, "
                            + built.inputs().hospitalsOffering()
                            + " hospitals offering beds, " + built.inputs().transportUnits() + " transport units, "
                            + seconds + " s");
        });
        runner.run(plan.id(), built, Duration.ofSeconds(seconds));
        return plan;
    }

    public TransferPlan find(UUID id, Actor actor) {
        requireMayRead(actor);
        failLostRuns();
        return plans.find(id).orElseThrow(() -> new NotFoundException("distribution plan", id));
    }

    public List<TransferPlan> list(Actor actor) {
        requireMayRead(actor);
        failLostRuns();
        return plans.list(100);
    }

    /** The problem exactly as the optimiser got it: the contract's JSON, for rerunning with {@code bin/nspl}. */
    public String problem(UUID id, Actor actor) {
        requireMayRead(actor);
        return plans.problem(id).orElseThrow(() -> new NotFoundException("distribution plan", id));
    }

    /**
     * Accepts a computed plan: for each sending and receiving region of its transfers across a border, a support
     * request of the sending region for its patients per care level, written and submitted by the secretariat on
     * the sending region's behalf, with the plan's reference in its description.
     */
    @Transactional
    public TransferPlan accept(UUID id, Actor actor) {
        if (!mayPlan(actor)) {
            throw new ForbiddenException("only the secretariat accepts distribution plans");
        }
        var plan = plans.lock(id).orElseThrow(() -> new NotFoundException("distribution plan", id));
        var result = plan.toAccept();
        var made = new ArrayList<String>();
        for (var pair : RegionPairs.of(result.transfers())) {
            var items = pair.patients().entrySet().stream()
                    .map(e -> new SupportDesk.ItemDraft(e.getKey(), null, e.getValue()))
                    .toList();
            var draft = new SupportDesk.RequestDraft(
                    SupportType.PATIENT_TRANSFER,
                    pair.sending(),
                    null,
                    title(plan, pair),
                    description(plan, pair),
                    pair.urgent() ? Urgency.IMMEDIATE : Urgency.WITHIN_24H,
                    null,
                    null,
                    Transport.TO_ARRANGE,
                    items);
            var request = desk.create(draft, actor);
            desk.submit(request.id(), actor);
            plans.addRequest(
                    id, new TransferPlan.Request(request.id(), pair.sending(), pair.receiving(), pair.total()));
            made.add(pair.sending() + "→" + pair.receiving() + " " + request.id());
        }
        plans.accept(id, clock.instant(), actor.name());
        audit.record(
                actor,
                "distribution.PLAN_ACCEPTED",
                "transfer-plan",
                id.toString(),
                made.isEmpty()
                        ? "no transfer crosses a region's border"
                        : "support requests " + String.join(", ", made));
        return plans.find(id).orElseThrow();
    }

    /**
     * The hospitals as the plan sees them now: position, free beds per level, and whether figures are overdue. A
     * hospital the picture does not know yet (registered a moment ago) has no free beds, but may send patients.
     */
    List<ProblemBuilder.Site> sites() {
        NationalPicture now = picture.now();
        Map<UUID, HospitalPicture> pictured = new HashMap<>();
        now.regions().forEach(region -> now.hospitalsOf(region.code()).forEach(h -> pictured.put(h.id(), h)));
        var sites = new ArrayList<ProblemBuilder.Site>();
        for (Hospital hospital : hospitals.search("", Optional.empty())) {
            var figures = pictured.get(hospital.id());
            sites.add(new ProblemBuilder.Site(
                    hospital.id(),
                    hospital.slug(),
                    hospital.name(),
                    hospital.region(),
                    hospital.lat(),
                    hospital.lon(),
                    available(figures, CareLevel.ICU_VENT),
                    available(figures, CareLevel.ICU),
                    available(figures, CareLevel.WARD),
                    figures != null && figures.unitsOverdue() > 0));
        }
        return sites;
    }

    private static int available(@Nullable HospitalPicture hospital, CareLevel level) {
        if (hospital == null) {
            return 0;
        }
        return hospital.levels().stream()
                .filter(l -> l.level() == level)
                .mapToInt(LevelPicture::available)
                .sum();
    }

    private void failLostRuns() {
        for (var id : plans.runningSince(clock.instant().minus(LOST_AFTER.plusSeconds(MAX_TIME_LIMIT_SECONDS)))) {
            transactions.executeWithoutResult(status -> {
                plans.fail(id, "the run did not finish: the node running it may have stopped", clock.instant());
                audit.record("system", null, "distribution.PLAN_LOST", "transfer-plan", id.toString(), null);
            });
        }
    }

    private static void requireMayRead(Actor actor) {
        if (!mayRead(actor)) {
            throw new ForbiddenException("distribution plans are read by the secretariat and the authorities");
        }
    }

    private static String title(TransferPlan plan, RegionPairs.Pair pair) {
        String title = "Patientöverföring till region " + pair.receiving() + " enligt fördelningsplan " + plan.name();
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    /** Who goes where by what, per line; cut short within the request's 4 000 characters. */
    private static String description(TransferPlan plan, RegionPairs.Pair pair) {
        var text = new StringBuilder("Fördelningsplan \"" + plan.name() + "\" (" + plan.id() + "), accepterad av"
                + " kansliet för region " + pair.sending() + ": " + pair.total() + " patienter till region "
                + pair.receiving() + ".\n");
        String lines = pair.transfers().stream()
                .map(t -> t.count() + " × " + t.level() + " (prio " + t.priority() + "): " + t.fromName() + " → "
                        + t.toName() + ", " + t.transport() + ", " + Math.round(t.rideMinutes()) + " min")
                .collect(Collectors.joining("\n"));
        text.append(lines);
        return text.length() <= 4000 ? text.toString() : text.substring(0, 3990) + "\n…";
    }
}

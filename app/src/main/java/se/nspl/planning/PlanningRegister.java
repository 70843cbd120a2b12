package se.nspl.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;
import se.nspl.organisation.Regions;
import se.nspl.scenario.ScenarioPermissions;
import se.nspl.scenario.ScenarioSimulation;
import se.nspl.shared.Actor;
import se.nspl.shared.Classification;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;

/**
 * The planning register: items are read by everyone logged in, written by the secretariat and
 * their region's coordinators (see {@link PlanningPermissions}), every change and comment audited.
 * A linked scenario run must exist when it is linked.
 */
@Service
public class PlanningRegister {

    static final String SUBJECT = "planning-item";
    static final int MAX_COMMENT = 4000;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final PlanningItems items;
    private final Regions regions;
    private final ScenarioSimulation scenarios;
    private final AuditTrail audit;
    private final Clock clock;

    PlanningRegister(
            PlanningItems items, Regions regions, ScenarioSimulation scenarios, AuditTrail audit, Clock clock) {
        this.items = items;
        this.regions = regions;
        this.scenarios = scenarios;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Sweden: an item due today is not yet overdue. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(STOCKHOLM));
    }

    /** The items the filter lets through, the earliest due first. */
    public List<PlanningItem> list(PlanningFilter filter) {
        var today = today();
        return items.all().stream().filter(filter.on(today)).toList();
    }

    public PlanningItem find(UUID id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("planning item", id));
    }

    public List<PlanningComment> comments(UUID id) {
        find(id);
        return items.comments(id);
    }

    /** The item's history from the audit trail, the oldest first. */
    public List<AuditEntry> history(UUID id) {
        return audit.about(SUBJECT, id.toString());
    }

    /** The national row and the 21 regions × the areas, as the items stand today. */
    public PlanningMatrix matrix() {
        var parties = new ArrayList<PlanningMatrix.Party>();
        parties.add(new PlanningMatrix.Party(null, "Nationellt (kansliet)"));
        regions.all().forEach(r -> parties.add(new PlanningMatrix.Party(r.code(), r.name())));
        return PlanningMatrix.of(items.all(), parties, today());
    }

    /** The runs the item links to; their headlines only for readers of scenarios. */
    public List<LinkedRun> linkedRuns(PlanningItem item, Actor actor) {
        boolean mayRead = ScenarioPermissions.mayRead(actor);
        return item.linkedRuns().stream()
                .map(run -> new LinkedRun(run, mayRead ? scenarios.headline(run).orElse(null) : null))
                .toList();
    }

    @Transactional
    public PlanningItem create(PlanningItemDraft draft, Actor actor) {
        if (!PlanningPermissions.mayCreate(actor)) {
            throw new ForbiddenException("the secretariat and the regions' coordinators write planning items");
        }
        check(draft);
        requireMayWrite(actor, draft.regionCode());
        var now = clock.instant();
        var item = fromDraft(UUID.randomUUID(), draft, 0, now, actor.name(), actor);
        items.add(item);
        audit.record(actor, "planning.CREATE", SUBJECT, item.id().toString(), summary(item));
        return find(item.id());
    }

    @Transactional
    public PlanningItem edit(UUID id, long expectedVersion, PlanningItemDraft draft, Actor actor) {
        var current = find(id);
        requireMayWrite(actor, current.region());
        check(draft);
        requireMayWrite(actor, draft.regionCode());
        var item = fromDraft(id, draft, current.version(), current.createdAt(), current.createdBy(), actor);
        if (current.version() != expectedVersion || !items.update(item, expectedVersion)) {
            throw new StaleVersionException("planning item", id, expectedVersion);
        }
        audit.record(actor, "planning.EDIT", SUBJECT, id.toString(), changes(current, item));
        return find(id);
    }

    @Transactional
    public PlanningComment comment(UUID id, String text, Actor actor) {
        var item = find(id);
        if (!PlanningPermissions.mayComment(actor, item)) {
            throw new ForbiddenException(
                    "the item's region's coordinators and the secretariat comment on a planning item");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(
                    List.of(FieldError.coded("text", "planning.error.required", "must not be empty")));
        }
        Classification.check("text", text);
        if (text.strip().length() > MAX_COMMENT) {
            throw new InvalidInputException(List.of(FieldError.coded(
                    "text", "planning.error.tooLong", "must be at most " + MAX_COMMENT + " characters", MAX_COMMENT)));
        }
        var comment = new PlanningComment(UUID.randomUUID(), id, actor.name(), clock.instant(), text.strip());
        items.addComment(comment);
        audit.record(actor, "planning.COMMENT", SUBJECT, id.toString(), abbreviated(comment.text()));
        return comment;
    }

    /** The draft's own rules, the region's existence and the linked runs' existence, all named at once. */
    private void check(PlanningItemDraft draft) {
        var errors = new ArrayList<>(draft.errors());
        if (errors.stream().noneMatch(e -> e.field().equals("region"))) {
            var region = draft.regionCode();
            if (region != null && !regions.exists(region)) {
                errors.add(FieldError.coded(
                        "region", "planning.error.region", "must be a region's two-digit code, or empty for national"));
            }
        }
        var runs = draft.runs();
        for (int i = 0; i < runs.size() && runs.size() <= PlanningItemDraft.MAX_RUNS; i++) {
            if (scenarios.headline(runs.get(i)).isEmpty()) {
                errors.add(FieldError.coded(
                        "linkedRuns[" + i + "]",
                        "planning.error.run",
                        "no scenario run " + runs.get(i),
                        runs.get(i).toString()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private PlanningItem fromDraft(
            UUID id,
            PlanningItemDraft draft,
            long version,
            java.time.Instant createdAt,
            String createdBy,
            Actor actor) {
        return new PlanningItem(
                id,
                draft.area(),
                draft.regionCode(),
                draft.title().strip(),
                PlanningItemDraft.stripped(draft.gap()),
                draft.owner().strip(),
                draft.organisation().strip(),
                draft.status(),
                draft.dueOn(),
                draft.runs(),
                version,
                createdAt,
                createdBy,
                clock.instant(),
                actor.name());
    }

    private static void requireMayWrite(Actor actor, @Nullable RegionCode region) {
        if (!PlanningPermissions.mayWrite(actor, region)) {
            throw new ForbiddenException(
                    region == null
                            ? "only the secretariat writes national planning items"
                            : "a region's planning items are written by its coordinators and the secretariat");
        }
    }

    private static String summary(PlanningItem item) {
        return item.area() + " " + (item.national() ? "national" : item.region().value()) + " \"" + item.title()
                + "\": " + item.status() + ", due " + item.dueOn() + ", owner " + item.owner() + " ("
                + item.organisation() + ")" + (item.linkedRuns().isEmpty() ? "" : ", runs " + item.linkedRuns());
    }

    /** What an edit changed, field by field, for the history. */
    static String changes(PlanningItem before, PlanningItem after) {
        var changes = new ArrayList<String>();
        change(changes, "area", before.area(), after.area());
        change(changes, "region", before.region(), after.region());
        change(changes, "title", before.title(), after.title());
        change(changes, "gap", before.gap(), after.gap());
        change(changes, "owner", before.owner(), after.owner());
        change(changes, "organisation", before.organisation(), after.organisation());
        change(changes, "status", before.status(), after.status());
        change(changes, "dueOn", before.dueOn(), after.dueOn());
        change(changes, "linkedRuns", before.linkedRuns(), after.linkedRuns());
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(
                    field + ": " + abbreviated(String.valueOf(before)) + " → " + abbreviated(String.valueOf(after)));
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}

package se.nspl.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import se.nspl.planning.LinkedRun;
import se.nspl.planning.PlanningArea;
import se.nspl.planning.PlanningComment;
import se.nspl.planning.PlanningFilter;
import se.nspl.planning.PlanningItem;
import se.nspl.planning.PlanningItemDraft;
import se.nspl.planning.PlanningMatrix;
import se.nspl.planning.PlanningRegister;
import se.nspl.planning.PlanningStatus;
import se.nspl.shared.Actor;
import se.nspl.web.Versions;

@RestController
@RequestMapping("/api/v1/planning-items")
@Tag(
        name = "Planning register",
        description = "The joint planning items per area and region (planeringsregistret): owner, status, due date,"
                + " the scenario runs that motivate them, comments; the regions × areas matrix. Everyone logged in"
                + " reads; a region's coordinators write and comment on its items, the secretariat on every item"
                + " and alone on the national ones (region null). Every change audited; see docs/planning.md.")
class PlanningApi {

    /** An item with what the item page shows around it. */
    record ItemView(
            PlanningItem item,
            boolean overdue,
            String standing,
            List<LinkedRun> runs,
            List<PlanningComment> comments) {}

    private final PlanningRegister register;

    PlanningApi(PlanningRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "The items, the earliest due first, optionally filtered")
    List<PlanningItem> list(
            @Parameter(description = "a region's two-digit code, or `national` for the secretariat's items")
                    @RequestParam(required = false)
                    String region,
            @RequestParam(required = false) PlanningArea area,
            @RequestParam(required = false) PlanningStatus status,
            @Parameter(description = "only items past their due date and not done")
                    @RequestParam(defaultValue = "false")
                    boolean overdue) {
        return register.list(new PlanningFilter(region, area, status, overdue));
    }

    @GetMapping("/matrix")
    @Operation(
            summary = "The matrix: the national row and the 21 regions × the seven areas",
            description = "Each cell: the worst standing of its items (AT_RISK, OVERDUE, NOT_STARTED, IN_PROGRESS,"
                    + " DONE; null when empty), the number of items and of overdue items.")
    PlanningMatrix matrix() {
        return register.matrix();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One item with its linked runs (name, state, first day of overflow) and comments",
            description = "The version as ETag. Run headlines are left out (null) for callers who do not read"
                    + " scenarios.")
    ResponseEntity<ItemView> item(@PathVariable UUID id, Actor actor) {
        var item = register.find(id);
        return Versions.withETag(item.version(), view(item, actor));
    }

    @PostMapping
    @Operation(
            summary = "Add a planning item",
            description = "`region` null for a national item (the secretariat only). Status NOT_STARTED unless"
                    + " given. `linkedRuns`: ids of existing scenario runs, at most 10. 400 names every broken"
                    + " field and adds nothing.")
    ResponseEntity<ItemView> create(@RequestBody PlanningItemDraft draft, Actor actor) {
        var item = register.create(draft, actor);
        return ResponseEntity.created(URI.create("/api/v1/planning-items/" + item.id()))
                .eTag(Versions.eTag(item.version()))
                .body(view(item, actor));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change an item: send it whole as it should be",
            description = "If-Match with the version read: stale → 409, missing → 428. A region's coordinator"
                    + " cannot move an item to another region or make it national.")
    ResponseEntity<ItemView> edit(
            @PathVariable UUID id,
            @Parameter(description = "the item's version, from its ETag")
                    @RequestHeader(value = "If-Match", required = false)
                    String ifMatch,
            @RequestBody PlanningItemDraft draft,
            Actor actor) {
        var item = register.edit(id, Versions.fromIfMatch(ifMatch), draft, actor);
        return Versions.withETag(item.version(), view(item, actor));
    }

    @PostMapping("/{id}/comments")
    @Operation(
            summary = "Comment on an item: `{\"text\": …}`",
            description = "The item's region's coordinators and the secretariat. Comments are never changed.")
    ResponseEntity<PlanningComment> comment(@PathVariable UUID id, @RequestBody Map<String, String> body, Actor actor) {
        var comment = register.comment(id, body == null ? null : body.get("text"), actor);
        return ResponseEntity.created(URI.create("/api/v1/planning-items/" + id))
                .body(comment);
    }

    private ItemView view(PlanningItem item, Actor actor) {
        var today = register.today();
        return new ItemView(
                item,
                item.overdueOn(today),
                item.standingOn(today).name(),
                register.linkedRuns(item, actor),
                register.comments(item.id()));
    }
}

package se.nspl.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.organisation.Region;
import se.nspl.organisation.Regions;
import se.nspl.planning.PlanningArea;
import se.nspl.planning.PlanningFilter;
import se.nspl.planning.PlanningItem;
import se.nspl.planning.PlanningPermissions;
import se.nspl.planning.PlanningRegister;
import se.nspl.planning.PlanningStatus;
import se.nspl.planning.Standing;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;
import se.nspl.web.PdfDocuments;

/**
 * The planning register's pages: the regions × areas matrix, the filtered list with its CSV and PDF,
 * an item with its linked runs, comments and history, and the forms to add and change items.
 */
@Controller
class PlanningPages {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final PlanningRegister register;
    private final Regions regions;
    private final FieldMessages messages;
    private final PdfDocuments documents;

    PlanningPages(PlanningRegister register, Regions regions, FieldMessages messages, PdfDocuments documents) {
        this.register = register;
        this.regions = regions;
        this.messages = messages;
        this.documents = documents;
    }

    @Bean
    static NavigationItem planningNavigation() {
        return new NavigationItem("/planning", "planning.nav", 450, Set.of(Role.values()));
    }

    @GetMapping("/planning")
    String matrix(Actor actor, Model model) {
        model.addAttribute("matrix", register.matrix());
        model.addAttribute("standings", Standing.values());
        model.addAttribute("mayCreate", PlanningPermissions.mayCreate(actor));
        return "planning/matrix";
    }

    @GetMapping("/planning/items")
    String list(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) PlanningArea area,
            @RequestParam(required = false) PlanningStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            Actor actor,
            Model model) {
        var filter = new PlanningFilter(region, area, status, overdue);
        model.addAttribute("filter", filter);
        model.addAttribute("items", register.list(filter));
        model.addAttribute("query", query(filter));
        model.addAttribute("today", register.today());
        model.addAttribute("regions", regions.all());
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("areas", PlanningArea.values());
        model.addAttribute("statuses", PlanningStatus.values());
        model.addAttribute("mayCreate", PlanningPermissions.mayCreate(actor));
        return "planning/list";
    }

    @GetMapping("/planning/items.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) PlanningArea area,
            @RequestParam(required = false) PlanningStatus status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        var items = register.list(new PlanningFilter(region, area, status, overdue));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"planering-" + register.today() + ".csv\"")
                .body(PlanningCsv.of(items, register.today()));
    }

    @GetMapping("/planning/pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) PlanningArea area,
            @RequestParam(required = false) PlanningStatus status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        var filter = new PlanningFilter(region, area, status, overdue);
        Map<String, Object> model = Map.of(
                "matrix", register.matrix(),
                "items", register.list(filter),
                "today", register.today(),
                "regionNames", regionNames(),
                "filtered", !query(filter).isEmpty());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"planering-" + register.today() + ".pdf\"")
                .body(documents.render("planning/pdf", SWEDISH, model));
    }

    @GetMapping("/planning/items/new")
    String newItem(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) PlanningArea area,
            Actor actor,
            Model model) {
        requireMayCreate(actor);
        var values = new LinkedHashMap<String, String>();
        values.put("region", actor.region().map(Object::toString).orElse(region == null ? "" : region));
        values.put("area", area == null ? "" : area.name());
        values.put("status", PlanningStatus.NOT_STARTED.name());
        return form(null, values, Map.of(), actor, model);
    }

    @PostMapping("/planning/items")
    String create(
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireMayCreate(actor);
        try {
            var item = register.create(ItemForm.read(form), actor);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/planning/items/" + item.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(null, form, messages.byField(e, ItemForm::fieldOf), actor, model);
        }
    }

    @GetMapping("/planning/items/{id}")
    String item(@PathVariable UUID id, Actor actor, Model model) {
        var item = register.find(id);
        model.addAttribute("item", item);
        model.addAttribute("today", register.today());
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("runs", register.linkedRuns(item, actor));
        model.addAttribute("comments", register.comments(id));
        model.addAttribute("history", register.history(id));
        model.addAttribute("mayWrite", PlanningPermissions.mayWrite(actor, item));
        model.addAttribute("mayComment", PlanningPermissions.mayComment(actor, item));
        return "planning/item";
    }

    @GetMapping("/planning/items/{id}/edit")
    String edit(@PathVariable UUID id, Actor actor, Model model) {
        var item = register.find(id);
        requireMayWrite(actor, item);
        var values = new LinkedHashMap<>(ItemForm.of(item));
        values.put("version", Long.toString(item.version()));
        return form(item, values, Map.of(), actor, model);
    }

    @PostMapping("/planning/items/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var item = register.find(id);
        requireMayWrite(actor, item);
        try {
            long version = version(form.get("version"));
            register.edit(id, version, ItemForm.read(form), actor);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/planning/items/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return form(item, form, messages.byField(e, ItemForm::fieldOf), actor, model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return form(item, form, Map.of("version", e.getMessage()), actor, model);
        }
    }

    @PostMapping("/planning/items/{id}/comments")
    String comment(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String text,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            register.comment(id, text, actor);
            redirect.addFlashAttribute("commented", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "commentError",
                    String.join("; ", messages.byField(e, f -> f).values()));
        }
        return "redirect:/planning/items/" + id + "#comments";
    }

    private String form(
            PlanningItem item, Map<String, String> values, Map<String, String> errors, Actor actor, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", PlanningArea.values());
        model.addAttribute("statuses", PlanningStatus.values());
        model.addAttribute(
                "regions",
                regions.all().stream()
                        .filter(r -> PlanningPermissions.mayWrite(actor, r.code()))
                        .toList());
        model.addAttribute("mayNational", PlanningPermissions.mayWrite(actor, (se.nspl.shared.RegionCode) null));
        return "planning/form";
    }

    /** The filter as a query string for the export links, empty when nothing is filtered. */
    static String query(PlanningFilter filter) {
        var parts = new java.util.ArrayList<String>();
        if (filter.region() != null) {
            parts.add("region=" + filter.region());
        }
        if (filter.area() != null) {
            parts.add("area=" + filter.area());
        }
        if (filter.status() != null) {
            parts.add("status=" + filter.status());
        }
        if (filter.overdueOnly()) {
            parts.add("overdue=true");
        }
        return String.join("&", parts);
    }

    private Map<String, String> regionNames() {
        var names = new LinkedHashMap<String, String>();
        for (Region region : regions.all()) {
            names.put(region.code().value(), region.name());
        }
        return names;
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.coded(
                    "version", "planning.error.version", "the version read is missing; reload the item")));
        }
    }

    private static void requireMayCreate(Actor actor) {
        if (!PlanningPermissions.mayCreate(actor)) {
            throw new ForbiddenException("the secretariat and the regions' coordinators write planning items");
        }
    }

    private static void requireMayWrite(Actor actor, PlanningItem item) {
        if (!PlanningPermissions.mayWrite(actor, item)) {
            throw new ForbiddenException(
                    "a region's planning items are written by its coordinators and the secretariat");
        }
    }
}

package se.nspl.distribution.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.distribution.PlanState;
import se.nspl.distribution.PlanStateException;
import se.nspl.distribution.TransferPlanning;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Hospitals;
import se.nspl.picture.Picture;
import se.nspl.picture.web.RegionMap;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.Role;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;

/**
 * The secretariat's distribution pages: the free beds now and a form to enter the demand and compute a plan; a plan
 * while it runs (htmx asks every second) and once computed, as a table and on the map, beside the nearest-free-bed
 * rule, with the button that turns it into support requests. The authorities read plans.
 */
@Controller
class DistributionPages {

    static final int DEMAND_ROWS = 8;
    static final List<CareLevel> LEVELS = List.of(CareLevel.ICU_VENT, CareLevel.ICU, CareLevel.WARD);

    private final TransferPlanning planning;
    private final Picture picture;
    private final Hospitals hospitals;
    private final RegionMap map;
    private final FieldMessages messages;

    DistributionPages(
            TransferPlanning planning, Picture picture, Hospitals hospitals, RegionMap map, FieldMessages messages) {
        this.planning = planning;
        this.picture = picture;
        this.hospitals = hospitals;
        this.map = map;
        this.messages = messages;
    }

    @Bean
    static NavigationItem distributionNavigation() {
        return new NavigationItem(
                "/distribution",
                "nav.distribution",
                350,
                Set.of(Role.NATIONAL_COORDINATOR, Role.ADMIN, Role.AUTHORITY_VIEWER));
    }

    @GetMapping("/distribution")
    String plans(Actor actor, Model model) {
        model.addAttribute("plans", planning.list(actor));
        if (TransferPlanning.mayPlan(actor) && !model.containsAttribute("rows")) {
            model.addAttribute("rows", emptyRows(DEMAND_ROWS));
            model.addAttribute("name", "");
            model.addAttribute("timeLimit", planning.defaultTimeLimitSeconds());
            model.addAttribute("leaveOutStale", false);
        }
        return page(actor, model);
    }

    @PostMapping("/distribution/plans")
    String start(@RequestParam Map<String, String> form, Actor actor, Locale locale, Model model) {
        var rows = rows(form);
        var demand = new ArrayList<TransferPlanning.Demand>();
        var errors = new ArrayList<String>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row.get("hospital").isBlank() && row.get("count").isBlank()) {
                continue;
            }
            try {
                demand.add(new TransferPlanning.Demand(
                        row.get("hospital").isBlank() ? null : UUID.fromString(row.get("hospital")),
                        row.get("level").isBlank() ? null : CareLevel.valueOf(row.get("level")),
                        row.get("count").isBlank()
                                ? null
                                : Integer.valueOf(row.get("count").strip()),
                        row.get("priority").isBlank() ? null : Integer.valueOf(row.get("priority"))));
            } catch (IllegalArgumentException e) {
                errors.add("demand[" + i + "]: " + e.getMessage());
            }
        }
        String name = form.getOrDefault("name", "");
        String timeLimit = form.getOrDefault("timeLimitSeconds", "");
        boolean leaveOutStale = form.containsKey("leaveOutStale");
        if (errors.isEmpty()) {
            try {
                Integer seconds = timeLimit.isBlank() ? null : Integer.valueOf(timeLimit.strip());
                var plan = planning.start(new TransferPlanning.PlanDraft(name, seconds, leaveOutStale, demand), actor);
                return "redirect:/distribution/plans/" + plan.id();
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(error.field() + ": " + messages.text(error, locale)));
            } catch (NumberFormatException e) {
                errors.add("timeLimitSeconds: must be a whole number of seconds");
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("rows", rows);
        model.addAttribute("name", name);
        model.addAttribute("timeLimit", timeLimit);
        model.addAttribute("leaveOutStale", leaveOutStale);
        model.addAttribute("plans", planning.list(actor));
        return page(actor, model);
    }

    @GetMapping("/distribution/plans/{id}")
    String plan(@PathVariable UUID id, Actor actor, Model model) {
        var plan = planning.find(id, actor);
        model.addAttribute("plan", plan);
        model.addAttribute("mayPlan", TransferPlanning.mayPlan(actor));
        if (plan.result() != null) {
            model.addAttribute("map", PlanMap.of(map, plan.result()));
        }
        return "distribution/plan";
    }

    /** While the plan runs, the page asks here every second; once it has run, htmx reloads the page. */
    @GetMapping("/distribution/plans/{id}/status")
    String status(@PathVariable UUID id, Actor actor, Model model, HttpServletResponse response) {
        var plan = planning.find(id, actor);
        if (plan.state() != PlanState.RUNNING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("plan", plan);
        return "distribution/plan :: status";
    }

    @PostMapping("/distribution/plans/{id}/accept")
    String accept(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        if (!TransferPlanning.mayPlan(actor)) {
            throw new ForbiddenException("only the secretariat accepts distribution plans");
        }
        try {
            planning.accept(id, actor);
            redirect.addFlashAttribute("accepted", true);
        } catch (PlanStateException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/distribution/plans/" + id;
    }

    private String page(Actor actor, Model model) {
        boolean mayPlan = TransferPlanning.mayPlan(actor);
        model.addAttribute("mayPlan", mayPlan);
        model.addAttribute("levels", LEVELS);
        var regions = picture.now().regions();
        model.addAttribute("regions", regions);
        if (mayPlan) {
            var names = new HashMap<String, String>();
            regions.forEach(r -> names.put(r.code().value(), r.code().value() + " " + r.name()));
            var byRegion = new LinkedHashMap<String, List<Hospital>>();
            for (var hospital : hospitals.search("", Optional.empty())) {
                String code = hospital.region().value();
                byRegion.computeIfAbsent(names.getOrDefault(code, code), k -> new ArrayList<>())
                        .add(hospital);
            }
            model.addAttribute("hospitalsByRegion", byRegion);
        }
        return "distribution/plans";
    }

    private static List<Map<String, String>> rows(Map<String, String> form) {
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 0; i < DEMAND_ROWS; i++) {
            var row = new LinkedHashMap<String, String>();
            for (var field : List.of("hospital", "level", "count", "priority")) {
                row.put(
                        field,
                        form.getOrDefault("demand[" + i + "]." + field, "").strip());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, String>> emptyRows(int count) {
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 0; i < count; i++) {
            rows.add(new LinkedHashMap<>(Map.of("hospital", "", "level", "", "count", "", "priority", "")));
        }
        return rows;
    }
}

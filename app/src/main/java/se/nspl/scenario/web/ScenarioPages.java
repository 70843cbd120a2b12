package se.nspl.scenario.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.nspl.scenario.RunState;
import se.nspl.scenario.SavedScenario;
import se.nspl.scenario.ScenarioPermissions;
import se.nspl.scenario.ScenarioRun;
import se.nspl.scenario.ScenarioSimulation;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.StaleVersionException;
import se.nspl.simulation.Mode;
import se.nspl.simulation.Scenario;
import se.nspl.web.NavigationItem;

/**
 * The scenario pages: the list with the two ways to create one (today's picture, the contract's
 * JSON), a scenario with its runs, the form of its events and levers, a run with its progress,
 * charts and summary, and two runs side by side. Exercise runs carry the ÖVNING banner.
 */
@Controller
class ScenarioPages {

    private final ScenarioSimulation simulation;
    private final RunExports exports;

    ScenarioPages(ScenarioSimulation simulation, RunExports exports) {
        this.simulation = simulation;
        this.exports = exports;
    }

    @Bean
    static NavigationItem scenarioNavigation() {
        return new NavigationItem("/scenarios", "nav.scenarios", 400, ScenarioPermissions.READERS);
    }

    @GetMapping("/scenarios")
    String list(Actor actor, Model model) {
        model.addAttribute("scenarios", simulation.list(actor));
        model.addAttribute("mayCreate", ScenarioPermissions.mayCreate(actor));
        model.addAttribute("errors", Map.of());
        model.addAttribute("name", "");
        model.addAttribute("days", "60");
        model.addAttribute("json", "");
        return "scenario/list";
    }

    @PostMapping("/scenarios")
    String createFromPicture(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String days,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        try {
            int length = parseDays(days);
            return "redirect:/scenarios/"
                    + simulation.createFromPicture(name, length, actor).id();
        } catch (InvalidInputException e) {
            list(actor, model);
            model.addAttribute("errors", errors(e));
            model.addAttribute("name", name);
            model.addAttribute("days", days);
            response.setStatus(400);
            return "scenario/list";
        }
    }

    @PostMapping("/scenarios/upload")
    String createFromJson(
            @RequestParam(defaultValue = "") String json, Actor actor, Model model, HttpServletResponse response) {
        try {
            return "redirect:/scenarios/" + simulation.create(json, actor).id();
        } catch (InvalidInputException e) {
            list(actor, model);
            model.addAttribute("jsonErrors", e.errors());
            model.addAttribute("json", json);
            response.setStatus(400);
            return "scenario/list";
        }
    }

    @GetMapping("/scenarios/{id}")
    String scenario(@PathVariable UUID id, Actor actor, Model model) {
        var scenario = simulation.find(id, actor);
        var runs = simulation.runs(id, actor);
        model.addAttribute("scenario", scenario);
        model.addAttribute("definition", scenario.definition());
        model.addAttribute("runs", runs);
        model.addAttribute(
                "finished",
                runs.stream().filter(r -> r.state() == RunState.DONE).toList());
        model.addAttribute("mayChange", ScenarioPermissions.mayChange(actor, scenario));
        model.addAttribute("json", simulation.json(scenario.definition()));
        return "scenario/scenario";
    }

    @GetMapping("/scenarios/{id}/edit")
    String editForm(@PathVariable UUID id, Actor actor, Model model) {
        var scenario = simulation.find(id, actor);
        // the form of a scenario the reader may not change is refused as its post would be
        if (!ScenarioPermissions.mayChange(actor, scenario)) {
            throw new ForbiddenException("you may not change scenario " + id);
        }
        return form(scenario, LeverForm.of(scenario.definition()), Map.of(), scenario.version(), model);
    }

    private String form(
            SavedScenario scenario, Map<String, String> form, Map<String, String> errors, long version, Model model) {
        model.addAttribute("scenario", scenario);
        model.addAttribute("levels", scenario.definition().levels());
        model.addAttribute(
                "regions",
                scenario.definition().regions().stream()
                        .map(Scenario.RegionSetup::code)
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("version", version);
        model.addAttribute("modes", List.of(Mode.values()));
        model.addAttribute(
                "eventRows",
                IntStream.range(0, LeverForm.rowCount(form, "events")).boxed().toList());
        model.addAttribute(
                "careRows",
                IntStream.range(0, LeverForm.rowCount(form, "plannedCare"))
                        .boxed()
                        .toList());
        return "scenario/edit";
    }

    @PostMapping("/scenarios/{id}")
    String edit(
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        var scenario = simulation.find(id, actor);
        long version = parseVersion(params.get("version"));
        var form = new LinkedHashMap<>(params);
        form.remove("_csrf");
        form.remove("version");
        try {
            String json = LeverForm.apply(
                    simulation.json(scenario.definition()),
                    form,
                    scenario.definition().levels());
            simulation.edit(id, version, json, actor);
            return "redirect:/scenarios/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            // rows the form had stay, with one more empty row of each kind
            return form(scenario, withEmptyRows(form, scenario.definition().levels()), errors(e), version, model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            model.addAttribute("stale", true);
            return form(scenario, LeverForm.of(scenario.definition()), Map.of(), scenario.version(), model);
        }
    }

    private static Map<String, String> withEmptyRows(Map<String, String> form, List<String> levels) {
        var copy = new LinkedHashMap<>(form);
        int events = LeverForm.rowCount(form, "events");
        copy.putIfAbsent("events[" + events + "].region", "");
        int care = LeverForm.rowCount(form, "plannedCare");
        copy.putIfAbsent("plannedCare[" + care + "].region", "");
        return copy;
    }

    @PostMapping("/scenarios/{id}/json")
    String editJson(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String json,
            @RequestParam(defaultValue = "") String version,
            Actor actor,
            Model model,
            HttpServletResponse response) {
        try {
            simulation.edit(id, parseVersion(version), json, actor);
            return "redirect:/scenarios/" + id;
        } catch (InvalidInputException e) {
            scenario(id, actor, model);
            model.addAttribute("json", json);
            model.addAttribute("jsonErrors", e.errors());
            response.setStatus(400);
            return "scenario/scenario";
        }
    }

    @PostMapping("/scenarios/{id}/runs")
    String run(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean exercise, Actor actor) {
        return "redirect:/scenario-runs/"
                + simulation.start(id, exercise, actor).id();
    }

    @GetMapping("/scenario-runs/{run}")
    String run(@PathVariable UUID run, @RequestParam(defaultValue = "SE") String region, Actor actor, Model model) {
        var status = simulation.run(run, actor);
        model.addAttribute("run", status);
        if (status.state() == RunState.DONE) {
            var view = new RunView(simulation.result(run, actor));
            String shown = view.regions().contains(region) ? region : Scenario.NATIONAL;
            model.addAttribute("view", view);
            model.addAttribute("region", shown);
            model.addAttribute("chartJson", view.chartJson(shown));
            model.addAttribute("surgeStarts", view.surgeStarts(shown));
        }
        return "scenario/run";
    }

    @GetMapping("/scenario-runs/{run}/progress")
    String progress(@PathVariable UUID run, Actor actor, Model model, HttpServletResponse response) {
        var status = simulation.run(run, actor);
        if (status.state().finished()) {
            // htmx reloads the page, which then shows the result
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", status);
        return "scenario/run :: progress";
    }

    @GetMapping("/scenario-runs/{run}/csv")
    ResponseEntity<String> csv(@PathVariable UUID run, Actor actor) {
        return exports.csvDownload(simulation.run(run, actor), simulation.result(run, actor));
    }

    @GetMapping("/scenario-runs/{run}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID run, Actor actor) {
        return exports.pdfDownload(simulation.run(run, actor), simulation.result(run, actor));
    }

    @GetMapping("/scenario-runs/compare")
    String compare(@RequestParam UUID a, @RequestParam UUID b, Actor actor, Model model) {
        ScenarioRun runA = simulation.run(a, actor);
        ScenarioRun runB = simulation.run(b, actor);
        var resultA = simulation.result(a, actor);
        var resultB = simulation.result(b, actor);
        model.addAttribute("a", runA);
        model.addAttribute("b", runB);
        model.addAttribute("viewA", new RunView(resultA));
        model.addAttribute("viewB", new RunView(resultB));
        model.addAttribute("exercise", runA.exercise() || runB.exercise());
        model.addAttribute("chartJson", RunView.comparisonJson(resultA, resultB));
        return "scenario/compare";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        var errors = new LinkedHashMap<String, String>();
        e.errors().forEach(error -> errors.merge(error.field(), error.message(), (x, y) -> x + "; " + y));
        return errors;
    }

    private static int parseDays(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", "must be a whole number of days");
        }
    }

    private static long parseVersion(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "must be the version the form was made from");
        }
    }
}

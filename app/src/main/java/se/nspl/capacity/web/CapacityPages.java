package se.nspl.capacity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.capacity.CapacityReporting;
import se.nspl.capacity.EdStatus;
import se.nspl.capacity.OperationalStatus;
import se.nspl.capacity.OverdueUnit;
import se.nspl.capacity.Preparedness;
import se.nspl.capacity.ReportingPermissions;
import se.nspl.capacity.Restriction;
import se.nspl.capacity.Staleness;
import se.nspl.capacity.StatusReport;
import se.nspl.capacity.StatusReports;
import se.nspl.capacity.UnitStatus;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.OrganisationRegistry;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;

/**
 * Reporting by people: the units one may report for with their state, and a form per unit,
 * pre-filled with the last report, that shows what changes before it is saved.
 */
@Controller
class CapacityPages {

    /** A unit in the list: its latest report and whether it is overdue. */
    record UnitRow(ReportingUnit unit, Hospital hospital, Optional<StatusReport> current, boolean overdue) {}

    /** One care level's figures before and after, for the confirmation page. */
    record Change(String level, String figure, String before, String after) {}

    private final CapacityReporting reporting;
    private final StatusReports reports;
    private final Staleness staleness;
    private final Preparedness preparedness;
    private final ReportingUnits units;
    private final Hospitals hospitals;
    private final OrganisationRegistry registry;
    private final FieldMessages messages;

    CapacityPages(
            CapacityReporting reporting,
            StatusReports reports,
            Staleness staleness,
            Preparedness preparedness,
            ReportingUnits units,
            Hospitals hospitals,
            OrganisationRegistry registry,
            FieldMessages messages) {
        this.reporting = reporting;
        this.reports = reports;
        this.staleness = staleness;
        this.preparedness = preparedness;
        this.units = units;
        this.hospitals = hospitals;
        this.registry = registry;
        this.messages = messages;
    }

    @Bean
    static NavigationItem reportingNavigation() {
        return new NavigationItem("/report", "nav.report", 200, Set.of(Role.REGION_COORDINATOR, Role.REPORTER));
    }

    @GetMapping("/report")
    String units(Actor actor, Model model) {
        var region = regionOf(actor);
        var rows = rows(actor);
        model.addAttribute("region", registry.region(region));
        model.addAttribute("preparedness", preparedness.current(region));
        model.addAttribute("rows", rows);
        model.addAttribute(
                "overdueCount", rows.stream().filter(UnitRow::overdue).count());
        return "capacity/units";
    }

    @GetMapping("/report/quick")
    String quick(Actor actor, Model model) {
        var rows = quickRows(actor);
        return quick(actor, rows, QuickReport.values(rows), Map.of(), model);
    }

    @PostMapping("/report/quick")
    String saveQuick(@RequestParam Map<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
        var rows = quickRows(actor);
        try {
            var stored = reporting.reportAll(regionOf(actor), QuickReport.read(rows, form), List.of(), actor);
            redirect.addFlashAttribute("savedQuick", stored.size());
            return "redirect:/report";
        } catch (InvalidInputException e) {
            var errors = messages.byField(e, field -> QuickReport.fieldOf(field, rows));
            return quick(actor, rows, form, errors, model);
        }
    }

    private String quick(
            Actor actor,
            List<QuickReport.Row> rows,
            Map<String, String> values,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("region", registry.region(regionOf(actor)));
        model.addAttribute("rows", rows);
        model.addAttribute("figures", QuickReport.FIGURES);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "capacity/quick";
    }

    private List<QuickReport.Row> quickRows(Actor actor) {
        return rows(actor).stream()
                .map(row -> new QuickReport.Row(
                        row.unit(),
                        row.hospital().name(),
                        QuickReport.levelsOf(row.unit(), row.current()),
                        row.current()))
                .toList();
    }

    /** The active units the actor reports for, by hospital, with their current report. */
    private List<UnitRow> rows(Actor actor) {
        var region = regionOf(actor);
        var overdue = staleness.overdue(Optional.of(region)).stream()
                .map(OverdueUnit::unitId)
                .collect(Collectors.toSet());
        var hospitalsById =
                hospitals.inRegion(region).stream().collect(Collectors.toMap(Hospital::id, Function.identity()));
        return units.find(Optional.of(region), Optional.empty(), Optional.empty()).stream()
                .filter(ReportingUnit::active)
                .filter(unit -> ReportingPermissions.mayReportFor(actor, unit))
                .map(unit -> new UnitRow(
                        unit,
                        hospitalsById.get(unit.hospitalId()),
                        reports.current(unit.id()),
                        overdue.contains(unit.id())))
                .sorted(Comparator.comparing((UnitRow row) -> row.hospital().name())
                        .thenComparing(row -> row.unit().kind())
                        .thenComparing(row -> row.unit().name()))
                .toList();
    }

    private static RegionCode regionOf(Actor actor) {
        return actor.region()
                .orElseThrow(() -> new ForbiddenException(
                        "reports are made by the regions: log in as a region's coordinator or reporter"));
    }

    @GetMapping("/units/{id}/report")
    String form(@PathVariable UUID id, Actor actor, Model model) {
        var unit = reportable(id, actor);
        var last = reports.current(id);
        return form(unit, last.map(r -> StatusFields.valuesOf(r.status())).orElse(Map.of()), Map.of(), last, model);
    }

    @PostMapping("/units/{id}/report")
    String submit(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "preview") String action,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        var unit = reportable(id, actor);
        var typed = form.toSingleValueMap();
        form.getOrDefault("restrictions", List.of()).forEach(r -> typed.put("restrictions." + r, "on"));
        if (action.equals("edit")) {
            return form(unit, typed, Map.of(), reports.current(id), model);
        }
        try {
            var status = StatusFields.read(form, CapacityReporting.levelsReportedBy(unit.kind()));
            if (action.equals("save")) {
                var accepted = reporting.report(id, status, Optional.empty(), actor);
                redirect.addFlashAttribute("saved", unit.name());
                redirect.addFlashAttribute("warnings", accepted.report().warnings());
                return "redirect:/report";
            }
            var preview = reporting.preview(id, status, actor);
            model.addAttribute("unit", unit);
            model.addAttribute("hospital", registry.hospital(unit.hospitalId()));
            model.addAttribute("values", typed);
            model.addAttribute("changes", changes(preview.previous().map(StatusReport::status), preview.status()));
            model.addAttribute("warnings", preview.warnings());
            model.addAttribute("previous", preview.previous());
            return "capacity/report-confirm";
        } catch (InvalidInputException e) {
            var errors = messages.byField(e, field -> field.replaceFirst("^levels\\.", ""));
            return form(unit, typed, errors, reports.current(id), model);
        }
    }

    private String form(
            ReportingUnit unit,
            Map<String, String> values,
            Map<String, String> errors,
            Optional<StatusReport> last,
            Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("hospital", registry.hospital(unit.hospitalId()));
        model.addAttribute("levels", CapacityReporting.levelsReportedBy(unit.kind()));
        model.addAttribute("figures", StatusFields.FIGURES);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("last", last);
        model.addAttribute("statuses", Arrays.asList(OperationalStatus.values()));
        model.addAttribute("restrictions", Arrays.asList(Restriction.values()));
        model.addAttribute("edStatuses", Arrays.asList(EdStatus.values()));
        return "capacity/report-form";
    }

    private ReportingUnit reportable(UUID id, Actor actor) {
        var unit = registry.unit(id);
        if (!ReportingPermissions.mayReportFor(actor, unit)) {
            throw new ForbiddenException("you may not report for this unit");
        }
        return unit;
    }

    static List<Change> changes(Optional<UnitStatus> before, UnitStatus after) {
        var changes = new ArrayList<Change>();
        var levels = new java.util.TreeSet<>(after.levels().keySet());
        before.ifPresent(b -> levels.addAll(b.levels().keySet()));
        for (var level : levels) {
            var old = before.map(b -> b.levels().get(level)).orElse(null);
            var now = after.levels().get(level);
            for (var figure : StatusFields.FIGURES) {
                String was = old == null ? "–" : String.valueOf(value(old, figure));
                String is = now == null ? "–" : String.valueOf(value(now, figure));
                changes.add(new Change(level.name(), figure, was, is));
            }
        }
        return changes;
    }

    private static int value(se.nspl.capacity.LevelFigures figures, String figure) {
        return switch (figure) {
            case "staffed" -> figures.staffed();
            case "occupied" -> figures.occupied();
            case "surge24h" -> figures.surge24h();
            default -> figures.reserve7d();
        };
    }
}

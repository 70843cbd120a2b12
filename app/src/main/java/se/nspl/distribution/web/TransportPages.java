package se.nspl.distribution.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.distribution.TransportKind;
import se.nspl.distribution.TransportRegister;
import se.nspl.distribution.TransportUnit;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;

/** The transport register: every region's vehicles and aircraft to read, and forms for those who keep them. */
@Controller
class TransportPages {

    static final List<String> FIELDS = List.of(
            "code",
            "name",
            "kind",
            "region",
            "baseHospital",
            "baseName",
            "baseLat",
            "baseLon",
            "count",
            "available",
            "speedKmh",
            "fixedMinutes",
            "dutyMinutes",
            "capIcuVent",
            "capIcu",
            "capWard",
            "seats");

    private final TransportRegister register;
    private final Regions regions;
    private final Hospitals hospitals;
    private final FieldMessages messages;

    TransportPages(TransportRegister register, Regions regions, Hospitals hospitals, FieldMessages messages) {
        this.register = register;
        this.regions = regions;
        this.hospitals = hospitals;
        this.messages = messages;
    }

    @Bean
    static NavigationItem transportNavigation() {
        return new NavigationItem(
                "/transport",
                "nav.transport",
                360,
                Set.of(Role.NATIONAL_COORDINATOR, Role.ADMIN, Role.REGION_COORDINATOR, Role.AUTHORITY_VIEWER));
    }

    @GetMapping("/transport")
    String list(@RequestParam(required = false) RegionCode region, Actor actor, Model model) {
        var units = register.list(Optional.ofNullable(region));
        model.addAttribute("units", units);
        model.addAttribute("regions", regions.all());
        model.addAttribute("region", region == null ? "" : region.value());
        model.addAttribute(
                "editable",
                units.stream()
                        .filter(u -> TransportRegister.mayKeep(actor, u.region()))
                        .map(TransportUnit::id)
                        .toList());
        model.addAttribute("mayAdd", mayAddAny(actor));
        return "distribution/transport";
    }

    @GetMapping("/transport/new")
    String newUnit(Actor actor, Model model) {
        if (!mayAddAny(actor)) {
            throw new ForbiddenException("the transport register is kept by the regions and the secretariat");
        }
        var form = new LinkedHashMap<String, String>();
        FIELDS.forEach(f -> form.put(f, ""));
        form.put("region", actor.region().map(RegionCode::value).orElse(""));
        return form(null, form, List.of(), actor, model);
    }

    @GetMapping("/transport/{id}/edit")
    String edit(@PathVariable UUID id, Actor actor, Model model) {
        var unit = register.find(id);
        if (!TransportRegister.mayKeep(actor, unit.region())) {
            throw new ForbiddenException("a region's coordinator keeps the own region's transport only");
        }
        return form(unit, formOf(unit), List.of(), actor, model);
    }

    @PostMapping("/transport")
    String add(
            @RequestParam Map<String, String> form,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var errors = new ArrayList<String>();
        var draft = draft(form, errors);
        if (draft != null) {
            try {
                register.add(draft, actor);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/transport";
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(error.field() + ": " + messages.text(error, locale)));
            }
        }
        return form(null, form, errors, actor, model);
    }

    @PostMapping("/transport/{id}")
    String update(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Actor actor,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var unit = register.find(id);
        var errors = new ArrayList<String>();
        var draft = draft(form, errors);
        if (draft != null) {
            try {
                long version = Long.parseLong(form.getOrDefault("version", "-1"));
                register.update(id, version, draft, actor);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/transport";
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(error.field() + ": " + messages.text(error, locale)));
            } catch (StaleVersionException | NumberFormatException e) {
                errors.add(e.getMessage());
            }
        }
        return form(unit, form, errors, actor, model);
    }

    private String form(
            @Nullable TransportUnit unit, Map<String, String> form, List<String> errors, Actor actor, Model model) {
        var complete = new LinkedHashMap<String, String>();
        FIELDS.forEach(f -> complete.put(f, form.getOrDefault(f, "")));
        complete.put("version", form.getOrDefault("version", unit == null ? "0" : String.valueOf(unit.version())));
        model.addAttribute("unit", unit);
        model.addAttribute("form", complete);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(TransportKind.values()));
        model.addAttribute(
                "regions",
                regions.all().stream()
                        .filter(r -> TransportRegister.mayKeep(actor, r.code()))
                        .toList());
        model.addAttribute("mayKeepNational", TransportRegister.mayKeep(actor, null));
        model.addAttribute(
                "hospitals",
                actor.region().map(hospitals::inRegion).orElseGet(() -> hospitals.search("", Optional.empty())));
        return "distribution/transport-form";
    }

    private static boolean mayAddAny(Actor actor) {
        return TransportRegister.mayKeep(actor, null) || actor.hasRole(Role.REGION_COORDINATOR);
    }

    private static Map<String, String> formOf(TransportUnit unit) {
        var form = new LinkedHashMap<String, String>();
        form.put("code", unit.code());
        form.put("name", unit.name());
        form.put("kind", unit.kind().name());
        form.put("region", unit.region() == null ? "" : unit.region().value());
        form.put("baseHospital", "");
        form.put("baseName", unit.baseName());
        form.put("baseLat", String.valueOf(unit.baseLat()));
        form.put("baseLon", String.valueOf(unit.baseLon()));
        form.put("count", String.valueOf(unit.count()));
        form.put("available", String.valueOf(unit.available()));
        form.put("speedKmh", number(unit.speedKmh()));
        form.put("fixedMinutes", number(unit.fixedMinutes()));
        form.put("dutyMinutes", number(unit.dutyMinutes()));
        form.put("capIcuVent", String.valueOf(unit.capIcuVent()));
        form.put("capIcu", String.valueOf(unit.capIcu()));
        form.put("capWard", String.valueOf(unit.capWard()));
        form.put("seats", String.valueOf(unit.seats()));
        form.put("version", String.valueOf(unit.version()));
        return form;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The draft, or null with what could not be read (a word where a number belongs) in {@code errors}. */
    private static TransportRegister.@Nullable Draft draft(Map<String, String> form, List<String> errors) {
        int before = errors.size();
        var draft = new TransportRegister.Draft(
                text(form, "code"),
                text(form, "name"),
                parse(form, "kind", TransportKind::valueOf, errors),
                parse(form, "region", RegionCode::of, errors),
                parse(form, "baseHospital", UUID::fromString, errors),
                text(form, "baseName"),
                parse(form, "baseLat", TransportPages::decimal, errors),
                parse(form, "baseLon", TransportPages::decimal, errors),
                parse(form, "count", Integer::valueOf, errors),
                parse(form, "available", Integer::valueOf, errors),
                parse(form, "speedKmh", TransportPages::decimal, errors),
                parse(form, "fixedMinutes", TransportPages::decimal, errors),
                parse(form, "dutyMinutes", TransportPages::decimal, errors),
                parse(form, "capIcuVent", Integer::valueOf, errors),
                parse(form, "capIcu", Integer::valueOf, errors),
                parse(form, "capWard", Integer::valueOf, errors),
                parse(form, "seats", Integer::valueOf, errors));
        return errors.size() == before ? draft : null;
    }

    private static Double decimal(String text) {
        return Double.valueOf(text.replace(',', '.'));
    }

    private static @Nullable String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> @Nullable T parse(
            Map<String, String> form, String field, Function<String, T> parser, List<String> errors) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            errors.add(field + ": '" + value + "' is not a valid value");
            return null;
        }
    }
}

package se.nspl.organisation.web;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.organisation.Hospitals;
import se.nspl.organisation.OrganisationRegistry;
import se.nspl.organisation.Organisations;
import se.nspl.organisation.Participation;
import se.nspl.organisation.ParticipationDecision;
import se.nspl.organisation.Region;
import se.nspl.organisation.Regions;
import se.nspl.organisation.RegistryPermissions;
import se.nspl.organisation.RegistryQueries;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.ReportingUnits;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.StaleVersionException;
import se.nspl.web.NavigationItem;

/** The registry's pages: regions, hospitals and units to browse and search, and forms to keep them. */
@Controller
class RegistryPages {

    private final Regions regions;
    private final Hospitals hospitals;
    private final ReportingUnits units;
    private final Organisations organisations;
    private final RegistryQueries queries;
    private final OrganisationRegistry registry;
    private final FormErrors forms;

    RegistryPages(
            Regions regions,
            Hospitals hospitals,
            ReportingUnits units,
            Organisations organisations,
            RegistryQueries queries,
            OrganisationRegistry registry,
            FormErrors forms) {
        this.regions = regions;
        this.hospitals = hospitals;
        this.units = units;
        this.organisations = organisations;
        this.queries = queries;
        this.registry = registry;
        this.forms = forms;
    }

    @Bean
    static NavigationItem registryNavigation() {
        return new NavigationItem("/regions", "nav.registry", 900);
    }

    @GetMapping("/regions")
    String regions(@RequestParam(name = "q", required = false) String text, Model model) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var hospitalsPerRegion = hospitals.search("", Optional.empty()).stream()
                .collect(groupingBy(h -> h.region().value(), counting()));
        var unitsPerRegion = units.find(Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .collect(groupingBy(u -> u.region().value(), counting()));
        model.addAttribute("q", text == null ? "" : text);
        var shown = regions.all().stream().filter(r -> matches(r, needle)).toList();
        model.addAttribute("regions", shown);
        model.addAttribute("hospitalsPerRegion", hospitalsPerRegion);
        model.addAttribute("unitsPerRegion", unitsPerRegion);
        model.addAttribute(
                "totalPopulation",
                shown.stream().mapToLong(r -> r.population().count()).sum());
        model.addAttribute("organisations", organisations.all());
        return "organisation/regions";
    }

    private static boolean matches(Region region, String needle) {
        return needle.isEmpty()
                || region.code().value().equals(needle)
                || region.name().toLowerCase(Locale.ROOT).contains(needle)
                || region.seat().toLowerCase(Locale.ROOT).contains(needle);
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable RegionCode code, Actor actor, Model model) {
        var details = queries.region(code);
        model.addAttribute("details", details);
        model.addAttribute("mayEdit", RegistryPermissions.mayEditHospitalsOf(actor, code));
        model.addAttribute("mayRecordParticipation", RegistryPermissions.mayRecordParticipationOf(actor, code));
        model.addAttribute("participations", Participation.values());
        return "organisation/region";
    }

    @PostMapping("/regions/{code}/participation")
    String recordParticipation(
            @PathVariable RegionCode code,
            @RequestParam Participation status,
            @RequestParam(required = false) LocalDate decidedOn,
            @RequestParam(required = false) String diaryNumber,
            @RequestParam long version,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            registry.recordParticipation(
                    code, version, new ParticipationDecision(status, decidedOn, diaryNumber), actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | StaleVersionException e) {
            redirect.addFlashAttribute("participationError", e.getMessage());
        }
        return "redirect:/regions/" + code;
    }

    @GetMapping("/hospitals")
    String hospitals(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(required = false) RegionCode region,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("region", region == null ? "" : region.value());
        model.addAttribute("regions", regions.all());
        model.addAttribute("hospitals", hospitals.search(text, Optional.ofNullable(region)));
        return htmx == null ? "organisation/hospitals" : "organisation/hospitals :: results";
    }

    @GetMapping("/hospitals/{id}")
    String hospital(@PathVariable UUID id, Actor actor, Model model) {
        var details = queries.hospital(id);
        model.addAttribute("details", details);
        model.addAttribute("region", registry.region(details.hospital().region()));
        model.addAttribute(
                "mayEdit",
                RegistryPermissions.mayEditHospitalsOf(actor, details.hospital().region()));
        return "organisation/hospital";
    }

    @GetMapping("/hospitals/new")
    String newHospital(@RequestParam RegionCode region, Actor actor, Model model) {
        requireMayEdit(actor, registry.region(region).code());
        var form = new HospitalForm();
        form.setRegion(region.value());
        return hospitalForm(form, null, model);
    }

    @PostMapping("/hospitals")
    String registerHospital(@ModelAttribute("form") HospitalForm form, BindingResult result, Actor actor, Model model) {
        var draft = forms.validDraft(form::toDraft, result);
        var saved = new UUID[1];
        if (draft != null
                && forms.apply(
                        () -> saved[0] = registry.registerHospital(draft, actor).id(), result)) {
            return "redirect:/hospitals/" + saved[0];
        }
        return hospitalForm(form, null, model);
    }

    @GetMapping("/hospitals/{id}/edit")
    String editHospital(@PathVariable UUID id, Actor actor, Model model) {
        var hospital = registry.hospital(id);
        requireMayEdit(actor, hospital.region());
        return hospitalForm(HospitalForm.of(hospital), id, model);
    }

    @PostMapping("/hospitals/{id}")
    String updateHospital(
            @PathVariable UUID id,
            @ModelAttribute("form") HospitalForm form,
            BindingResult result,
            Actor actor,
            Model model) {
        requireMayEdit(actor, registry.hospital(id).region());
        var draft = forms.validDraft(form::toDraft, result);
        if (draft != null && forms.apply(() -> registry.updateHospital(id, form.getVersion(), draft, actor), result)) {
            return "redirect:/hospitals/" + id;
        }
        return hospitalForm(form, id, model);
    }

    private String hospitalForm(HospitalForm form, UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("hospitalId", id);
        model.addAttribute(
                "regionName", registry.region(RegionCode.of(form.getRegion())).name());
        return "organisation/hospital-form";
    }

    @GetMapping("/units/new")
    String newUnit(@RequestParam UUID hospital, Actor actor, Model model) {
        requireMayEdit(actor, registry.hospital(hospital).region());
        var form = new UnitForm();
        form.setHospitalId(hospital);
        return unitForm(form, null, model);
    }

    @PostMapping("/units")
    String registerUnit(@ModelAttribute("form") UnitForm form, BindingResult result, Actor actor, Model model) {
        var draft = forms.validDraft(form::toDraft, result);
        if (draft != null && forms.apply(() -> registry.registerUnit(draft, actor), result)) {
            return "redirect:/hospitals/" + form.getHospitalId();
        }
        return unitForm(form, null, model);
    }

    @GetMapping("/units/{id}/edit")
    String editUnit(@PathVariable UUID id, Actor actor, Model model) {
        ReportingUnit unit = registry.unit(id);
        requireMayEdit(actor, unit.region());
        return unitForm(UnitForm.of(unit), id, model);
    }

    @PostMapping("/units/{id}")
    String updateUnit(
            @PathVariable UUID id,
            @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Actor actor,
            Model model) {
        requireMayEdit(actor, registry.unit(id).region());
        var draft = forms.validDraft(form::toDraft, result);
        if (draft != null && forms.apply(() -> registry.updateUnit(id, form.getVersion(), draft, actor), result)) {
            return "redirect:/hospitals/" + form.getHospitalId();
        }
        return unitForm(form, id, model);
    }

    private String unitForm(UnitForm form, UUID id, Model model) {
        if (form.getHospitalId() == null) {
            throw new InvalidInputException(
                    "hospitalId", "a unit belongs to a hospital; start from the hospital's page");
        }
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("hospital", registry.hospital(form.getHospitalId()));
        model.addAttribute("kinds", Arrays.asList(UnitKind.values()));
        return "organisation/unit-form";
    }

    private static void requireMayEdit(Actor actor, RegionCode region) {
        if (!RegistryPermissions.mayEditHospitalsOf(actor, region)) {
            throw new ForbiddenException("you may not change hospitals or units of region " + region);
        }
    }
}

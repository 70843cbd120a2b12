package se.nspl.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.organisation.Regions;
import se.nspl.shared.Actor;
import se.nspl.shared.CareLevel;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.NotFoundException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;
import se.nspl.support.Extent;
import se.nspl.support.Offer;
import se.nspl.support.RequestState;
import se.nspl.support.SupportAction;
import se.nspl.support.SupportDesk;
import se.nspl.support.SupportMode;
import se.nspl.support.SupportRequest;
import se.nspl.support.SupportType;
import se.nspl.support.SupportWorkflow;
import se.nspl.support.TransitionRefusedException;
import se.nspl.support.Transport;
import se.nspl.support.Urgency;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;

/**
 * The board of support requests, the form for a new one, and a request with its offers, timeline
 * and the steps the reader may take now ({@link SupportWorkflow#allows}). A step that cannot be
 * taken shows the request again with the reason, changing nothing.
 */
@Controller
class SupportPages {

    private static final Map<String, SupportAction> OFFER_STEPS = Map.of(
            "accept", SupportAction.ACCEPT,
            "decline", SupportAction.DECLINE,
            "withdraw", SupportAction.WITHDRAW,
            "deliver", SupportAction.DELIVER);

    private final SupportDesk desk;
    private final SupportMode mode;
    private final Regions regions;
    private final FieldMessages messages;
    private final Clock clock;

    SupportPages(SupportDesk desk, SupportMode mode, Regions regions, FieldMessages messages, Clock clock) {
        this.desk = desk;
        this.mode = mode;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavigationItem supportNavigation() {
        return new NavigationItem("/support", "nav.support", 300, Set.of(Role.values()));
    }

    @GetMapping("/support")
    String board(
            @RequestParam(required = false) SupportType type,
            @RequestParam(required = false) RegionCode region,
            @RequestParam(required = false) RequestState state,
            Actor actor,
            Model model) {
        var requests = desk.list(new SupportDesk.Query(type, region, state), actor);
        model.addAttribute("requests", requests);
        model.addAttribute(
                "overdue",
                requests.stream().filter(this::overdue).map(SupportRequest::id).toList());
        model.addAttribute("types", List.of(SupportType.values()));
        model.addAttribute("states", List.of(RequestState.values()));
        model.addAttribute("type", type);
        model.addAttribute("region", region == null ? "" : region.value());
        model.addAttribute("state", state);
        model.addAttribute("mayCreate", mayCreate(actor));
        model.addAttribute("secretariat", secretariat(actor));
        model.addAttribute("mode", mode.current());
        return "support/board";
    }

    @PostMapping("/support/mode")
    String setMode(
            @RequestParam(defaultValue = "false") boolean heightened,
            @RequestParam(required = false) String reason,
            Actor actor,
            RedirectAttributes redirect) {
        mode.set(heightened, reason, actor);
        redirect.addFlashAttribute("done", "support.done.mode");
        return "redirect:/support";
    }

    @GetMapping("/support/new")
    String newRequest(Actor actor, Model model) {
        if (!mayCreate(actor)) {
            throw new ForbiddenException("a region's coordinator or the secretariat writes support requests");
        }
        return form(actor, Map.of("type", "PATIENT_TRANSFER", "urgency", "WITHIN_24H"), Map.of(), model);
    }

    @PostMapping("/support/new")
    String create(
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ownRegionOnly(form, actor);
        RequestForm read = null;
        try {
            read = RequestForm.read(form, ownRegion(actor));
            var request = desk.create(read.draft(), actor);
            boolean submit = "submit".equals(form.get("then"));
            if (submit) {
                desk.submit(request.id(), actor);
            }
            redirect.addFlashAttribute("done", submit ? "support.done.SUBMIT" : "support.done.CREATE");
            return "redirect:/support/" + request.id();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            var mapping = read;
            return form(actor, form, messages.byField(e, f -> mapping == null ? f : mapping.fieldOf(f)), model);
        }
    }

    private String form(Actor actor, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(SupportType.values()));
        model.addAttribute("urgencies", List.of(Urgency.values()));
        model.addAttribute("transports", List.of(Transport.NOT_NEEDED, Transport.TO_ARRANGE));
        model.addAttribute("levels", List.of(CareLevel.values()));
        model.addAttribute("kinds", List.of(1, 2, 3).subList(0, RequestForm.KINDS));
        model.addAttribute("ownRegion", ownRegion(actor));
        model.addAttribute("regions", regions.all());
        return "support/request-form";
    }

    @GetMapping("/support/{id}")
    String request(@PathVariable UUID id, Actor actor, Model model) {
        return request(desk.find(id, actor), actor, model, null, Map.of());
    }

    @PostMapping("/support/{id}/{step}")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            @RequestParam(required = false) String text,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var action = StepForm.ALL.stream()
                .filter(s -> s.path().equals(step))
                .map(StepForm::action)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("step", step));
        return attempt(id, action, actor, model, response, redirect, Map.of("text", text == null ? "" : text), () -> {
            switch (action) {
                case SUBMIT -> desk.submit(id, actor);
                case APPROVE -> desk.approve(id, text, actor);
                case REQUEST_INFORMATION -> desk.requestInformation(id, text, actor);
                case ANSWER -> desk.answer(id, text, actor);
                case CANCEL -> desk.cancel(id, text, actor);
                default -> desk.close(id, text, actor);
            }
        });
    }

    @PostMapping("/support/{id}/transport")
    String transport(
            @PathVariable UUID id,
            @RequestParam(required = false) String transport,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(
                id,
                SupportAction.UPDATE_TRANSPORT,
                actor,
                model,
                response,
                redirect,
                Map.of(),
                () -> desk.updateTransport(id, RequestForm.choice(Transport.class, transport), actor));
    }

    @PostMapping("/support/{id}/offers")
    String offer(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ownRegionOnly(form, actor);
        return attempt(id, SupportAction.OFFER, actor, model, response, redirect, form, () -> {
            var request = desk.find(id, actor);
            var quantities = new ArrayList<Offer.Quantity>();
            var errors = new ArrayList<InvalidInputException.FieldError>();
            for (var item : request.items()) {
                String field = "q." + item.id();
                String value = RequestForm.blankToNull(form.get(field));
                if (value == null) {
                    continue;
                }
                try {
                    int quantity = Integer.parseInt(value);
                    if (quantity != 0) {
                        quantities.add(new Offer.Quantity(item.id(), quantity));
                    }
                } catch (NumberFormatException e) {
                    errors.add(InvalidInputException.FieldError.coded(
                            "items[" + quantities.size() + "].quantity",
                            "support.error.wholeNumber",
                            "must be a whole number"));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            RegionCode region = ownRegion(actor);
            String chosen = RequestForm.blankToNull(form.get("region"));
            if (region == null && chosen != null && chosen.matches("\\d{2}")) {
                region = RegionCode.of(chosen);
            }
            desk.offer(id, new SupportDesk.OfferDraft(region, quantities, form.get("comment")), actor);
        });
    }

    @PostMapping("/support/{id}/offers/{offer}/{step}")
    String offerStep(
            @PathVariable UUID id,
            @PathVariable UUID offer,
            @PathVariable String step,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var action = OFFER_STEPS.get(step);
        if (action == null) {
            throw new NotFoundException("step", step);
        }
        return attempt(id, action, actor, model, response, redirect, Map.of(), () -> {
            switch (action) {
                case ACCEPT -> desk.accept(id, offer, actor);
                case DECLINE -> desk.decline(id, offer, actor);
                case WITHDRAW -> desk.withdraw(id, offer, actor);
                default -> desk.deliver(id, offer, actor);
            }
        });
    }

    /**
     * Takes the step and shows the request again: after a redirect when it was taken, at once
     * with the reason (400 or 409) when it was not. A step the reader may never take is 403.
     */
    private String attempt(
            UUID id,
            SupportAction action,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Map<String, String> values,
            Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("done", "support.done." + action);
            return "redirect:/support/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(400);
            var errors = messages.byField(e, f -> f);
            return request(desk.find(id, actor), actor, model, String.join("; ", errors.values()), values);
        } catch (TransitionRefusedException | StaleVersionException e) {
            response.setStatus(409);
            return request(desk.find(id, actor), actor, model, e.getMessage(), values);
        }
    }

    private String request(
            SupportRequest request, Actor actor, Model model, @Nullable String error, Map<String, String> values) {
        var actions = EnumSet.noneOf(SupportAction.class);
        for (var action : SupportAction.values()) {
            if (!OFFER_STEPS.containsValue(action)
                    && action != SupportAction.CREATE
                    && SupportWorkflow.allows(action, actor, request, null)) {
                actions.add(action);
            }
        }
        Map<UUID, Set<SupportAction>> offerActions = new HashMap<>();
        for (var offer : request.offers()) {
            var allowed = EnumSet.noneOf(SupportAction.class);
            for (var action : OFFER_STEPS.values()) {
                if (SupportWorkflow.allows(action, actor, request, offer)) {
                    allowed.add(action);
                }
            }
            offerActions.put(offer.id(), allowed);
        }
        model.addAttribute("request", request);
        model.addAttribute("overdue", overdue(request));
        model.addAttribute("timeline", desk.timeline(request.id(), actor));
        model.addAttribute("actions", actions);
        model.addAttribute("steps", StepForm.allowed(actions));
        model.addAttribute("offerActions", offerActions);
        model.addAttribute("transports", List.of(Transport.values()));
        model.addAttribute("secretariat", secretariat(actor));
        model.addAttribute(
                "offerRegions",
                regions.all().stream()
                        .filter(r -> !r.code().equals(request.requestingRegion()))
                        .toList());
        model.addAttribute("error", error);
        model.addAttribute("values", values);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "support/request";
    }

    /** Open, needed by now, and not yet fully committed. */
    private boolean overdue(SupportRequest request) {
        return request.state().isOpen()
                && request.neededFrom() != null
                && request.neededFrom().isBefore(clock.instant())
                && request.commitment() != Extent.COMPLETE;
    }

    /** A coordinator writes for the own region: naming another is refused, not quietly ignored. */
    private static void ownRegionOnly(Map<String, String> form, Actor actor) {
        var own = ownRegion(actor);
        String named = RequestForm.blankToNull(form.get("region"));
        if (own != null && named != null && !named.equals(own.value())) {
            throw new ForbiddenException("a region's coordinator writes for the own region only");
        }
    }

    private static @Nullable RegionCode ownRegion(Actor actor) {
        return secretariat(actor) ? null : actor.region().orElse(null);
    }

    private static boolean mayCreate(Actor actor) {
        return secretariat(actor) || actor.hasRole(Role.REGION_COORDINATOR);
    }

    private static boolean secretariat(Actor actor) {
        return actor.hasRole(Role.NATIONAL_COORDINATOR) || actor.hasRole(Role.ADMIN);
    }
}

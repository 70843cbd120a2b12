package se.nspl.notice.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.nspl.notice.NoticeBoard;
import se.nspl.notice.NoticePermissions;
import se.nspl.notice.NoticePriority;
import se.nspl.notice.NoticeRefusedException;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.web.FieldMessages;
import se.nspl.web.NavigationItem;

/**
 * The notices a person reads, the form to send one, and a notice with its acknowledgement: the
 * recipient's button, the sending side's overview of who has not acknowledged, with reminders.
 */
@Controller
class NoticePages {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** A field's error as the form shows it. */
    public record ShownError(String field, String message) {}

    private final NoticeBoard board;
    private final FieldMessages fieldMessages;
    private final Clock clock;

    NoticePages(NoticeBoard board, FieldMessages fieldMessages, Clock clock) {
        this.board = board;
        this.fieldMessages = fieldMessages;
        this.clock = clock;
    }

    @Bean
    static NavigationItem noticeNavigation() {
        return new NavigationItem(
                "/notices",
                "nav.notices",
                350,
                Set.of(
                        Role.ADMIN,
                        Role.NATIONAL_COORDINATOR,
                        Role.REGION_COORDINATOR,
                        Role.REPORTER,
                        Role.AUTHORITY_VIEWER));
    }

    @GetMapping("/notices")
    String list(Actor actor, Model model) {
        var notices = board.list(actor);
        model.addAttribute("notices", notices);
        model.addAttribute("waiting", board.waitingFor(actor, 50));
        model.addAttribute("maySend", NoticePermissions.maySend(actor));
        model.addAttribute("now", clock.instant());
        return "notice/list";
    }

    @GetMapping("/notices/new")
    String form(Actor actor, Model model) {
        requireSender(actor);
        return form(actor, model, Map.of(), List.of());
    }

    @PostMapping("/notices")
    String send(
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) @Nullable List<String> regions,
            @RequestParam(required = false) @Nullable List<String> organisations,
            Actor actor,
            Model model,
            Locale locale) {
        requireSender(actor);
        try {
            var notice = board.send(draft(fields, regions, organisations), actor);
            return "redirect:/notices/" + notice.id() + "?sent";
        } catch (InvalidInputException e) {
            var shown = e.errors().stream()
                    .map(error -> new ShownError(error.field(), fieldMessages.text(error, locale)))
                    .toList();
            model.addAttribute("chosenRegions", regions == null ? List.of() : regions);
            model.addAttribute("chosenOrganisations", organisations == null ? List.of() : organisations);
            return form(actor, model, fields, shown);
        }
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable UUID id, Actor actor, Model model) {
        var notice = board.find(id, actor);
        var now = clock.instant();
        boolean followsUp = NoticePermissions.followsUp(actor, notice);
        model.addAttribute("notice", notice);
        model.addAttribute("followsUp", followsUp);
        model.addAttribute(
                "mine",
                notice.recipients().stream()
                        .filter(r -> NoticePermissions.mayAcknowledgeFor(actor, r) && r.expected())
                        .toList());
        model.addAttribute(
                "overdue", notice.overdue(now).stream().map(r -> r.key()).toList());
        model.addAttribute("reminders", followsUp ? board.reminders(id, actor) : List.of());
        var names = new java.util.HashMap<String, String>();
        notice.recipients().forEach(r -> names.put(r.key(), r.name()));
        model.addAttribute("names", names);
        return "notice/notice";
    }

    @PostMapping("/notices/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, Actor actor) {
        try {
            board.acknowledge(id, null, actor);
            return "redirect:/notices/" + id + "?acknowledged";
        } catch (NoticeRefusedException e) {
            // the notice asks this side for no acknowledgement: the page says so already
            return "redirect:/notices/" + id;
        }
    }

    @PostMapping("/notices/{id}/reminders")
    String remind(@PathVariable UUID id, Actor actor) {
        try {
            int reminded = board.remind(id, actor).size();
            return "redirect:/notices/" + id + "?reminded=" + reminded;
        } catch (NoticeRefusedException e) {
            return "redirect:/notices/" + id;
        }
    }

    private String form(Actor actor, Model model, Map<String, String> fields, List<ShownError> errors) {
        var parties = board.addressable();
        var ownRegion = actor.region().orElse(null);
        model.addAttribute(
                "regionParties",
                parties.stream()
                        .filter(p -> p.isRegion() && !p.region().equals(ownRegion))
                        .toList());
        model.addAttribute(
                "organisationParties",
                parties.stream()
                        .filter(p -> !p.isRegion() && !(p.isSecretariat() && ownRegion == null))
                        .toList());
        model.addAttribute("priorities", List.of(NoticePriority.values()));
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("errorFields", errors.stream().map(ShownError::field).toList());
        if (!model.containsAttribute("chosenRegions")) {
            model.addAttribute("chosenRegions", List.of());
            model.addAttribute("chosenOrganisations", List.of());
        }
        return "notice/form";
    }

    private static NoticeBoard.NoticeDraft draft(
            Map<String, String> fields, @Nullable List<String> regions, @Nullable List<String> organisations) {
        var errors = new ArrayList<FieldError>();
        var regionCodes = new ArrayList<RegionCode>();
        for (var code : regions == null ? List.<String>of() : regions) {
            try {
                regionCodes.add(RegionCode.of(code));
            } catch (InvalidInputException e) {
                errors.add(new FieldError("regions", e.errors().get(0).message()));
            }
        }
        var organisationIds = new ArrayList<UUID>();
        for (var id : organisations == null ? List.<String>of() : organisations) {
            try {
                organisationIds.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.coded("organisations", "notice.error.noSuchOrganisation", "is no organisation"));
            }
        }
        NoticePriority priority = null;
        String priorityText = fields.getOrDefault("priority", "");
        if (!priorityText.isBlank()) {
            try {
                priority = NoticePriority.valueOf(priorityText);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("priority", "must be one of " + List.of(NoticePriority.values())));
            }
        }
        java.time.Instant deadline = null;
        String deadlineText = fields.getOrDefault("acknowledgeBy", "");
        if (!deadlineText.isBlank()) {
            try {
                deadline = LocalDateTime.parse(deadlineText).atZone(STOCKHOLM).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(FieldError.coded(
                        "acknowledgeBy", "notice.error.dateTime", "must be a date and time such as 2026-12-01T18:00"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NoticeBoard.NoticeDraft(
                fields.get("subject"),
                fields.get("body"),
                priority,
                fields.containsKey("allRegions"),
                regionCodes,
                organisationIds,
                fields.containsKey("acknowledgementRequired"),
                deadline);
    }

    private static void requireSender(Actor actor) {
        if (!NoticePermissions.maySend(actor)) {
            throw new ForbiddenException("Only the secretariat and the regions' coordinators send notices");
        }
    }
}

package se.nspl.audit.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.Actor;
import se.nspl.shared.ForbiddenException;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.Role;
import se.nspl.web.NavigationItem;

/** The audit trail for administrators: filtered, newest first, a page at a time, and its chain checked. */
@Controller
class AuditPages {

    static final int PAGE = 100;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @Bean
    static NavigationItem auditNavigation() {
        return new NavigationItem("/admin/audit", "nav.audit", 995, Set.of(Role.ADMIN));
    }

    @GetMapping("/admin/audit")
    String trail(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String subject,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) Long before,
            @RequestParam(required = false) String request,
            Actor reader,
            Model model) {
        requireAdmin(reader);
        var fromDate = date("from", from);
        var untilDate = date("until", until);
        var entries = trail.search(
                new AuditTrail.Search(
                        actor,
                        action,
                        subject,
                        fromDate == null
                                ? null
                                : fromDate.atStartOfDay(STOCKHOLM).toInstant(),
                        untilDate == null
                                ? null
                                : untilDate.plusDays(1).atStartOfDay(STOCKHOLM).toInstant(),
                        before,
                        request),
                PAGE);
        model.addAttribute("entries", entries);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("subject", subject);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("request", request);
        model.addAttribute(
                "next", entries.size() == PAGE ? entries.get(entries.size() - 1).seq() : null);
        return "audit/trail";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Actor reader, Model model) {
        requireAdmin(reader);
        model.addAttribute("verification", trail.verify());
        return trail(null, null, null, null, null, null, null, reader, model);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-11-26");
        }
    }

    private static void requireAdmin(Actor reader) {
        if (!reader.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("only administrators read the audit trail");
        }
    }
}

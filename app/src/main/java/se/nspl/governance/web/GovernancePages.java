package se.nspl.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.governance.Governance;
import se.nspl.governance.GovernancePermissions;
import se.nspl.governance.MeetingDraft;
import se.nspl.governance.MeetingDraft.ActionDraft;
import se.nspl.governance.MilestoneDraft;
import se.nspl.governance.MilestoneStatus;
import se.nspl.shared.Actor;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.Role;
import se.nspl.shared.StaleVersionException;
import se.nspl.web.NavigationItem;

/**
 * The governance overview: which regions have decided, the steering group's meetings with their
 * decisions and follow-up actions, and the timeline; for the secretariat, forms to record a
 * meeting, mark an action done and keep the milestones. A region's decision is recorded on the
 * region's page.
 */
@Controller
class GovernancePages {

    /** What the secretariat typed into the meeting form, kept when it has to be corrected. */
    /** What was typed, back in the form after an error: a flash attribute, so kept in the session (serialised). */
    record MeetingForm(String heldOn, String title, String notes, String decisions, String actions)
            implements java.io.Serializable {}

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Governance governance;
    private final Clock clock;

    GovernancePages(Governance governance, Clock clock) {
        this.governance = governance;
        this.clock = clock;
    }

    @Bean
    static NavigationItem governanceNavigation() {
        return new NavigationItem("/governance", "governance.nav", 650, Set.of(Role.values()));
    }

    @GetMapping("/governance")
    String overview(Actor actor, Model model) {
        model.addAttribute("participation", governance.participation());
        model.addAttribute("meetings", governance.meetings());
        model.addAttribute("milestones", governance.milestones());
        model.addAttribute("statuses", MilestoneStatus.values());
        model.addAttribute("mayWrite", GovernancePermissions.mayWrite(actor));
        model.addAttribute("today", LocalDate.now(clock.withZone(STOCKHOLM)));
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new MeetingForm("", "", "", "", ""));
        }
        return "governance/overview";
    }

    @PostMapping("/governance/meetings")
    String recordMeeting(
            @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String notes,
            @RequestParam(defaultValue = "") String decisions,
            @RequestParam(defaultValue = "") String actions,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            governance.recordMeeting(
                    new MeetingDraft(date(heldOn, "heldOn"), title, notes, lines(decisions), actions(actions)), actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("governanceError", e.getMessage());
            redirect.addFlashAttribute("meetingForm", new MeetingForm(heldOn, title, notes, decisions, actions));
        }
        return "redirect:/governance#meetings";
    }

    @PostMapping("/governance/meetings/{id}/actions/{action}/done")
    String completeAction(
            @PathVariable UUID id,
            @PathVariable UUID action,
            @RequestParam long version,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            governance.completeAction(id, action, version, actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | StaleVersionException e) {
            redirect.addFlashAttribute("governanceError", e.getMessage());
        }
        return "redirect:/governance#meeting-" + id;
    }

    @PostMapping("/governance/milestones")
    String addMilestone(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String plannedOn,
            @RequestParam(required = false) MilestoneStatus status,
            @RequestParam(defaultValue = "") String description,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            governance.addMilestone(
                    new MilestoneDraft(title, description, date(plannedOn, "plannedOn"), status, null), actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("governanceError", e.getMessage());
        }
        return "redirect:/governance#timeline";
    }

    @PostMapping("/governance/milestones/{id}")
    String updateMilestone(
            @PathVariable UUID id,
            @RequestParam MilestoneStatus status,
            @RequestParam(defaultValue = "") String completedOn,
            @RequestParam long version,
            Actor actor,
            RedirectAttributes redirect) {
        try {
            var current = governance.milestone(id);
            governance.updateMilestone(
                    id,
                    version,
                    new MilestoneDraft(
                            current.title(),
                            current.description(),
                            current.plannedOn(),
                            status,
                            date(completedOn, "completedOn")),
                    actor);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | StaleVersionException e) {
            redirect.addFlashAttribute("governanceError", e.getMessage());
        }
        return "redirect:/governance#timeline";
    }

    /** One entry per non-blank line. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** One action per line: "text; responsible; 2025-04-30", the last two optional. */
    static List<ActionDraft> actions(String text) {
        var actions = new ArrayList<ActionDraft>();
        var lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            var parts = lines.get(i).split(";", -1);
            String responsible = parts.length > 1 ? parts[1].strip() : null;
            LocalDate due = parts.length > 2 ? date(parts[2].strip(), "actions[" + i + "].dueOn") : null;
            actions.add(new ActionDraft(null, parts[0].strip(), responsible, due, null));
        }
        return actions;
    }

    @Nullable
    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date written as 2025-04-30");
        }
    }
}

package se.nspl.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.nspl.governance.Governance;
import se.nspl.shared.Role;
import se.nspl.web.NavigationItem;

/**
 * The governance overview: which regions have decided, the steering group's meetings with their
 * decisions and follow-up actions, and the timeline. The secretariat writes through the API; a
 * region's decision is recorded on the region's page.
 */
@Controller
class GovernancePages {

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
    String overview(Model model) {
        model.addAttribute("participation", governance.participation());
        model.addAttribute("meetings", governance.meetings());
        model.addAttribute("milestones", governance.milestones());
        model.addAttribute("today", LocalDate.now(clock.withZone(STOCKHOLM)));
        return "governance/overview";
    }
}

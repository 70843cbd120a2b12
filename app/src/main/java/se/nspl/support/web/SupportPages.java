package se.nspl.support.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.support.Extent;
import se.nspl.support.RequestState;
import se.nspl.support.SupportDesk;
import se.nspl.support.SupportRequest;
import se.nspl.support.SupportType;
import se.nspl.web.NavigationItem;

/**
 * The board of support requests and a request with its offers and timeline, as each caller may
 * see them (a draft only by its region and the secretariat). Steps are taken through the API for
 * now; these pages show where things stand.
 */
@Controller
class SupportPages {

    private final SupportDesk desk;
    private final Clock clock;

    SupportPages(SupportDesk desk, Clock clock) {
        this.desk = desk;
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
        return "support/board";
    }

    @GetMapping("/support/{id}")
    String request(@PathVariable UUID id, Actor actor, Model model) {
        var request = desk.find(id, actor);
        model.addAttribute("request", request);
        model.addAttribute("overdue", overdue(request));
        model.addAttribute("timeline", desk.timeline(id, actor));
        return "support/request";
    }

    /** Open, needed by now, and not yet fully committed. */
    private boolean overdue(SupportRequest request) {
        return request.state().isOpen()
                && request.neededFrom() != null
                && request.neededFrom().isBefore(clock.instant())
                && request.commitment() != Extent.COMPLETE;
    }
}

package se.nspl.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the navigation and a formatter for times in Swedish local time. */
@ControllerAdvice(annotations = Controller.class)
class Shell {

    /** Times are stored in UTC and shown in the time zone of the people who read them. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(STOCKHOLM);

    private final List<NavigationItem> navigation;

    Shell(List<NavigationItem> navigation) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var authorities = authentication == null
                ? List.<String>of()
                : authentication.getAuthorities().stream()
                        .map(a -> a.getAuthority())
                        .toList();
        return navigation.stream().filter(item -> item.visibleTo(authorities)).toList();
    }

    /** The logged-in user's name, or null on public pages. */
    @ModelAttribute("currentUser")
    String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return loggedIn ? authentication.getName() : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("clock")
    LocalTimes localTimes() {
        return LocalTimes.INSTANCE;
    }

    /** Used in templates as {@code ${clock.format(instant)}}. */
    public static final class LocalTimes {
        static final LocalTimes INSTANCE = new LocalTimes();

        public String format(Instant instant) {
            return instant == null ? "" : LOCAL.format(instant);
        }
    }
}

package se.nspl.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every page's frame shows: the navigation, who is logged in, and times in Swedish local
 * time. Templates read it while they render, as {@code ${@shell.navigation()}} and
 * {@code ${@shell.time(instant)}}, so that requests that render no page (the API) pay nothing.
 */
@Component("shell")
public class Shell {

    /** Times are stored in UTC and shown in the time zone of the people who read them. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(STOCKHOLM);

    private final List<NavigationItem> navigation;
    private final List<BannerSource> bannerSources;

    Shell(List<NavigationItem> navigation, List<BannerSource> bannerSources) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.bannerSources = List.copyOf(bannerSources);
    }

    /** What waits for the logged-in person, from every module that has something (see {@link BannerSource}). */
    public List<Banner> banners() {
        return bannerSources.stream().flatMap(s -> current(s).stream()).toList();
    }

    /** A source's banners; none while the database is unavailable, so that the page is still shown. */
    private static List<Banner> current(BannerSource source) {
        try {
            return source.current();
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return List.of();
            }
            throw e;
        }
    }

    /** The modules the logged-in user may open. */
    public List<NavigationItem> navigation() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var authorities = authentication == null
                ? List.<String>of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList();
        return navigation.stream().filter(item -> item.visibleTo(authorities)).toList();
    }

    /** The logged-in user's name, or null on public pages. */
    public String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return loggedIn ? authentication.getName() : null;
    }

    /** The path of the page being shown, to mark it in the navigation. */
    public String currentPath() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRequestURI()
                : null;
    }

    /** A stored instant as Swedish local time, {@code yyyy-MM-dd HH:mm}; empty for none. */
    public String time(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant);
    }
}

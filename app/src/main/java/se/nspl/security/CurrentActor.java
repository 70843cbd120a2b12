package se.nspl.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import se.nspl.shared.Actor;

/**
 * The actor of the request being handled, for code that runs outside a controller method's
 * parameters: the page frame asking what to show this person (see {@code se.nspl.web.BannerSource}).
 */
public final class CurrentActor {

    private CurrentActor() {}

    /** The logged-in actor, or empty on public pages. */
    public static Optional<Actor> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof Actor actor) {
            return Optional.of(actor);
        }
        if (principal instanceof AccountUserDetails account) {
            return Optional.of(account.actor());
        }
        return Optional.empty();
    }
}

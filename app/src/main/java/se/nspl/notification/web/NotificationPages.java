package se.nspl.notification.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import se.nspl.notification.Notifications;
import se.nspl.shared.Actor;

/**
 * The reader's notifications: the list, one opened (marked read, then its subject), all marked
 * read, and the unread count that every page's header loads on its own (so no page waits for it).
 */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Actor actor, Model model) {
        model.addAttribute("notifications", notifications.inbox(actor));
        return "notification/list";
    }

    /** Marks it read and goes to what it is about; reading marks nothing else. */
    @GetMapping("/notifications/{id}")
    String open(@PathVariable UUID id, Actor actor) {
        return "redirect:" + notifications.read(id, actor).link();
    }

    @PostMapping("/notifications/read")
    String readAll(Actor actor) {
        notifications.readAll(actor);
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/count")
    String count(Actor actor, Model model) {
        model.addAttribute("unread", notifications.unread(actor));
        return "notification/list :: count";
    }
}

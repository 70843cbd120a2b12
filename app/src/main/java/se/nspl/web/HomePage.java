package se.nspl.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import se.nspl.shared.Actor;

/**
 * The start page after login: where a module needs the person first (see {@link StartPage});
 * the situational picture answers for everyone, so the region list is only the last resort.
 */
@Controller
class HomePage {

    private final List<StartPage> startPages;

    HomePage(List<StartPage> startPages) {
        this.startPages = startPages.stream()
                .sorted(Comparator.comparingInt(StartPage::order))
                .toList();
    }

    @GetMapping("/")
    String home(Actor actor) {
        return startPages.stream()
                .map(page -> page.forActor(actor))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .map(path -> "redirect:" + path)
                .orElse("redirect:/regions");
    }
}

package se.nspl.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page. Until the national situational picture exists, it is the registry's region list. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "redirect:/regions";
    }
}

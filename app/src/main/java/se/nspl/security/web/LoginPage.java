package se.nspl.security.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.nspl.security.OidcLogin;

@Controller
class LoginPage {

    private final Optional<OidcLogin> oidc;

    LoginPage(Optional<OidcLogin> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        oidc.ifPresent(provider -> {
            model.addAttribute("oidcName", provider.name());
            model.addAttribute("oidcStart", OidcLogin.start());
        });
        return "login";
    }
}

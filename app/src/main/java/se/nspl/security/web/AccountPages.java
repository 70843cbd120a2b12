package se.nspl.security.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.nspl.organisation.Regions;
import se.nspl.security.AccountAdministration;
import se.nspl.security.Mfa;
import se.nspl.security.NewAccount;
import se.nspl.security.OidcLogin;
import se.nspl.shared.Actor;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;
import se.nspl.web.NavigationItem;

/** The administrators' page of accounts: who may log in, with which role, for which region. */
@Controller
class AccountPages {

    private final AccountAdministration administration;
    private final Regions regions;

    private final Mfa mfa;
    private final Optional<OidcLogin> oidc;

    AccountPages(AccountAdministration administration, Regions regions, Mfa mfa, Optional<OidcLogin> oidc) {
        this.administration = administration;
        this.regions = regions;
        this.mfa = mfa;
        this.oidc = oidc;
    }

    @Bean
    static NavigationItem accountsNavigation() {
        return new NavigationItem("/admin/accounts", "nav.accounts", 990, Set.of(Role.ADMIN));
    }

    @GetMapping("/admin/accounts")
    String accounts(Actor actor, Model model) {
        model.addAttribute("accounts", administration.all(actor));
        model.addAttribute("self", actor.id());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("regions", regions.all());
        model.addAttribute("oidc", oidc.isPresent());
        return "security/accounts";
    }

    @PostMapping("/admin/accounts")
    String open(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam String password,
            @RequestParam Role role,
            @RequestParam(required = false) RegionCode region,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        try {
            var account = administration.open(
                    new NewAccount(username, displayName, password, role, Optional.ofNullable(region), Set.of()),
                    actor);
            redirect.addFlashAttribute("opened", account.username());
            return "redirect:/admin/accounts";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("draft", new AccountDraft(username, displayName, role, region));
            return accounts(actor, model);
        }
    }

    /** What was typed, to show again next to the errors (never the password). */
    record AccountDraft(String username, String displayName, Role role, RegionCode region) {}

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable UUID id, Actor actor) {
        administration.setEnabled(id, false, actor);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/mfa-reset")
    String resetMfa(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
        mfa.reset(administration.find(id, actor).id(), actor);
        redirect.addFlashAttribute("mfaReset", id);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/external-subject")
    String linkExternalSubject(
            @PathVariable UUID id,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String subject,
            Actor actor) {
        administration.linkExternalSubject(id, issuer, subject, actor);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable UUID id, Actor actor) {
        administration.setEnabled(id, true, actor);
        return "redirect:/admin/accounts";
    }
}

package se.nspl.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.security.Account;
import se.nspl.security.AccountAdministration;
import se.nspl.security.Mfa;
import se.nspl.security.NewAccount;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "People's logins and their roles (administrators only)")
class AccountApi {

    record AccountRequest(
            String username, String displayName, String password, Role role, RegionCode region, Set<UUID> units) {

        NewAccount toNewAccount() {
            return new NewAccount(username, displayName, password, role, Optional.ofNullable(region), units);
        }
    }

    private final AccountAdministration administration;

    private final Mfa mfa;

    AccountApi(AccountAdministration administration, Mfa mfa) {
        this.administration = administration;
        this.mfa = mfa;
    }

    @GetMapping
    @Operation(summary = "All accounts (without password hashes)")
    List<Account> all(Actor actor) {
        return administration.all(actor);
    }

    @PostMapping
    @Operation(
            summary = "Open an account",
            description = "Regional roles (REGION_COORDINATOR, REPORTER) need a region; a reporter may be bound"
                    + " to some units of it. Passwords have at least 12 characters.")
    ResponseEntity<Account> open(@RequestBody AccountRequest request, Actor actor) {
        var account = administration.open(request.toNewAccount(), actor);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
                .body(account);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account; its tokens stop working at once")
    Account disable(@PathVariable UUID id, Actor actor) {
        return administration.setEnabled(id, false, actor);
    }

    @PostMapping("/{id}/mfa-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove an account's authenticator app and recovery codes",
            description = "For a lost phone: the account enrols a new app at its next login. Audited.")
    void resetMfa(@PathVariable UUID id, Actor actor) {
        mfa.reset(administration.find(id, actor).id(), actor);
    }

    record ExternalSubjectRequest(String issuer, String subject) {}

    @PutMapping("/{id}/external-subject")
    @Operation(
            summary = "Link an account to an identity at the OIDC identity provider, or unlink it",
            description = "subject is the provider's sub claim; issuer defaults to the configured provider"
                    + " (nspl.security.oidc.issuer-uri). A blank subject removes the link. Logging in there then"
                    + " logs in as this account, with its role and region. Audited.")
    Account linkExternalSubject(@PathVariable UUID id, @RequestBody ExternalSubjectRequest request, Actor actor) {
        return administration.linkExternalSubject(id, request.issuer(), request.subject(), actor);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    Account enable(@PathVariable UUID id, Actor actor) {
        return administration.setEnabled(id, true, actor);
    }
}

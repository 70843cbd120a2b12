package se.nspl.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.nspl.security.Accounts;
import se.nspl.security.ApiCredentials;
import se.nspl.security.ApiCredentials.IssuedToken;
import se.nspl.shared.Actor;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Bearer tokens for people using the API")
class TokenApi {

    /**
     * @param totp the current code of the account's authenticator app, once the account has
     *     enrolled one (MFA enrolment arrives with the security hardening; until then it is ignored)
     */
    record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 256) String password,
            String totp) {}

    private final AuthenticationManager authentication;
    private final Accounts accounts;
    private final ApiCredentials credentials;

    TokenApi(AuthenticationManager authentication, Accounts accounts, ApiCredentials credentials) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.credentials = credentials;
    }

    @PostMapping("/token")
    @SecurityRequirements
    @Operation(
            summary = "Exchange username and password for a short-lived bearer token",
            description = "Send the token as `Authorization: Bearer <token>`. It expires at `expiresAt`"
                    + " (one hour by default), and at once when the account is disabled.")
    IssuedToken token(@Valid @RequestBody TokenRequest request) {
        try {
            authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong username or password");
        }
        return credentials.issueToken(
                accounts.findByUsername(request.username()).orElseThrow());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every bearer token of the calling account")
    void logout(Actor actor) {
        credentials.revokeTokensOf(actor.id());
    }
}

package se.nspl.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.nspl.security.Accounts;
import se.nspl.security.ApiCredentials;
import se.nspl.security.ApiCredentials.IssuedToken;
import se.nspl.security.LoginThrottle;
import se.nspl.security.Mfa;
import se.nspl.shared.Actor;
import se.nspl.shared.DatabaseScope;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Bearer tokens for people using the API")
class TokenApi {

    /**
     * @param totp the current code of the account's authenticator app (or an unused recovery code),
     *     required when the account needs a second factor (docs/security.md)
     */
    record TokenRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 256) String password,
            @Size(max = 32) String totp) {}

    private final AuthenticationManager authentication;
    private final Accounts accounts;
    private final ApiCredentials credentials;
    private final Mfa mfa;

    TokenApi(AuthenticationManager authentication, Accounts accounts, ApiCredentials credentials, Mfa mfa) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.credentials = credentials;
        this.mfa = mfa;
    }

    @PostMapping("/token")
    @SecurityRequirements
    @Operation(
            summary = "Exchange username and password for a short-lived bearer token",
            description = "Send the token as `Authorization: Bearer <token>`. It expires at `expiresAt`"
                    + " (one hour by default), and at once when the account is disabled. An account that"
                    + " needs a second factor gives its app's current code as `totp` (each code once);"
                    + " one that has not enrolled an app yet gets 403. Too many failed passwords from one"
                    + " address: 429 with Retry-After.")
    IssuedToken token(@Valid @RequestBody TokenRequest request) {
        try {
            authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (LoginThrottle.ThrottledException e) {
            var tooMany = new ErrorResponseException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()),
                    e);
            tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            throw tooMany;
        } catch (AuthenticationException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong username or password");
        }
        // the password was right: the second factor and the token are looked up and made as the platform
        return DatabaseScope.asSystem(() -> issue(request));
    }

    private IssuedToken issue(TokenRequest request) {
        var account = accounts.findByUsername(request.username()).orElseThrow();
        if (mfa.required(account.id())) {
            if (!mfa.enrolled(account.id())) {
                throw new ResponseStatusException(
                        HttpStatus.FORBIDDEN,
                        "The account needs an authenticator app: log in on the pages to enrol one");
            }
            if (!mfa.verify(account.actor(), request.totp())) {
                throw new ResponseStatusException(
                        HttpStatus.UNAUTHORIZED, "Give the current code of the account's authenticator app as totp");
            }
        }
        return credentials.issueToken(account);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every bearer token of the calling account")
    void logout(Actor actor) {
        credentials.revokeTokensOf(actor.id());
    }
}

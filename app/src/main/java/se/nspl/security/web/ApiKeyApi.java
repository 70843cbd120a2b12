package se.nspl.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.security.ApiCredentials;
import se.nspl.security.ApiCredentials.ApiKey;
import se.nspl.security.ApiCredentials.IssuedKey;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Long-lived, revocable keys for hospital systems that report")
class ApiKeyApi {

    record NewKey(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9 ._-]{1,80}")
            String name,

            @NotNull RegionCode region,
            Set<UUID> units) {}

    private final ApiCredentials credentials;

    ApiKeyApi(ApiCredentials credentials) {
        this.credentials = credentials;
    }

    @PostMapping
    @Operation(
            summary = "Issue an API key for a region, or for some of its units",
            description = "Administrators for any region, a regional coordinator for the own region. The key"
                    + " is shown in this response only; store it in the hospital system's secret store.")
    ResponseEntity<IssuedKey> issue(@Valid @RequestBody NewKey request, Actor actor) {
        var key = credentials.issueKey(
                request.name(), request.region(), request.units() == null ? Set.of() : request.units(), actor);
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + key.id()))
                .body(key);
    }

    @GetMapping
    @Operation(summary = "The API keys you manage (without their secrets)")
    List<ApiKey> list(Actor actor) {
        return credentials.keysVisibleTo(actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key; it stops working with the next request")
    void revoke(@PathVariable UUID id, Actor actor) {
        credentials.revokeKey(id, actor);
    }
}

package se.nspl.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.nspl.shared.Actor;

/** The OpenAPI description at /v3/api-docs: what the API is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // The acting user comes from the credentials, not from the request: keep it out of the description.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI nsplApi() {
        return new OpenAPI()
                .info(new Info().title("NSPL API").version("v1").description("""
                                The API of NSPL, the regions' platform for coordinating healthcare before and \
                                during heightened preparedness. Authenticate with a bearer token from \
                                `POST /api/v1/auth/token` or with an API key. Updates send the version they \
                                read (the `ETag`) in `If-Match`: a missing one gets 428, a stale one 409. \
                                Errors are RFC 9457 problem details; input errors list every offending field \
                                under `errors` as `{"field": …, "message": …}`, and nothing is changed. \
                                Sensitive but unclassified information: never send security-classified content."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from POST /api/v1/auth/token, or an API key")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}

package se.nspl.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import se.nspl.Api;
import se.nspl.IntegrationTest;

@IntegrationTest
class ApiDocumentationTest {

    @Autowired
    Environment environment;

    @Test
    void describesTheApiWithBearerAuthenticationAndWithoutInternalTypes() {
        var docs =
                new Api(environment.getRequiredProperty("local.server.port", Integer.class)).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        var json = docs.json();
        assertThat(json.path("paths").has("/api/v1/regions")).isTrue();
        assertThat(json.path("paths").has("/api/v1/hospitals/{id}")).isTrue();
        assertThat(json.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(json.path("components").path("schemas").has("Actor")).isFalse();
        var tokenSecurity =
                json.path("paths").path("/api/v1/auth/token").path("post").path("security");
        assertThat(tokenSecurity.isArray())
                .as("the token endpoint needs no credentials")
                .isTrue();
        assertThat(tokenSecurity.size()).isZero();
    }
}

package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import se.nspl.ApiTest;
import se.nspl.WebSession;
import se.nspl.audit.AuditEntry;
import se.nspl.audit.AuditTrail;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

/** Authorisation failures land in the audit trail with who, where, what and the request id. */
class RefusalAuditTest extends ApiTest {

    @Autowired
    AuditTrail trail;

    @Test
    void aModulesRefusalOnTheApiIsRecordedWithTheRequestId() {
        String user = fresh(Role.REGION_COORDINATOR, "25");
        String requestId = "test-" + UUID.randomUUID();
        var response = api.send(
                "POST",
                "/api/v1/hospitals",
                user,
                Map.of("X-Request-Id", requestId),
                Map.of(
                        "name",
                        "Not theirs " + UUID.randomUUID(),
                        "region",
                        "24",
                        "city",
                        "Vilhelmina",
                        "lat",
                        64.62,
                        "lon",
                        16.65,
                        "university",
                        false));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
        assertThat(response.json().path("requestId").asString()).isEqualTo(requestId);
        assertThat(refusalsOf(user)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("authz.DENIED");
            assertThat(entry.actorRegion()).isEqualTo(RegionCode.of("25"));
            assertThat(entry.subjectType()).isEqualTo("request");
            assertThat(entry.subjectId()).isEqualTo("POST /api/v1/hospitals");
            assertThat(entry.requestId()).isEqualTo(requestId);
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRefusedPageIsRecordedWithItsReason() {
        String user = fresh(Role.AUTHORITY_VIEWER, null);
        var page = WebSession.loggedIn(port, user).get("/admin/audit");

        assertThat(page.status()).isEqualTo(403);
        assertThat(refusalsOf(user)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("authz.DENIED");
            assertThat(entry.subjectId()).isEqualTo("GET /admin/audit");
            assertThat(entry.detail()).contains("only administrators read the audit trail");
            assertThat(entry.requestId()).isEqualTo(page.header("X-Request-Id"));
        });
    }

    @Test
    void anUnknownBearerCredentialIsRecordedAsAnonymous() throws Exception {
        String requestId = "test-" + UUID.randomUUID();
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/regions"))
                .header("Authorization", "Bearer nspl_t_" + UUID.randomUUID())
                .header("X-Request-Id", requestId)
                .GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(byRequest(requestId)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("authz.BAD_CREDENTIAL");
            assertThat(entry.actor()).isEqualTo("anonymous");
            assertThat(entry.subjectId()).isEqualTo("GET /api/v1/regions");
        });
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRecorded() throws Exception {
        String requestId = "test-" + UUID.randomUUID();
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(byRequest(requestId))
                .singleElement()
                .extracting(AuditEntry::action)
                .isEqualTo("authz.DENIED");
    }

    @Test
    void aMalformedRequestIdIsReplacedByOneOfTheServers() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Request-Id", "<script>")
                .GET());
        assertThat(response.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    @Test
    void refusalsOverTheirBudgetAreNotRecorded() {
        var audit = mock(AuditTrail.class);
        var refusals = new Refusals(audit, 1, 2);
        var request = new MockHttpServletRequest("GET", "/api/v1/regions");
        for (int i = 0; i < 5; i++) {
            refusals.badCredential(request);
        }
        verify(audit, times(2))
                .recordOnItsOwn(eq("anonymous"), any(), eq("authz.BAD_CREDENTIAL"), eq("request"), any(), any());
    }

    private String fresh(Role role, String region) {
        String username = "t-refused-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(username, role, region);
        return username;
    }

    private java.util.List<AuditEntry> refusalsOf(String user) {
        return trail.search(new AuditTrail.Search(user, "authz.", null, null, null, null, null), 10);
    }

    private java.util.List<AuditEntry> byRequest(String requestId) {
        return trail.search(new AuditTrail.Search(null, "authz.", null, null, null, null, requestId), 10);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

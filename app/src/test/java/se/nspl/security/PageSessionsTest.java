package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import se.nspl.ApiTest;
import se.nspl.StatementCounter;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/**
 * A disabled account's open pages end at once; any session ends after its absolute lifetime; a session
 * without a login is refused without tying up the database.
 */
class PageSessionsTest extends ApiTest {

    @Autowired
    StatementCounter statements;

    @Test
    void disablingAnAccountEndsItsOpenPageSessions() {
        String username = "t-session-" + UUID.randomUUID().toString().substring(0, 8);
        var opened = api.send(
                "POST",
                "/api/v1/accounts",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Session-test",
                        "password",
                        TestAccounts.PASSWORD,
                        "role",
                        "REGION_COORDINATOR",
                        "region",
                        "24",
                        "units",
                        List.of()));
        var session = WebSession.loggedIn(port, username);
        assertThat(session.get("/support").status()).isEqualTo(200);

        String id = opened.json().path("id").asString();
        assertThat(api.send("POST", "/api/v1/accounts/" + id + "/disable", TestAccounts.ADMIN, Map.of(), null)
                        .status())
                .isEqualTo(200);

        var after = session.get("/support");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
        assertThat(WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN)
                        .get("/support")
                        .status())
                .as("another account's session goes on")
                .isEqualTo(200);
    }

    /**
     * A session that holds no login (the login page makes one for its CSRF token) sent to the API is
     * refused at once. Reading it had asked whose work the transaction was, which resolved the
     * anonymous login, which read the session again, each time on a new connection, until the pool
     * was empty: the request waited out the pool's time-out and was answered 503, and every other
     * request of the node with it. Now: the session read, its last access written, and read again
     * for the error page's dispatch, each in a transaction with its scope statement.
     */
    @Test
    void aSessionWithoutALoginIsRefusedAtOnceAndTiesUpNoConnections() {
        var anonymous = new WebSession(port);
        assertThat(anonymous.get("/login").status()).isEqualTo(200);

        var response = anonymous.get("/api/v1/regions");

        assertThat(response.status()).isEqualTo(401);
        var counted = statements.of(response);
        assertThat(counted).as(counted.toString()).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aSessionOlderThanItsAbsoluteLifetimeEndsHoweverActive() throws Exception {
        var later = Clock.offset(Clock.systemUTC(), Duration.ofHours(13));
        var filter = PageSessions.absoluteTimeout(Duration.ofHours(12), later);
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest("GET", "/support");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("the request goes no further").isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();

        var young = new MockHttpServletRequest("GET", "/support");
        young.setSession(new MockHttpSession());
        var passed = new MockFilterChain();
        PageSessions.absoluteTimeout(Duration.ofHours(12), Clock.systemUTC())
                .doFilter(young, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();
    }
}

package se.nspl.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;
import se.nspl.support.SupportSteps;

/** The regions concerned by a support step are told in the app; nobody of their own step. */
class NotificationsTest extends ApiTest {

    @Test
    void aSubmittedRequestReachesTheOtherRegionsAndAnOfferTheRequester() {
        var steps = new SupportSteps(api);
        var vasterbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        var norrbotten = WebSession.loggedIn(port, TestAccounts.NORRBOTTEN);
        vasterbotten.post("/notifications/read", Map.of());
        norrbotten.post("/notifications/read", Map.of());

        String id = steps.onTheShortPath(TestAccounts.NORRBOTTEN, "25", 2);
        String title = steps.get(id, TestAccounts.NATIONAL).json().path("title").asString();

        assertThat(vasterbotten.get("/notifications/count").body())
                .contains("unread-count")
                .contains(">1<");
        assertThat(vasterbotten.get("/notifications").body())
                .contains("Ny begäran om stöd från Region Norrbotten: " + title);
        assertThat(WebSession.loggedIn(port, TestAccounts.NATIONAL)
                        .get("/notifications")
                        .body())
                .contains("Ny begäran om stöd från Region Norrbotten: " + title);
        assertThat(norrbotten.get("/notifications/count").body()).doesNotContain("unread-count");

        steps.offer(id, TestAccounts.VASTERBOTTEN, "24", 2);
        var inbox = norrbotten.get("/notifications").body();
        assertThat(inbox).contains("Region Västerbotten erbjuder stöd: " + title);
        String notification = inbox.replaceFirst("(?s).*href=\"/notifications/([0-9a-f-]{36})\".*", "$1");

        assertThat(vasterbotten.get("/notifications/" + notification).status())
                .as("another region's notification does not exist for it")
                .isEqualTo(404);
        var opened = norrbotten.get("/notifications/" + notification);
        assertThat(opened.status()).isEqualTo(302);
        assertThat(opened.header("Location")).endsWith("/support/" + id);
        assertThat(norrbotten.get("/notifications/count").body()).doesNotContain("unread-count");
        assertThat(vasterbotten.get("/notifications/count").body()).contains(">1<");
    }

    @Test
    void anAcceptanceReachesTheOfferingRegionAndMarkingAllReadEmptiesTheCount() {
        var steps = new SupportSteps(api);
        String id = steps.onTheShortPath(TestAccounts.NORRBOTTEN, "25", 1);
        String offer = steps.offer(id, TestAccounts.VASTERBOTTEN, "24", 1);
        steps.post(id, "/offers/" + offer + "/accept", TestAccounts.NORRBOTTEN, null);
        var vasterbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);

        assertThat(vasterbotten.get("/notifications").body())
                .contains("Region Norrbotten har accepterat ert erbjudande");
        assertThat(vasterbotten.get("/notifications/count").body()).contains("unread-count");
        assertThat(vasterbotten.post("/notifications/read", Map.of()).status()).isEqualTo(302);
        assertThat(vasterbotten.get("/notifications/count").body()).doesNotContain("unread-count");
    }

    @Test
    void whoIsInNoAudienceHasAnEmptyInbox() {
        var authority = WebSession.loggedIn(port, TestAccounts.AUTHORITY);
        assertThat(authority.get("/notifications").body()).contains("Inga notiser.");
        assertThat(authority.get("/notifications/count").body()).doesNotContain("unread-count");
    }
}

package se.nspl.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The directory page, a region's form for its own card, and nobody else's. */
class ContactPagesTest extends ApiTest {

    @Test
    void aRegionEditsItsOwnCardThroughTheForm() {
        var västerbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        var form = västerbotten.get("/contacts/24/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Region Västerbotten").contains("TiB dygnet runt");
        String version = api.get("/api/v1/contacts/24", TestAccounts.VASTERBOTTEN)
                .header("ETag")
                .replace("\"", "");

        var fields = new HashMap<String, String>();
        fields.put("version", version);
        fields.put("dutyPhone", "08-465 004 24");
        fields.put("mailbox", "tib-24@example.invalid");
        fields.put("roles[0].title", "Regional särskild sjukvårdsledare");
        fields.put("roles[0].name", "Demo (demo)");
        fields.put("roles[0].phone", "070-174 06 24");
        var saved = västerbotten.post("/contacts/24", fields);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        var directory = västerbotten.get("/contacts");
        assertThat(directory.body())
                .contains("08-465 004 24")
                .contains("Regional särskild sjukvårdsledare, Demo (demo): 070-174 06 24")
                .contains("/contacts/24/edit")
                .doesNotContain("/contacts/01/edit");
    }

    @Test
    void theFormShowsWhatToFix() {
        var västerbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        String version = api.get("/api/v1/contacts/24", TestAccounts.VASTERBOTTEN)
                .header("ETag")
                .replace("\"", "");

        var response = västerbotten.post("/contacts/24", Map.of("version", version, "dutyPhone", "ring oss"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("Rätta följande")
                .contains("href=\"#dutyPhone\"")
                .contains("TiB dygnet runt: måste vara ett telefonnummer")
                .contains("ring oss");
    }

    @Test
    void confirmingACardChangedMeanwhileSaysSoAndConfirmsNothing() {
        var västerbotten = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        var fields = new HashMap<String, String>();
        fields.put("version", etag());
        fields.put("dutyPhone", "08-465 004 24");
        assertThat(västerbotten.post("/contacts/24", fields).status()).isEqualTo(302);
        String current = etag();

        var stale = västerbotten.post("/contacts/24/verify", Map.of("version", "0"));

        assertThat(stale.status()).isEqualTo(302);
        assertThat(stale.header("Location")).endsWith("/contacts?changed=24");
        assertThat(västerbotten.get("/contacts?changed=24").body()).contains("Någon annan har ändrat kortet");
        assertThat(etag()).isEqualTo(current);
    }

    private String etag() {
        return api.get("/api/v1/contacts/24", TestAccounts.VASTERBOTTEN)
                .header("ETag")
                .replace("\"", "");
    }

    @Test
    void aRegionCannotOpenOrPostAnotherRegionsCard() {
        var stockholm = WebSession.loggedIn(port, TestAccounts.STOCKHOLM);

        assertThat(stockholm.get("/contacts/24/edit").status()).isEqualTo(403);
        assertThat(stockholm
                        .post("/contacts/24", Map.of("version", "0", "dutyPhone", "08-465 004 66"))
                        .status())
                .isEqualTo(403);
        assertThat(stockholm.post("/contacts/24/verify", Map.of("version", "1")).status())
                .isEqualTo(403);
    }

    @Test
    void everyoneReadsTheDirectoryWithTheSecretariatFirst() {
        var page = WebSession.loggedIn(port, TestAccounts.AUTHORITY).get("/contacts");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Kontaktlista")
                .contains("NSPL-kansliet")
                .contains("Region Norrbotten")
                .contains("/contacts/directory.pdf")
                .doesNotContain("/edit\"");
        assertThat(page.body().indexOf("NSPL-kansliet")).isLessThan(page.body().indexOf("Region Stockholm"));
    }
}

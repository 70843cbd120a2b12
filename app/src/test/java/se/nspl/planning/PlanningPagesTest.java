package se.nspl.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.planning.PlanningSteps.item;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/** The planning pages: the matrix in words, the list and its exports, the item, the forms. */
class PlanningPagesTest extends ApiTest {

    PlanningSteps steps;

    @BeforeEach
    void steps() {
        steps = new PlanningSteps(api);
    }

    @Test
    void theMatrixWritesEachCellsStandingAsTextAndLinksToTheList() {
        var body = item("24", "Risk i matrisen", "2030-01-01");
        body.put("area", "COMMUNICATIONS");
        body.put("status", "AT_RISK");
        steps.create(TestAccounts.VASTERBOTTEN, body);

        var page = WebSession.loggedIn(port, TestAccounts.AUTHORITY).get("/planning");
        assertThat(page.status()).isEqualTo(200);
        String cell = cell(page.body(), "cell-24-COMMUNICATIONS");
        assertThat(cell).contains("standing-AT_RISK", ">Risk<", "/planning/items?region=24&amp;area=COMMUNICATIONS");
        assertThat(page.body()).contains("id=\"row-national\"", "Nationellt (kansliet)", "IVA-kapacitet");
    }

    @Test
    void theListFlagsOverdueItemsAndExportsTheFilteredListAsCsv() {
        String title = "Försenad " + UUID.randomUUID().toString().substring(0, 8);
        var body = item("24", title, LocalDate.now().minusDays(2).toString());
        body.put("area", "SUPPLIES");
        steps.create(TestAccounts.VASTERBOTTEN, body);

        var web = WebSession.loggedIn(port, TestAccounts.NATIONAL);
        var list = web.get("/planning/items?region=24&area=SUPPLIES&overdue=true");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(title, "Försenad</span>");

        var csv = web.get("/planning/items.csv?region=24&area=SUPPLIES&overdue=true");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,region,area,title,gap,owner,organisation,status,standing,overdue,dueOn");
        assertThat(csv.body()).contains(title + ",").contains(",OVERDUE,true,");
        assertThat(web.get("/planning/items.csv?region=01").body()).doesNotContain(title);

        var pdf = web.get("/planning/pdf?region=24");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void aCoordinatorAddsAnItemThroughTheFormAndABrokenFieldIsNamed() {
        var web = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        assertThat(web.get("/planning/items/new").body()).contains("name=\"title\"", "value=\"24\"");

        String title = "Formulärets post " + UUID.randomUUID().toString().substring(0, 8);
        var fields = form(title);
        fields.put("dueOn", "snart");
        fields.put("owner", "");
        var refused = web.post("/planning/items", fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("dueOn-error", "owner-error", "Klart senast");
        assertThat(api.get(PlanningSteps.ITEMS, TestAccounts.NATIONAL).body()).doesNotContain(title);

        var created = web.post("/planning/items", form(title));
        assertThat(created.status()).isEqualTo(302);
        var page = web.get(java.net.URI.create(created.header("Location")).getPath());
        assertThat(page.body()).contains(title, "Ändra posten", "planning.CREATE");

        var commented = web.post(
                java.net.URI.create(created.header("Location")).getPath() + "/comments",
                Map.of("text", "Första kommentaren"));
        assertThat(commented.status()).isEqualTo(302);
        assertThat(web.get(java.net.URI.create(created.header("Location")).getPath())
                        .body())
                .contains("Första kommentaren");
    }

    @Test
    void aRegionCannotEditAnotherRegionsItem() {
        String id = steps.itemOf24(TestAccounts.VASTERBOTTEN);
        var stockholm = WebSession.loggedIn(port, TestAccounts.STOCKHOLM);

        var page = stockholm.get("/planning/items/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Ändra posten", "comment-text");
        assertThat(stockholm.get("/planning/items/" + id + "/edit").status()).isEqualTo(403);

        var fields = form("Kapad");
        fields.put("version", "0");
        assertThat(stockholm.post("/planning/items/" + id, fields).status()).isEqualTo(403);
        assertThat(api.get(PlanningSteps.ITEMS + "/" + id, TestAccounts.NATIONAL)
                        .json()
                        .path("item")
                        .path("title")
                        .asString())
                .isEqualTo("Matris");
    }

    @Test
    void aStaleFormIsRefusedWithoutChangingTheItem() {
        String id = steps.itemOf24(TestAccounts.VASTERBOTTEN);
        var web = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        var fields = form("Först");
        fields.put("version", "0");
        assertThat(web.post("/planning/items/" + id, fields).status()).isEqualTo(302);
        fields.put("title", "Sen");
        assertThat(web.post("/planning/items/" + id, fields).status()).isEqualTo(409);
        assertThat(api.get(PlanningSteps.ITEMS + "/" + id, TestAccounts.NATIONAL)
                        .json()
                        .path("item")
                        .path("title")
                        .asString())
                .isEqualTo("Först");
    }

    @Test
    void theItemPageShowsALinkedRunWithItsFirstDayOfOverflow() {
        var scenarios = new se.nspl.scenario.ScenarioSteps(api);
        String scenario = scenarios.create(TestAccounts.VASTERBOTTEN);
        String run = scenarios
                .run(scenario, TestAccounts.VASTERBOTTEN, false)
                .json()
                .path("id")
                .asString();
        scenarios.finished(run, TestAccounts.VASTERBOTTEN);
        var web = WebSession.loggedIn(port, TestAccounts.VASTERBOTTEN);
        var fields = form("Motiverad");
        fields.put("linkedRuns", "http://localhost/scenario-runs/" + run);
        var created = web.post("/planning/items", fields);
        assertThat(created.status()).isEqualTo(302);
        String path = java.net.URI.create(created.header("Location")).getPath();

        var page = web.get(path).body();
        assertThat(page).contains("/scenario-runs/" + run, "Norrbotten, 14 days of heavy casualties");
        assertThat(page).containsPattern("första dag med överbeläggning i landet: dag \\d+");
        assertThat(WebSession.loggedIn(port, TestAccounts.REPORTER).get(path).body())
                .contains("Scenariokörning " + run)
                .doesNotContain("/scenario-runs/" + run);

        fields.put("linkedRuns", "inte-en-körning");
        var refused = web.post("/planning/items", fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("linkedRuns-error", "inte-en-körning");
    }

    static HashMap<String, String> form(String title) {
        var fields = new HashMap<String, String>();
        fields.put("area", "BEDS");
        fields.put("region", "24");
        fields.put("title", title);
        fields.put("gap", "Vårdplatser saknas vid förstärkning");
        fields.put("owner", "Beredskapssamordnare");
        fields.put("organisation", "Region Västerbotten");
        fields.put("status", "NOT_STARTED");
        fields.put("dueOn", "2030-06-30");
        fields.put("linkedRuns", "");
        return fields;
    }

    private static String cell(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</td>", start));
    }
}

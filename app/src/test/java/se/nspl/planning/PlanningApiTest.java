package se.nspl.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.planning.PlanningSteps.ITEMS;
import static se.nspl.planning.PlanningSteps.item;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.audit.AuditTrail;
import se.nspl.scenario.ScenarioSteps;

/** The planning register's API: create, edit with If-Match, permissions, field errors, linked runs. */
class PlanningApiTest extends ApiTest {

    @Autowired
    AuditTrail audit;

    PlanningSteps steps;

    @BeforeEach
    void steps() {
        steps = new PlanningSteps(api);
    }

    @Test
    void aRegionsCoordinatorAddsAnItemThatEveryoneReads() {
        var created = steps.create(TestAccounts.VASTERBOTTEN, item("24", "Fler IVA-platser", "2030-03-31"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.json().path("item").path("id").asString();

        for (String reader : List.of(TestAccounts.AUTHORITY, TestAccounts.REPORTER, TestAccounts.FINANCE)) {
            var read = api.get(ITEMS + "/" + id, reader);
            assertThat(read.status()).as(reader).isEqualTo(200);
            assertThat(read.json().path("item").path("title").asString()).isEqualTo("Fler IVA-platser");
        }
        var listed = api.get(ITEMS + "?region=24&area=ICU_CAPACITY", TestAccounts.AUTHORITY);
        assertThat(listed.body()).contains(id);
        assertThat(api.get(ITEMS + "?region=national", TestAccounts.AUTHORITY).body())
                .doesNotContain(id);
    }

    @Test
    void anEditNeedsTheVersionReadAndIsAudited() {
        var created = steps.create(TestAccounts.VASTERBOTTEN, item("24", "Transportavtal", "2030-03-31"));
        String id = created.json().path("item").path("id").asString();
        var changed = item("24", "Transportavtal", "2030-04-30");
        changed.put("status", "AT_RISK");

        var edited = api.send("PUT", ITEMS + "/" + id, TestAccounts.VASTERBOTTEN, Map.of("If-Match", "\"0\""), changed);
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"1\"");
        assertThat(edited.json().path("item").path("status").asString()).isEqualTo("AT_RISK");
        assertThat(edited.json().path("standing").asString()).isEqualTo("AT_RISK");

        var stale = api.send(
                "PUT",
                ITEMS + "/" + id,
                TestAccounts.NATIONAL,
                Map.of("If-Match", "\"0\""),
                item("24", "Annat", "2030-04-30"));
        assertThat(stale.status()).isEqualTo(409);
        var missing = api.send("PUT", ITEMS + "/" + id, TestAccounts.NATIONAL, Map.of(), changed);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(api.get(ITEMS + "/" + id, TestAccounts.NATIONAL)
                        .json()
                        .path("item")
                        .path("title")
                        .asString())
                .isEqualTo("Transportavtal");

        assertThat(audit.about("planning-item", id).stream().map(e -> e.action()))
                .containsExactly("planning.CREATE", "planning.EDIT");
    }

    @Test
    void aRegionWritesOnlyItsOwnItemsAndOnlyTheSecretariatNationalOnes() {
        assertThat(api.send("POST", ITEMS, TestAccounts.STOCKHOLM, Map.of(), item("24", "Fel region", "2030-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", ITEMS, TestAccounts.VASTERBOTTEN, Map.of(), item(null, "Nationell", "2030-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", ITEMS, TestAccounts.AUTHORITY, Map.of(), item("24", "Myndighet", "2030-01-01"))
                        .status())
                .isEqualTo(403);
        var national = steps.create(TestAccounts.NATIONAL, item(null, "Nationell bild", "2030-01-01"));
        assertThat(national.json().path("item").path("region").isNull()).isTrue();

        String id = steps.itemOf24(TestAccounts.VASTERBOTTEN);
        var edit = api.send(
                "PUT",
                ITEMS + "/" + id,
                TestAccounts.STOCKHOLM,
                Map.of("If-Match", "\"0\""),
                item("24", "X", "2030-01-01"));
        assertThat(edit.status()).isEqualTo(403);
        var moved = api.send(
                "PUT",
                ITEMS + "/" + id,
                TestAccounts.VASTERBOTTEN,
                Map.of("If-Match", "\"0\""),
                item("01", "Flyttad", "2030-01-01"));
        assertThat(moved.status()).isEqualTo(403);
        assertThat(api.get(ITEMS + "/" + id, TestAccounts.NATIONAL)
                        .json()
                        .path("item")
                        .path("region")
                        .asString())
                .isEqualTo("24");
    }

    @Test
    void badInputNamesEveryFieldAndAddsNothing() {
        String title = "Trasig " + UUID.randomUUID();
        var body = new HashMap<String, Object>();
        body.put("region", "99");
        body.put("title", title);
        body.put("owner", " ");
        body.put("linkedRuns", List.of(UUID.randomUUID().toString()));
        var refused = api.send("POST", ITEMS, TestAccounts.NATIONAL, Map.of(), body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("area", "region", "owner", "organisation", "dueOn", "linkedRuns[0]");
        assertThat(api.get(ITEMS, TestAccounts.NATIONAL).body()).doesNotContain(title);
    }

    @Test
    void anItemLinksToAnExistingScenarioRunAndShowsItsFirstDayOfOverflow() {
        var scenarios = new ScenarioSteps(api);
        String scenario = scenarios.create(TestAccounts.VASTERBOTTEN);
        String run = scenarios
                .run(scenario, TestAccounts.VASTERBOTTEN, false)
                .json()
                .path("id")
                .asString();
        scenarios.finished(run, TestAccounts.VASTERBOTTEN);

        var body = item("24", "Motiverad av scenariot", "2030-01-01");
        body.put("linkedRuns", List.of(run));
        var created = steps.create(TestAccounts.VASTERBOTTEN, body);
        var runs = created.json().path("runs");
        assertThat(runs.size()).isEqualTo(1);
        assertThat(runs.get(0).path("headline").path("name").asString())
                .isEqualTo("Norrbotten, 14 days of heavy casualties");
        assertThat(runs.get(0).path("headline").path("firstOverflowDay").isNumber())
                .isTrue();

        String id = created.json().path("item").path("id").asString();
        var asReporter = api.get(ITEMS + "/" + id, TestAccounts.REPORTER).json().path("runs");
        assertThat(asReporter.get(0).path("id").asString()).isEqualTo(run);
        assertThat(asReporter.get(0).path("headline").isNull()).isTrue();
    }

    @Test
    void theRegionAndTheSecretariatCommentOthersMayNot() {
        String id = steps.itemOf24(TestAccounts.VASTERBOTTEN);
        var path = ITEMS + "/" + id + "/comments";
        assertThat(api.send("POST", path, TestAccounts.VASTERBOTTEN, Map.of(), Map.of("text", "Vi behöver stöd"))
                        .status())
                .isEqualTo(201);
        assertThat(api.send("POST", path, TestAccounts.NATIONAL, Map.of(), Map.of("text", "Tas upp i styrgruppen"))
                        .status())
                .isEqualTo(201);
        assertThat(api.send("POST", path, TestAccounts.STOCKHOLM, Map.of(), Map.of("text", "Hej"))
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", path, TestAccounts.AUTHORITY, Map.of(), Map.of("text", "Hej"))
                        .status())
                .isEqualTo(403);
        var empty = api.send("POST", path, TestAccounts.NATIONAL, Map.of(), Map.of("text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("text");

        var comments = api.get(ITEMS + "/" + id, TestAccounts.AUTHORITY).json().path("comments");
        assertThat(comments.size()).isEqualTo(2);
        assertThat(comments.get(0).path("text").asString()).isEqualTo("Vi behöver stöd");
        assertThat(comments.get(0).path("author").asString()).isEqualTo(TestAccounts.VASTERBOTTEN);
    }

    @Test
    void anItemPastItsDueDateIsFlaggedOverdueAndListedSo() {
        var body = item("24", "Försenad post", LocalDate.now().minusDays(3).toString());
        String id = steps.create(TestAccounts.VASTERBOTTEN, body)
                .json()
                .path("item")
                .path("id")
                .asString();
        var read = api.get(ITEMS + "/" + id, TestAccounts.AUTHORITY).json();
        assertThat(read.path("overdue").asBoolean()).isTrue();
        assertThat(read.path("standing").asString()).isEqualTo("OVERDUE");
        assertThat(api.get(ITEMS + "?overdue=true&region=24", TestAccounts.AUTHORITY)
                        .body())
                .contains(id);

        var matrix = api.get(ITEMS + "/matrix", TestAccounts.AUTHORITY).json();
        assertThat(matrix.path("rows").size()).isEqualTo(22);
        assertThat(matrix.path("rows").get(0).path("party").path("region").isNull())
                .isTrue();
    }

    @Test
    void theApiIsDescribed() {
        var paths = api.get("/v3/api-docs", TestAccounts.ADMIN).json().path("paths");
        assertThat(paths.has("/api/v1/planning-items")).isTrue();
        assertThat(paths.has("/api/v1/planning-items/{id}/comments")).isTrue();
        assertThat(paths.path("/api/v1/planning-items/matrix")
                        .path("get")
                        .path("summary")
                        .asString())
                .contains("matrix");
    }
}

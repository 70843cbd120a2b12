package se.nspl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.distribution.DistributionSteps;
import se.nspl.support.SupportSteps;

/**
 * Every module refuses a text carrying a security-classification marking: 400 naming the field,
 * with the explanation in Swedish, and nothing stored. Each text carries a tag of its own so that
 * the test can look for it in the module's table.
 */
class ClassifiedContentApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    private final String tag = "tag-" + UUID.randomUUID();

    @Test
    void aSupportRequestWithAMarkedDescriptionIsRefused() {
        var body = new HashMap<String, Object>(SupportSteps.transfer("25", 1));
        body.put("title", "Intensivvård " + tag);
        body.put("description", "Läget: HEMLIG");

        var refused = api.send("POST", "/api/v1/support-requests", TestAccounts.NORRBOTTEN, Map.of(), body);

        expectRefused(refused, "description");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("”HEMLIG”")
                .contains("inte säkerhetsskyddsklassificerad");
        assertNothingIn("select count(*) from support_request where title like ?");
    }

    @Test
    void aNoticeWithAMarkedBodyIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/notices",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("subject", "Läge " + tag, "body", "Begränsat hemlig bilaga följer", "allRegions", true));

        expectRefused(refused, "body");
        assertNothingIn("select count(*) from notice where subject like ?");
    }

    @Test
    void aContactRoleWithAMarkedTitleIsRefused() {
        var current = api.get("/api/v1/contacts/25", TestAccounts.NORRBOTTEN);
        var refused = api.send(
                "PUT",
                "/api/v1/contacts/25",
                TestAccounts.NORRBOTTEN,
                Map.of("If-Match", current.header("ETag")),
                Map.of(
                        "dutyPhone",
                        "0920-28 40 00",
                        "roles",
                        List.of(Map.of("title", "H/TS-samordnare", "name", "Namn " + tag, "phone", "070-100 00 00"))));

        expectRefused(refused, "roles[0].title");
        assertNothingIn("select count(*) from contact_role where name like ?");
    }

    @Test
    void aMeetingWithAMarkedDecisionIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/governance/meetings",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of(
                        "heldOn",
                        "2025-03-12",
                        "title",
                        "Styrgrupp " + tag,
                        "decisions",
                        List.of("Planen antas.", "Bilagan är KVALIFICERAT HEMLIG."),
                        "actions",
                        List.of()));

        expectRefused(refused, "decisions[1]");
        assertNothingIn("select count(*) from steering_meeting where title like ?");
    }

    @Test
    void aScenarioWithAMarkedNameIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/scenarios/from-picture",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("name", "HEMLIG/SECRET övning " + tag, "days", 10));

        expectRefused(refused, "name");
        assertNothingIn("select count(*) from scenario where name like ?");
    }

    @Test
    void aTransportUnitWithAMarkedNameIsRefused() {
        String base = new DistributionSteps(api).hospital("24", "Bas", 64.0, 19.0);
        var body = DistributionSteps.ambulance("24", base, 2);
        body.put("name", "KONFIDENTIELL ambulans " + tag);

        var refused = api.send("POST", "/api/v1/transport-units", TestAccounts.VASTERBOTTEN, Map.of(), body);

        expectRefused(refused, "name");
        assertNothingIn("select count(*) from transport_unit where name like ?");
    }

    @Test
    void aBudgetWithAMarkedNoteIsRefused() {
        int year = 2090 + (int) (System.nanoTime() % 9);
        String path = "/api/v1/finance/years/" + year + "/budget";
        var current = api.get(path, TestAccounts.FINANCE);
        var headers = current.status() == 200 ? Map.of("If-Match", current.header("ETag")) : Map.<String, String>of();

        var refused = api.send(
                "PUT",
                path,
                TestAccounts.FINANCE,
                headers,
                Map.of("amountSek", "1000.00", "note", "Klassificerad som hemlig " + tag));

        expectRefused(refused, "note");
        assertNothingIn("select count(*) from finance_budget where note like ?");
    }

    @Test
    void aStatusReportWithAMarkedCommentIsRefused() {
        String unit = api.newUnit(api.newHospital("Klassning"), "WARD", "Avdelning");

        var refused = api.send(
                "POST",
                "/api/v1/units/" + unit + "/reports",
                TestAccounts.VASTERBOTTEN,
                Map.of(),
                Map.of(
                        "levels",
                        Map.of("WARD", Map.of("staffed", 10, "occupied", 5)),
                        "comment",
                        "NATO RESTRICTED " + tag));

        expectRefused(refused, "comment");
        assertNothingIn("select count(*) from status_report where comment like ?");
    }

    @Test
    void aHospitalWithAMarkedNameIsRefused() {
        var refused = api.send(
                "POST",
                "/api/v1/hospitals",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "name",
                        "Fältsjukhus BEGRÄNSAT HEMLIG " + tag,
                        "region",
                        "24",
                        "city",
                        "Umeå",
                        "lat",
                        63.8,
                        "lon",
                        20.3,
                        "university",
                        false));

        expectRefused(refused, "name");
        assertNothingIn("select count(*) from hospital where name like ?");
    }

    @Test
    void aPlanningItemWithAMarkedGapIsRefused() {
        var body = se.nspl.planning.PlanningSteps.item("24", "Reservkraft " + tag, "2030-06-30");
        body.put("gap", "Uppgifterna är KVALIFICERAT HEMLIG");

        var refused = api.send("POST", "/api/v1/planning-items", TestAccounts.VASTERBOTTEN, Map.of(), body);

        expectRefused(refused, "gap");
        assertNothingIn("select count(*) from planning_item where title like ?");
    }

    private static void expectRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly(field);
    }

    private void assertNothingIn(String countQuery) {
        assertThat(jdbc.sql(countQuery).param("%" + tag + "%").query(Long.class).single())
                .as("nothing stored")
                .isZero();
    }
}

package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import tools.jackson.databind.JsonNode;

/** Plans through the API: built from the live picture, computed off the request thread, accepted into support requests. */
class DistributionApiTest extends ApiTest {

    static final String PLANS = "/api/v1/distribution-plans";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlanTakesThePatientsToTheNearbyFreeBedsAndBecomesOneSupportRequestPerRegionPair() {
        var steps = new DistributionSteps(api);
        double lat = 68.0;
        double lon = 15 + 3 * ThreadLocalRandom.current().nextDouble();
        String sending = steps.hospital("25", "Avsändare", lat, lon);
        String receiving = steps.hospital("24", "Mottagare", lat + 0.01, lon);
        steps.freeWardBeds(receiving, "24", 5);
        steps.ambulances("25", sending, 2);

        String id = steps.startPlan(sending, 2);
        JsonNode plan = steps.awaitComputed(id);

        assertThat(plan.path("state").asString()).isEqualTo("DONE");
        var result = plan.path("result");
        assertThat(result.path("placed").asInt()).isEqualTo(2);
        assertThat(result.path("unplaced").asInt()).isZero();
        assertThat(result.path("baseline").path("placed").asInt()).isEqualTo(2);
        assertThat(result.path("objective").asDouble())
                .isGreaterThanOrEqualTo(result.path("bound").asDouble());
        int moved = 0;
        for (JsonNode transfer : result.path("transfers")) {
            assertThat(transfer.path("fromName").asString()).startsWith("Avsändare");
            assertThat(transfer.path("toName").asString()).startsWith("Mottagare");
            assertThat(transfer.path("toRegion").asString()).isEqualTo("24");
            assertThat(transfer.path("level").asString()).isEqualTo("WARD");
            assertThat(transfer.path("rideMinutes").asDouble()).isLessThan(5);
            moved += transfer.path("count").asInt();
        }
        assertThat(moved).isEqualTo(2);

        var accepted = api.send("POST", PLANS + "/" + id + "/accept", TestAccounts.NATIONAL, Map.of(), null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("ACCEPTED");
        var requests = accepted.json().path("requests");
        assertThat(requests.size()).isEqualTo(1);
        assertThat(requests.get(0).path("sendingRegion").asString()).isEqualTo("25");
        assertThat(requests.get(0).path("receivingRegion").asString()).isEqualTo("24");
        assertThat(requests.get(0).path("patients").asInt()).isEqualTo(2);

        var request = api.get(
                        "/api/v1/support-requests/"
                                + requests.get(0).path("supportRequest").asString(),
                        TestAccounts.VASTERBOTTEN)
                .json();
        assertThat(request.path("type").asString()).isEqualTo("PATIENT_TRANSFER");
        assertThat(request.path("requestingRegion").asString()).isEqualTo("25");
        assertThat(request.path("state").asString()).isEqualTo("SUBMITTED");
        assertThat(request.path("urgency").asString()).isEqualTo("IMMEDIATE");
        assertThat(request.path("description").asString()).contains(id);
        assertThat(request.path("items").get(0).path("careLevel").asString()).isEqualTo("WARD");
        assertThat(request.path("items").get(0).path("quantity").asInt()).isEqualTo(2);

        assertThat(api.send("POST", PLANS + "/" + id + "/accept", TestAccounts.NATIONAL, Map.of(), null)
                        .status())
                .isEqualTo(409);
        assertThat(auditActions(id))
                .containsExactly(
                        "distribution.PLAN_STARTED", "distribution.PLAN_COMPUTED", "distribution.PLAN_ACCEPTED");
    }

    @Test
    void theProblemIsTheContractsJsonWithTheSendingHospitalTakingNoneIn() {
        var steps = new DistributionSteps(api);
        double lon = 15 + 3 * ThreadLocalRandom.current().nextDouble();
        String sending = steps.hospital("25", "Avsändare", 67.5, lon);
        String id = steps.startPlan(sending, 3);

        var problem =
                api.get(PLANS + "/" + id + "/problem", TestAccounts.AUTHORITY).json();

        assertThat(problem.path("patients").get(0).path("count").asInt()).isEqualTo(3);
        assertThat(problem.path("patients").get(0).path("level").asString()).isEqualTo("WARD");
        String origin = problem.path("patients").get(0).path("origin").asString();
        for (JsonNode hospital : problem.path("hospitals")) {
            if (hospital.path("id").asString().equals(origin)) {
                assertThat(hospital.path("free").path("WARD").asInt(0)).isZero();
            }
        }
        steps.awaitComputed(id);
    }

    @Test
    void onlyTheSecretariatComputesPlansAndTheAuthoritiesReadThem() {
        var steps = new DistributionSteps(api);
        String hospital = steps.hospital("25", "Behörighet", 67.0, 20.0);
        var body = DistributionSteps.plan(hospital, 1);

        for (String caller : List.of(TestAccounts.NORRBOTTEN, TestAccounts.AUTHORITY, TestAccounts.FINANCE)) {
            assertThat(api.send("POST", PLANS, caller, Map.of(), body).status())
                    .as(caller)
                    .isEqualTo(403);
        }
        assertThat(api.get(PLANS, TestAccounts.NORRBOTTEN).status()).isEqualTo(403);
        assertThat(api.get(PLANS, TestAccounts.AUTHORITY).status()).isEqualTo(200);

        String id = steps.computedPlan(hospital);
        assertThat(api.get(PLANS + "/" + id, TestAccounts.AUTHORITY).status()).isEqualTo(200);
        assertThat(api.get(PLANS + "/" + id, TestAccounts.REPORTER).status()).isEqualTo(403);
        assertThat(api.send("POST", PLANS + "/" + id + "/accept", TestAccounts.AUTHORITY, Map.of(), null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aDemandThatBreaksTheRulesIsRefusedNamingEachField() {
        String hospital = new DistributionSteps(api).hospital("25", "Regler", 66.5, 21.0);
        var response = api.send(
                "POST",
                PLANS,
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of(
                        "name",
                        "Felaktig",
                        "timeLimitSeconds",
                        500,
                        "demand",
                        List.of(
                                Map.of("hospital", hospital, "level", "ECMO", "count", 2),
                                Map.of(
                                        "hospital",
                                        java.util.UUID.randomUUID().toString(),
                                        "level",
                                        "WARD",
                                        "count",
                                        0))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("timeLimitSeconds");
        var second = api.send(
                "POST",
                PLANS,
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of(
                        "name",
                        "Felaktig",
                        "demand",
                        List.of(
                                Map.of("hospital", hospital, "level", "ECMO", "count", 2),
                                Map.of(
                                        "hospital",
                                        java.util.UUID.randomUUID().toString(),
                                        "level",
                                        "WARD",
                                        "count",
                                        0))));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.errorFields())
                .containsExactlyInAnyOrder("demand[0].level", "demand[1].hospital", "demand[1].count");
        assertThat(api.send("POST", PLANS, TestAccounts.NATIONAL, Map.of(), Map.of("name", "Leer"))
                        .errorFields())
                .containsExactly("demand");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertThat(api.get(PLANS + "/" + java.util.UUID.randomUUID(), TestAccounts.NATIONAL)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theEndpointsAreDescribedInTheApiDocumentation() {
        var paths = api.get("/v3/api-docs", null).json().path("paths");

        assertThat(paths.path(PLANS).path("post").path("summary").asString()).isEqualTo("Compute a plan");
        assertThat(paths.path(PLANS + "/{id}/accept")
                        .path("post")
                        .path("description")
                        .asString())
                .contains("sending and receiving region");
        assertThat(paths.path(PLANS + "/{id}/problem").has("get")).isTrue();
        assertThat(paths.path("/api/v1/transport-units/{id}").has("put")).isTrue();
    }

    private List<String> auditActions(String plan) {
        return new ArrayList<>(jdbc.sql("""
                        select action from audit_entry where subject_type = 'transfer-plan' and subject_id = ?
                        order by seq""").param(plan).query(String.class).list());
    }
}

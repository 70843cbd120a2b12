package se.nspl.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;

class SupportApiTest extends ApiTest {

    static final String REQUESTER = TestAccounts.NORRBOTTEN;
    static final String OFFERER = TestAccounts.VASTERBOTTEN;

    SupportSteps steps;

    @BeforeEach
    void steps() {
        steps = new SupportSteps(api);
    }

    @Test
    void aTransferWalksTheShortPathFromRequestToClosure() {
        String id = steps.draft(REQUESTER, "25", 2);
        steps.setLevel(REQUESTER, "25", "NORMALLAGE");
        var submitted = steps.post(id, "/submit", REQUESTER, null);
        assertThat(submitted.json().path("workflow").asString()).isEqualTo("SHORT");
        assertThat(submitted.json().path("state").asString()).isEqualTo("SUBMITTED");

        String offer = steps.offer(id, OFFERER, "24", 2);
        assertThat(steps.post(id, "/offers/" + offer + "/accept", OFFERER, null).status())
                .isEqualTo(403);
        assertThat(steps.post(id, "/offers/" + offer + "/accept", TestAccounts.STOCKHOLM, null)
                        .status())
                .isEqualTo(403);
        var accepted = steps.post(id, "/offers/" + offer + "/accept", REQUESTER, null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(steps.get(id, REQUESTER).json().path("commitment").asString())
                .isEqualTo("COMPLETE");

        var underWay = api.send(
                "PUT",
                "/api/v1/support-requests/" + id + "/transport",
                OFFERER,
                Map.of(),
                Map.of("transport", "UNDER_WAY"));
        assertThat(underWay.status()).as(underWay.body()).isEqualTo(200);
        assertThat(underWay.json().path("transport").asString()).isEqualTo("UNDER_WAY");
        assertThat(steps.post(id, "/offers/" + offer + "/deliver", OFFERER, null)
                        .status())
                .isEqualTo(200);
        assertThat(steps.get(id, REQUESTER).json().path("fulfilment").asString())
                .isEqualTo("COMPLETE");
        var closed = steps.post(id, "/close", REQUESTER, Map.of("text", "All four patients arrived"));
        assertThat(closed.json().path("state").asString()).isEqualTo("CLOSED");

        var timeline = api.get("/api/v1/support-requests/" + id + "/timeline", TestAccounts.AUTHORITY)
                .json();
        var actions = new ArrayList<String>();
        timeline.forEach(entry -> actions.add(entry.path("action").asString()));
        assertThat(actions)
                .containsExactly("CREATE", "SUBMIT", "OFFER", "ACCEPT", "UPDATE_TRANSPORT", "DELIVER", "CLOSE");
        assertThat(timeline.get(2).path("actorRegion").asString()).isEqualTo("24");
    }

    @Test
    void inFörstärkningslägeTheSecretariatApprovesBeforeAnOfferIsAccepted() {
        String id = steps.draft(REQUESTER, "25", 3);
        steps.setLevel(REQUESTER, "25", "FORSTARKNINGSLAGE");
        try {
            var submitted = steps.post(id, "/submit", REQUESTER, null);
            assertThat(submitted.json().path("workflow").asString()).isEqualTo("FULL");
        } finally {
            steps.setLevel(REQUESTER, "25", "NORMALLAGE");
        }
        String offer = steps.offer(id, OFFERER, "24", 3);

        assertThat(steps.post(id, "/offers/" + offer + "/accept", REQUESTER, null)
                        .status())
                .isEqualTo(409);
        assertThat(steps.post(id, "/approve", REQUESTER, null).status()).isEqualTo(403);
        var asked = steps.post(id, "/request-information", TestAccounts.NATIONAL, Map.of("text", "Which hospitals?"));
        assertThat(asked.json().path("state").asString()).isEqualTo("NEEDS_INFORMATION");
        var answered = steps.post(id, "/answer", REQUESTER, Map.of("text", "Sunderby and Gällivare"));
        assertThat(answered.json().path("state").asString()).isEqualTo("SUBMITTED");
        var approved = steps.post(id, "/approve", TestAccounts.NATIONAL, null);
        assertThat(approved.json().path("state").asString()).isEqualTo("APPROVED");
        // The path stays FULL though the region is back in normalläge.
        assertThat(approved.json().path("workflow").asString()).isEqualTo("FULL");

        assertThat(steps.post(id, "/offers/" + offer + "/accept", REQUESTER, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/regions/25/preparedness", REQUESTER)
                        .json()
                        .path("current")
                        .asString())
                .isEqualTo("NORMALLAGE");
    }

    @Test
    void ofTwentyParallelAcceptancesOfTheLastOpenUnitExactlyOneWins() throws Exception {
        String id = steps.onTheShortPath(REQUESTER, "25", 1);
        var offers = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            offers.add(steps.offer(id, OFFERER, "24", 1));
        }
        api.tokenFor(REQUESTER);
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<Integer>>();
        for (String offer : offers) {
            calls.add(() -> {
                start.await();
                return steps.post(id, "/offers/" + offer + "/accept", REQUESTER, null)
                        .status();
            });
        }

        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(20);
        try {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
        var request = steps.get(id, REQUESTER).json();
        assertThat(request.path("commitment").asString()).isEqualTo("COMPLETE");
        var acceptedOffers = new ArrayList<String>();
        request.path("offers").forEach(o -> acceptedOffers.add(o.path("state").asString()));
        assertThat(acceptedOffers).filteredOn("ACCEPTED"::equals).hasSize(1);
    }

    @Test
    void anEditWithAStaleVersionIsRefused() {
        String id = steps.draft(REQUESTER, "25", 2);
        String path = "/api/v1/support-requests/" + id;
        String etag = api.get(path, REQUESTER).header("ETag");
        var edit = SupportSteps.transfer("25", 5);

        var first = api.send("PUT", path, REQUESTER, Map.of("If-Match", etag), edit);
        var stale = api.send("PUT", path, REQUESTER, Map.of("If-Match", etag), edit);
        var missing = api.send("PUT", path, REQUESTER, Map.of(), edit);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("items").get(0).path("quantity").asInt()).isEqualTo(5);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void afterOffersTheTextMayChangeButNotTheItems() {
        String id = steps.onTheFullPath(REQUESTER, "25", 2);
        steps.offer(id, OFFERER, "24", 1);
        steps.post(id, "/request-information", TestAccounts.NATIONAL, Map.of("text", "Ventilated?"));
        String path = "/api/v1/support-requests/" + id;
        var clarified = new java.util.HashMap<String, Object>(SupportSteps.transfer("25", 2));
        clarified.put("description", "Both ventilated");

        var moreItems = api.send(
                "PUT",
                path,
                REQUESTER,
                Map.of("If-Match", api.get(path, REQUESTER).header("ETag")),
                SupportSteps.transfer("25", 3));
        var sameItems = api.send(
                "PUT",
                path,
                REQUESTER,
                Map.of("If-Match", api.get(path, REQUESTER).header("ETag")),
                clarified);

        assertThat(moreItems.status()).isEqualTo(409);
        assertThat(sameItems.status()).as(sameItems.body()).isEqualTo(200);
        assertThat(sameItems.json().path("description").asString()).isEqualTo("Both ventilated");
        assertThat(sameItems
                        .json()
                        .path("offers")
                        .get(0)
                        .path("items")
                        .get(0)
                        .path("item")
                        .asString())
                .isEqualTo(sameItems.json().path("items").get(0).path("id").asString());
    }

    @Test
    void refusesUnknownFieldsAndPatientTransfersWithoutCareLevels() {
        var unknown = new java.util.HashMap<String, Object>(SupportSteps.transfer("25", 1));
        unknown.put("patientName", "Anna");
        var byKind = new java.util.HashMap<String, Object>(SupportSteps.transfer("25", 1));
        byKind.put("items", List.of(Map.of("kind", "Anna Andersson", "quantity", 1)));

        var refusedUnknown = api.send("POST", "/api/v1/support-requests", REQUESTER, Map.of(), unknown);
        var refusedKind = api.send("POST", "/api/v1/support-requests", REQUESTER, Map.of(), byKind);

        assertThat(refusedUnknown.status()).isEqualTo(400);
        assertThat(refusedUnknown.errorFields()).containsExactly("patientName");
        assertThat(refusedKind.status()).isEqualTo(400);
        assertThat(refusedKind.errorFields()).containsExactly("items[0].careLevel");
    }

    @Test
    void aDraftIsSeenAndActedOnOnlyByItsRegionAndTheSecretariat() {
        String id = steps.draft(REQUESTER, "25", 1);

        assertThat(steps.get(id, OFFERER).status()).isEqualTo(404);
        assertThat(steps.get(id, TestAccounts.NATIONAL).status()).isEqualTo(200);
        assertThat(steps.post(id, "/offers", OFFERER, steps.offerBody(id, "24", 1))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRegionOffersForItselfOnlyAndNotToItself() {
        String id = steps.onTheShortPath(REQUESTER, "25", 2);

        assertThat(steps.post(id, "/offers", OFFERER, steps.offerBody(id, "01", 1))
                        .status())
                .isEqualTo(403);
        assertThat(steps.post(id, "/offers", REQUESTER, steps.offerBody(id, "25", 1))
                        .status())
                .isEqualTo(403);
        assertThat(steps.post(id, "/offers", TestAccounts.NATIONAL, steps.offerBody(id, "25", 1))
                        .errorFields())
                .containsExactly("region");
        assertThat(steps.post(id, "/offers", TestAccounts.NATIONAL, steps.offerBody(id, "01", 1))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void theBoardFiltersByRegionStateAndType() {
        String id = steps.onTheShortPath(REQUESTER, "25", 1);

        var board = api.get(
                        "/api/v1/support-requests?region=25&state=SUBMITTED&type=PATIENT_TRANSFER",
                        TestAccounts.AUTHORITY)
                .json();
        var ids = new ArrayList<String>();
        board.forEach(r -> {
            assertThat(r.path("requestingRegion").asString()).isEqualTo("25");
            assertThat(r.path("state").asString()).isEqualTo("SUBMITTED");
            ids.add(r.path("id").asString());
        });
        assertThat(ids).contains(id);
    }
}

package se.nspl.support;

import java.util.List;
import java.util.Map;
import se.nspl.Api;
import se.nspl.TestAccounts;

/** The steps of a request through the API, for tests that need a request at some point of its way. */
public final class SupportSteps {

    private static final String BASE = "/api/v1/support-requests";

    private final Api api;

    public SupportSteps(Api api) {
        this.api = api;
    }

    /** A patient transfer of {@code icu} intensive-care patients, as a draft of the region. */
    public String draft(String username, String region, int icu) {
        var response = api.send("POST", BASE, username, Map.of(), transfer(region, icu));
        expect(response, 201);
        return response.json().path("id").asString();
    }

    /**
     * A submitted patient transfer of the region on the short path: the region is set to
     * normalläge first, as other tests may have left it raised.
     */
    public String onTheShortPath(String coordinator, String region, int icu) {
        String id = draft(coordinator, region, icu);
        setLevel(coordinator, region, "NORMALLAGE");
        expect(post(id, "/submit", coordinator, null), 200);
        return id;
    }

    /**
     * A submitted request of the region on the full path: the region is raised to
     * förstärkningsläge for the submission and set back to normalläge at once.
     */
    public String onTheFullPath(String coordinator, String region, int icu) {
        String id = draft(coordinator, region, icu);
        setLevel(coordinator, region, "FORSTARKNINGSLAGE");
        try {
            expect(post(id, "/submit", coordinator, null), 200);
        } finally {
            setLevel(coordinator, region, "NORMALLAGE");
        }
        return id;
    }

    public void setLevel(String coordinator, String region, String level) {
        expect(
                api.send(
                        "PUT",
                        "/api/v1/regions/" + region + "/preparedness",
                        coordinator,
                        Map.of(),
                        Map.of("level", level)),
                200);
    }

    /** An offer of {@code icu} intensive-care beds for the request's first item. */
    public String offer(String id, String username, String region, int icu) {
        var response = post(id, "/offers", username, offerBody(id, region, icu));
        expect(response, 201);
        return response.json().path("id").asString();
    }

    public Map<String, Object> offerBody(String id, String region, int icu) {
        return Map.of("region", region, "items", List.of(Map.of("item", firstItem(id), "quantity", icu)));
    }

    public String firstItem(String id) {
        return api.get(BASE + "/" + id, TestAccounts.NATIONAL)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();
    }

    public Api.Response post(String id, String step, String username, Object body) {
        return api.send("POST", BASE + "/" + id + step, username, Map.of(), body);
    }

    public Api.Response get(String id, String username) {
        return api.get(BASE + "/" + id, username);
    }

    public static Map<String, Object> transfer(String region, int icu) {
        return Map.of(
                "type",
                "PATIENT_TRANSFER",
                "region",
                region,
                "title",
                "Take " + icu + " intensive-care patients",
                "urgency",
                "WITHIN_24H",
                "items",
                List.of(Map.of("careLevel", "ICU", "quantity", icu)));
    }

    public static void expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response);
        }
    }
}

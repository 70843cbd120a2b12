package se.nspl.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.nspl.Api;

/** The steps tests take with the planning register through the API. */
public final class PlanningSteps {

    public static final String ITEMS = "/api/v1/planning-items";

    private final Api api;

    public PlanningSteps(Api api) {
        this.api = api;
    }

    /** An item of the region (null: national) as a body, due on the date. */
    public static Map<String, Object> item(String region, String title, String dueOn) {
        var body = new HashMap<String, Object>();
        body.put("area", "ICU_CAPACITY");
        body.put("region", region);
        body.put("title", title);
        body.put("gap", "Tolv platser saknas");
        body.put("owner", "IVA-chef");
        body.put("organisation", "Region Västerbotten");
        body.put("status", "IN_PROGRESS");
        body.put("dueOn", dueOn);
        body.put("linkedRuns", List.of());
        return body;
    }

    /** A new item of region 24 by its coordinator; the response (201). */
    public Api.Response create(String username, Map<String, Object> body) {
        var response = api.send("POST", ITEMS, username, Map.of(), body);
        if (response.status() != 201) {
            throw new IllegalStateException("POST " + ITEMS + " answered " + response);
        }
        return response;
    }

    public String itemOf24(String username) {
        return create(username, item("24", "Matris", "2030-01-31"))
                .json()
                .path("item")
                .path("id")
                .asString();
    }
}

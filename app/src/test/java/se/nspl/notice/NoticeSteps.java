package se.nspl.notice;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.nspl.Api;

/** Notices sent through the API, for tests that need one. */
public final class NoticeSteps {

    public static final String BASE = "/api/v1/notices";

    private final Api api;

    public NoticeSteps(Api api) {
        this.api = api;
    }

    /** A notice to every region asking for acknowledgement within a day; its id. */
    public String toAllRegions(String sender, String subject) {
        return send(sender, body(subject, Map.of("allRegions", true)));
    }

    /** A notice to the regions asking for acknowledgement within a day; its id. */
    public String toRegions(String sender, String subject, String... regions) {
        return send(sender, body(subject, Map.of("regions", List.of(regions))));
    }

    public static Map<String, Object> body(String subject, Map<String, Object> recipients) {
        var body = new HashMap<String, Object>(recipients);
        body.put("subject", subject);
        body.put("body", "Kontrollera era reservkraftaggregat och kvittera.\nRad två.");
        body.put("priority", "IMPORTANT");
        body.put("acknowledgementRequired", true);
        body.put("acknowledgeBy", Instant.now().plusSeconds(86_400).toString());
        return body;
    }

    public String send(String sender, Map<String, Object> body) {
        var response = api.send("POST", BASE, sender, Map.of(), body);
        if (response.status() != 201) {
            throw new IllegalStateException("sending a notice answered " + response);
        }
        return response.json().path("notice").path("id").asString();
    }

    public Api.Response acknowledge(String id, String username) {
        return api.send("POST", BASE + "/" + id + "/acknowledge", username, Map.of(), null);
    }
}

package se.nspl.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.nspl.Api;
import se.nspl.TestAccounts;
import se.nspl.WebSession;

/**
 * The calls of the write authorisation matrix for notices and contacts, each aimed at region 24
 * (Västerbotten): a notice to 24 to acknowledge, a notice of 24 to remind of, 24's contact card.
 * The matrix says through {@link Records} whether a call gets a notice of its own or the row's shared one.
 */
public final class NoticeMatrixCalls {

    /** Sends a request as the caller under test. */
    @FunctionalInterface
    public interface Caller {
        Api.Response send(String method, String path, Map<String, String> headers, Object body);
    }

    /** The notice a call aims at: made by {@code make}, or one made earlier for the same row. */
    @FunctionalInterface
    public interface Records {
        String of(Supplier<String> make);
    }

    private final Api api;
    private final NoticeSteps steps;

    public NoticeMatrixCalls(Api api) {
        this.api = api;
        this.steps = new NoticeSteps(api);
    }

    public Api.Response api(String endpoint, Caller caller, Records records) {
        return switch (endpoint) {
            case "POST /api/v1/notices" ->
                caller.send(
                        "POST",
                        NoticeSteps.BASE,
                        Map.of(),
                        NoticeSteps.body("Matris", Map.of("regions", List.of("25"))));
            case "POST /api/v1/notices/{id}/acknowledge" ->
                caller.send(
                        "POST",
                        NoticeSteps.BASE + "/" + records.of(this::toVästerbotten) + "/acknowledge",
                        Map.of(),
                        null);
            case "POST /api/v1/notices/{id}/reminders" ->
                caller.send(
                        "POST",
                        NoticeSteps.BASE + "/" + records.of(this::fromVästerbotten) + "/reminders",
                        Map.of(),
                        null);
            case "PUT /api/v1/contacts/{party}" ->
                caller.send(
                        "PUT",
                        "/api/v1/contacts/24",
                        Map.of("If-Match", "\"" + cardVersion() + "\""),
                        Map.of("dutyPhone", "08-465 004 24"));
            case "POST /api/v1/contacts/{party}/verify" ->
                caller.send(
                        "POST",
                        "/api/v1/contacts/24/verify",
                        Map.of("If-Match", "\"" + savedCardVersion() + "\""),
                        null);
            default -> throw new IllegalArgumentException("no call for " + endpoint);
        };
    }

    public Api.Response page(String endpoint, WebSession session, Records records) {
        return switch (endpoint) {
            case "POST /notices" ->
                session.post("/notices", Map.of("subject", "Matris", "body", "Text", "regions", "25"));
            case "POST /notices/{id}/acknowledge" ->
                session.post("/notices/" + records.of(this::toVästerbotten) + "/acknowledge", Map.of());
            case "POST /notices/{id}/reminders" ->
                session.post("/notices/" + records.of(this::fromVästerbotten) + "/reminders", Map.of());
            case "POST /contacts/{party}" -> {
                var fields = new HashMap<String, String>();
                fields.put("version", Long.toString(cardVersion()));
                fields.put("dutyPhone", "08-465 004 24");
                yield session.post("/contacts/24", fields);
            }
            case "POST /contacts/{party}/verify" ->
                session.post("/contacts/24/verify", Map.of("version", Long.toString(savedCardVersion())));
            default -> throw new IllegalArgumentException("no form for " + endpoint);
        };
    }

    private String toVästerbotten() {
        return steps.toRegions(TestAccounts.NATIONAL, "Matris till 24", "24");
    }

    private String fromVästerbotten() {
        return steps.toRegions(TestAccounts.VASTERBOTTEN, "Matris från 24", "25");
    }

    private long cardVersion() {
        return Long.parseLong(api.get("/api/v1/contacts/24", TestAccounts.ADMIN)
                .header("ETag")
                .replace("\"", ""));
    }

    /** The version of 24's card, saved first if it never was: only a saved card is confirmed. */
    private long savedCardVersion() {
        long version = cardVersion();
        if (version > 0) {
            return version;
        }
        var saved = api.send(
                "PUT",
                "/api/v1/contacts/24",
                TestAccounts.ADMIN,
                Map.of("If-Match", "\"0\""),
                Map.of("dutyPhone", "08-465 004 24"));
        if (saved.status() != 200) {
            throw new IllegalStateException("saving 24's card answered " + saved);
        }
        return cardVersion();
    }
}

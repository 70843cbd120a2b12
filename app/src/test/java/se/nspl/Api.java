package se.nspl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: the API as an outside system sees it, over a real socket. */
public final class Api {

    /** A response with its body parsed as JSON when it is JSON. */
    public record Response(int status, Map<String, String> headers, String body) {

        static Response of(HttpResponse<String> response) {
            var headers = new HashMap<String, String>();
            response.headers()
                    .map()
                    .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            return new Response(response.statusCode(), headers, response.body());
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        /** The field paths named in a problem detail's {@code errors}. */
        public java.util.List<String> errorFields() {
            var fields = new java.util.ArrayList<String>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final Map<String, String> tokens = new HashMap<>();

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A bearer token for the user, fetched once per test class through the token endpoint. */
    public String tokenFor(String username) {
        return tokens.computeIfAbsent(username, user -> {
            var response = send(
                    "POST",
                    "/api/v1/auth/token",
                    null,
                    Map.of(),
                    Map.of("username", user, "password", TestAccounts.PASSWORD));
            if (response.status() != 200) {
                throw new IllegalStateException("no token for " + user + ": " + response);
            }
            return response.json().path("token").asString();
        });
    }

    /** Drops the user's token, e.g. after a logout ended it: the next call as the user fetches a new one. */
    public void forget(String username) {
        tokens.remove(username);
    }

    /**
     * A hospital of Västerbotten (24) of this test's own, named {@code name} and a random suffix:
     * tests share one database, and reports to a unit no other test knows cannot disturb them.
     */
    public String newHospital(String name) {
        String path = "/api/v1/hospitals";
        var response = send(
                "POST",
                path,
                TestAccounts.ADMIN,
                Map.of(),
                Map.of(
                        "name",
                        name + " " + UUID.randomUUID(),
                        "region",
                        "24",
                        "city",
                        "Vilhelmina",
                        "lat",
                        64.62,
                        "lon",
                        16.65,
                        "university",
                        false));
        if (response.status() != 201) {
            throw new IllegalStateException(path + " answered " + response);
        }
        return response.json().path("id").asString();
    }

    /** An active reporting unit of the hospital; {@code kind} as in {@code UnitKind}. */
    public String newUnit(String hospitalId, String kind, String name) {
        String path = "/api/v1/units";
        var response = send(
                "POST",
                path,
                TestAccounts.ADMIN,
                Map.of(),
                Map.of("hospitalId", hospitalId, "name", name, "kind", kind, "active", true));
        if (response.status() != 201) {
            throw new IllegalStateException(path + " answered " + response);
        }
        return response.json().path("id").asString();
    }

    /**
     * A report of a unit of {@link #newHospital} (so Västerbotten's), observed at {@code observedAt}
     * with {@code body}'s levels, from Västerbotten's coordinator; returns its id.
     */
    public String newReport(String unit, java.time.Instant observedAt, Map<String, Object> body) {
        var withTime = new HashMap<>(body);
        withTime.put("observedAt", observedAt.toString());
        String path = "/api/v1/units/" + unit + "/reports";
        var response = send("POST", path, TestAccounts.VASTERBOTTEN, Map.of(), withTime);
        if (response.status() != 201) {
            throw new IllegalStateException(path + " answered " + response);
        }
        return response.json().path("id").asString();
    }

    /** A correction of the report (its first version) with {@code body}, from Västerbotten's coordinator; returns its id. */
    public String newCorrection(String report, Map<String, Object> body) {
        var response = send(
                "POST",
                "/api/v1/reports/" + report + "/corrections",
                TestAccounts.VASTERBOTTEN,
                Map.of("If-Match", "\"0\""),
                body);
        if (response.status() != 201) {
            throw new IllegalStateException("the correction of " + report + " answered " + response);
        }
        return response.json().path("id").asString();
    }

    public Response get(String path, String username) {
        return send("GET", path, username, Map.of(), null);
    }

    public Response send(String method, String path, String username, Map<String, String> headers, Object body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (username != null) {
            request.header("Authorization", "Bearer " + tokenFor(username));
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            if (!headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.method(method, BodyPublishers.ofString(text));
        }
        try {
            return Response.of(http.send(request.build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package se.nspl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser session without a browser: cookies, CSRF tokens and form posts, for page tests. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    public WebSession(int port) {
        this(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build(),
                port);
    }

    private WebSession(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /** The same browser (its cookies, so its session) talking to another node on {@code port}. */
    public WebSession onPort(int port) {
        return new WebSession(http, port);
    }

    /** Logs in through the login form, as a person would. */
    public static WebSession loggedIn(int port, String username) {
        var session = new WebSession(port);
        var response = session.post("/login", Map.of("username", username, "password", TestAccounts.PASSWORD));
        if (response.status() != 302 || response.header("Location").contains("error")) {
            throw new IllegalStateException("login failed for " + username + ": " + response);
        }
        return session;
    }

    public Api.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with a CSRF token taken from a page of this session, as the browser would. */
    public Api.Response post(String path, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken());
        String body = withToken.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)));
    }

    private String csrfToken() {
        var page = get("/login");
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return matcher.group(1);
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            return Api.Response.of(
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.ADMIN;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.ANONYMOUS;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.API_KEY;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.AUTHORITY;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.FINANCE;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.NATIONAL;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.OTHER_REGION;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.OWN_REGION;
import static se.nspl.security.WriteAuthorisationMatrixTest.Who.REPORTER;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.nspl.Api;
import se.nspl.ApiTest;
import se.nspl.TestAccounts;
import se.nspl.WebSession;
import se.nspl.distribution.DistributionSteps;
import se.nspl.notice.NoticeSteps;
import se.nspl.planning.PlanningSteps;
import se.nspl.scenario.ScenarioSteps;
import se.nspl.security.WriteAuthorisationMatrixTest.Who;
import se.nspl.support.SupportSteps;

/**
 * Every read endpoint, API and page, against every kind of caller, as
 * {@link WriteAuthorisationMatrixTest} does for writes. The resource read is Västerbotten's (24)
 * where it belongs to a region. Beyond the status, every answer to another region (Stockholm, 01),
 * an authority and finance is searched for the ids of 24's confidential records — a draft support
 * request, a notice from 24 to Norrbotten (25), 24's API key and a notification to 24 — which
 * none of them may see. {@link #everyReadEndpointIsInTheMatrix()} fails when a read endpoint is
 * added without a row here.
 */
class ReadAuthorisationMatrixTest extends ApiTest {

    /** A row: who is answered (200, or a redirect not to the login), and how the others are refused. */
    record Row(Set<Who> allowed, int refusal) {}

    static final Map<String, Row> API = new LinkedHashMap<>();
    static final Map<String, Row> PAGES = new LinkedHashMap<>();

    /** Reads open to everyone by design, with the reason. */
    static final Map<String, String> PUBLIC = Map.of("GET /login", "the login form");

    /** Pages of the caller's own login (its second factor): they are checked to need a login at all. */
    static final Map<String, String> OWN_LOGIN = Map.of("GET /mfa", "the code after the password");

    /** Answers that never end (Server-Sent Events): checked to need a login, and to start for a reader. */
    static final Map<String, String> STREAMS =
            Map.of("GET /picture/stream", "the picture's live updates (SSE); every logged-in person");

    private static final Set<Who> EVERYONE =
            EnumSet.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION, AUTHORITY, FINANCE, REPORTER, API_KEY);
    private static final Set<Who> SECRETARIAT = EnumSet.of(ADMIN, NATIONAL);
    private static final Set<Who> SECRETARIAT_AND_24 = EnumSet.of(ADMIN, NATIONAL, OWN_REGION);
    /** Region 24's people (its coordinator, its reporter, its API key) and the secretariat. */
    private static final Set<Who> REGION_24 = EnumSet.of(ADMIN, NATIONAL, OWN_REGION, REPORTER, API_KEY);

    private static final Set<Who> COORDINATORS = EnumSet.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION);
    private static final Set<Who> SCENARIO_READERS = EnumSet.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION, AUTHORITY);
    private static final Set<Who> FINANCE_KEY_READERS = EnumSet.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION, FINANCE);

    private static void api(String endpoint, Set<Who> allowed) {
        API.put(endpoint, new Row(allowed, 403));
    }

    private static void api(String endpoint, Set<Who> allowed, int refusal) {
        API.put(endpoint, new Row(allowed, refusal));
    }

    private static void page(String endpoint, Set<Who> allowed) {
        PAGES.put(endpoint, new Row(without(allowed, API_KEY), 403));
    }

    private static void page(String endpoint, Set<Who> allowed, int refusal) {
        PAGES.put(endpoint, new Row(without(allowed, API_KEY), refusal));
    }

    private static Set<Who> without(Set<Who> who, Who left) {
        var rest = EnumSet.noneOf(Who.class);
        rest.addAll(who);
        rest.remove(left);
        return rest;
    }

    static {
        // The registry is shared reference information (docs/security.md).
        api("GET /api/v1/regions", EVERYONE);
        api("GET /api/v1/regions/{code}", EVERYONE);
        api("GET /api/v1/hospitals", EVERYONE);
        api("GET /api/v1/hospitals/{id}", EVERYONE);
        api("GET /api/v1/units", EVERYONE);
        api("GET /api/v1/units/{id}", EVERYONE);
        api("GET /api/v1/organisations", EVERYONE);
        // Capacity: the national picture is everyone's.
        api("GET /api/v1/regions/{code}/preparedness", EVERYONE);
        api("GET /api/v1/reports/overdue", EVERYONE);
        api("GET /api/v1/reports/{id}", EVERYONE);
        api("GET /api/v1/units/{id}/reports", EVERYONE);
        api("GET /api/v1/units/{id}/reports/current", EVERYONE);
        api("GET /api/v1/edxl-have", EVERYONE);
        api("GET /fhir/MeasureReport", EVERYONE);
        api("GET /fhir/MeasureReport/{id}", EVERYONE);
        api("GET /fhir/MeasureReport/$current", EVERYONE);
        api("GET /api/v1/picture", EVERYONE);
        api("GET /api/v1/picture/regions/{code}", EVERYONE);
        api("GET /api/v1/picture/hospitals/{id}", EVERYONE);
        api("GET /api/v1/picture/alerts", EVERYONE);
        api("GET /api/v1/picture/report.csv", EVERYONE);
        api("GET /api/v1/picture/report.pdf", EVERYONE);
        // Accounts: administrators; API keys: each region its own, administrators all.
        api("GET /api/v1/accounts", EnumSet.of(ADMIN));
        api("GET /api/v1/api-keys", EnumSet.of(ADMIN, OWN_REGION, OTHER_REGION));
        // Support: a draft is its region's and the secretariat's; the board is everyone's.
        api("GET /api/v1/support-requests", EVERYONE);
        api("GET /api/v1/support-requests/{id}", REGION_24, 404);
        api("GET /api/v1/support-requests/{id}/timeline", REGION_24, 404);
        api("GET /api/v1/support-mode", EVERYONE);
        // Notices: the notice from 24 to 25 is read by the secretariat and 24's and 25's people.
        api("GET /api/v1/notices", EVERYONE);
        api("GET /api/v1/notices/{id}", EnumSet.of(ADMIN, NATIONAL, OWN_REGION, REPORTER, API_KEY), 404);
        api("GET /api/v1/notices/{id}/reminders", SECRETARIAT_AND_24, 404);
        api("GET /api/v1/contacts", EVERYONE);
        api("GET /api/v1/contacts/{party}", EVERYONE);
        api("GET /api/v1/contacts/directory.pdf", EVERYONE);
        api("GET /api/v1/governance/meetings", EVERYONE);
        api("GET /api/v1/governance/meetings/{id}", EVERYONE);
        api("GET /api/v1/governance/milestones", EVERYONE);
        api("GET /api/v1/governance/milestones/{id}", EVERYONE);
        api("GET /api/v1/governance/participation", EVERYONE);
        // Finance (docs/finance.md): the key for coordinators and finance; 24's invoice for 24.
        api("GET /api/v1/finance/budgets", FINANCE_KEY_READERS);
        api("GET /api/v1/finance/years/{year}", FINANCE_KEY_READERS);
        api("GET /api/v1/finance/years/{year}/budget", FINANCE_KEY_READERS);
        api("GET /api/v1/finance/years/{year}/invoices/{code}", EnumSet.of(ADMIN, FINANCE, OWN_REGION));
        api("GET /api/v1/finance/years/{year}/invoices/{code}.pdf", EnumSet.of(ADMIN, FINANCE, OWN_REGION));
        api("GET /api/v1/finance/years/{year}/invoices.csv", EnumSet.of(ADMIN, FINANCE));
        // Transport register: everyone; plans: the secretariat and authorities (docs/distribution.md).
        api("GET /api/v1/transport-units", EVERYONE);
        api("GET /api/v1/transport-units/{id}", EVERYONE);
        api("GET /api/v1/distribution-plans", EnumSet.of(ADMIN, NATIONAL, AUTHORITY));
        api("GET /api/v1/distribution-plans/{id}", EnumSet.of(ADMIN, NATIONAL, AUTHORITY));
        api("GET /api/v1/distribution-plans/{id}/problem", EnumSet.of(ADMIN, NATIONAL, AUTHORITY));
        // Scenarios (docs/scenarios.md): coordinators, the secretariat and authorities.
        api("GET /api/v1/scenarios", SCENARIO_READERS);
        api("GET /api/v1/scenarios/{id}", SCENARIO_READERS);
        api("GET /api/v1/scenarios/{id}/runs", SCENARIO_READERS);
        api("GET /api/v1/scenario-runs/{run}", SCENARIO_READERS);
        api("GET /api/v1/scenario-runs/{run}/result", SCENARIO_READERS);
        // Planning register: everyone logged in.
        api("GET /api/v1/planning-items", EVERYONE);
        api("GET /api/v1/planning-items/matrix", EVERYONE);
        api("GET /api/v1/planning-items/{id}", EVERYONE);

        page("GET /", EVERYONE);
        page("GET /regions", EVERYONE);
        page("GET /regions/{code}", EVERYONE);
        page("GET /hospitals", EVERYONE);
        page("GET /hospitals/{id}", EVERYONE);
        page("GET /hospitals/new", EnumSet.of(ADMIN, OWN_REGION));
        page("GET /hospitals/{id}/edit", EnumSet.of(ADMIN, OWN_REGION));
        page("GET /units/new", EnumSet.of(ADMIN, OWN_REGION));
        page("GET /units/{id}/edit", EnumSet.of(ADMIN, OWN_REGION));
        page("GET /report", EnumSet.of(OWN_REGION, OTHER_REGION, REPORTER));
        page("GET /report/quick", EnumSet.of(OWN_REGION, OTHER_REGION, REPORTER));
        page("GET /units/{id}/report", EnumSet.of(OWN_REGION, REPORTER));
        page("GET /picture", EVERYONE);
        page("GET /picture/alerts", EVERYONE);
        page("GET /picture/live", EVERYONE);
        page("GET /picture/regions/{code}", EVERYONE);
        page("GET /picture/hospitals/{id}", EVERYONE);
        page("GET /picture/report.csv", EVERYONE);
        page("GET /picture/report.pdf", EVERYONE);
        page("GET /admin/accounts", EnumSet.of(ADMIN));
        page("GET /admin/audit", EnumSet.of(ADMIN));
        page("GET /support", EVERYONE);
        page("GET /support/new", COORDINATORS);
        page("GET /support/{id}", REGION_24, 404);
        page("GET /notices", EVERYONE);
        page("GET /notices/new", COORDINATORS);
        page("GET /notices/{id}", EnumSet.of(ADMIN, NATIONAL, OWN_REGION, REPORTER), 404);
        page("GET /notifications", EVERYONE);
        page("GET /notifications/count", EVERYONE);
        page("GET /notifications/{id}", EnumSet.of(OWN_REGION), 404);
        page("GET /contacts", EVERYONE);
        page("GET /contacts/directory.pdf", EVERYONE);
        page("GET /contacts/{party}/edit", SECRETARIAT_AND_24);
        page("GET /governance", EVERYONE);
        page("GET /finance", FINANCE_KEY_READERS);
        page("GET /finance/{year}/invoices.csv", EnumSet.of(ADMIN, FINANCE));
        page("GET /finance/{year}/invoices/{code}.pdf", EnumSet.of(ADMIN, FINANCE, OWN_REGION));
        page("GET /transport", EVERYONE);
        page("GET /transport/new", COORDINATORS);
        page("GET /transport/{id}/edit", SECRETARIAT_AND_24);
        page("GET /distribution", EnumSet.of(ADMIN, NATIONAL, AUTHORITY));
        page("GET /distribution/plans/{id}", EnumSet.of(ADMIN, NATIONAL, AUTHORITY));
        page("GET /distribution/plans/{id}/status", EnumSet.of(ADMIN, NATIONAL, AUTHORITY));
        page("GET /scenarios", SCENARIO_READERS);
        page("GET /scenarios/{id}", SCENARIO_READERS);
        page("GET /scenarios/{id}/edit", SECRETARIAT_AND_24);
        page("GET /scenario-runs/compare", SCENARIO_READERS);
        page("GET /scenario-runs/{run}", SCENARIO_READERS);
        page("GET /scenario-runs/{run}/csv", SCENARIO_READERS);
        page("GET /scenario-runs/{run}/pdf", SCENARIO_READERS);
        page("GET /scenario-runs/{run}/progress", SCENARIO_READERS);
        page("GET /planning", EVERYONE);
        page("GET /planning/items", EVERYONE);
        page("GET /planning/items.csv", EVERYONE);
        page("GET /planning/pdf", EVERYONE);
        page("GET /planning/items/new", COORDINATORS);
        page("GET /planning/items/{id}", EVERYONE);
        page("GET /planning/items/{id}/edit", SECRETARIAT_AND_24);
    }

    /** The records read, made once for the whole matrix: all of them Västerbotten's (24) where regional. */
    private static final class Fixture {
        String hospital;
        String unit;
        String report;
        String apiKey;
        String apiKeyId;
        String draft;
        String notice;
        String notification;
        String scenario;
        String run;
        String plan;
        String transport;
        String item;
        String meeting;
        String milestone;
    }

    private static final int YEAR = 2091;
    private static final Pattern NOTIFICATION = Pattern.compile("/notifications/([0-9a-f-]{36})");
    private static Fixture fixture;
    private static final Map<Who, WebSession> SESSIONS = new EnumMap<>(Who.class);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void setUp() {
        if (fixture != null) {
            return;
        }
        var f = new Fixture();
        f.hospital = api.get("/api/v1/hospitals?region=24&q=lycksele", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        f.unit = api.get("/api/v1/units?hospital=" + f.hospital + "&kind=WARD", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        f.report = created(api.send(
                        "POST",
                        "/api/v1/units/" + f.unit + "/reports",
                        TestAccounts.VASTERBOTTEN,
                        Map.of(),
                        WriteAuthorisationMatrixTest.WARD_REPORT))
                .path("id")
                .asString();
        var key = created(api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of("name", "lasmatris-" + System.nanoTime(), "region", "24")));
        f.apiKey = key.path("key").asString();
        f.apiKeyId = key.path("id").asString();
        f.draft = new SupportSteps(api).draft(TestAccounts.VASTERBOTTEN, "24", 2);
        var notices = new NoticeSteps(api);
        f.notice = notices.toRegions(TestAccounts.VASTERBOTTEN, "Läsmatris från 24", "25");
        // a request submitted by 25 tells every other region: 24 has a notification
        new SupportSteps(api).onTheShortPath(TestAccounts.NORRBOTTEN, "25", 1);
        var listed =
                NOTIFICATION.matcher(session(OWN_REGION).get("/notifications").body());
        f.notification = listed.find() ? listed.group(1) : null;
        var scenarios = new ScenarioSteps(api);
        f.scenario = scenarios.create(TestAccounts.VASTERBOTTEN);
        f.run = created(scenarios.run(f.scenario, TestAccounts.VASTERBOTTEN, false))
                .path("id")
                .asString();
        scenarios.finished(f.run, TestAccounts.VASTERBOTTEN);
        var distribution = new DistributionSteps(api);
        f.plan = distribution.startPlan(f.hospital, 1);
        f.transport = distribution.ambulances("24", f.hospital, 1).path("id").asString();
        f.item = new PlanningSteps(api).itemOf24(TestAccounts.VASTERBOTTEN);
        f.meeting = created(api.send(
                        "POST",
                        "/api/v1/governance/meetings",
                        TestAccounts.NATIONAL,
                        Map.of(),
                        Map.of("heldOn", "2025-02-12", "title", "Läsmatris", "decisions", List.of("Beslut"))))
                .path("id")
                .asString();
        f.milestone = created(api.send(
                        "POST",
                        "/api/v1/governance/milestones",
                        TestAccounts.NATIONAL,
                        Map.of(),
                        Map.of("title", "Läsmatris", "plannedOn", "2026-01-01")))
                .path("id")
                .asString();
        var budget = "/api/v1/finance/years/" + YEAR + "/budget";
        if (api.get(budget, TestAccounts.ADMIN).status() == 404) {
            created(api.send("PUT", budget, TestAccounts.FINANCE, Map.of(), Map.of("amountSek", "1000000.00")));
        }
        // 24 takes part, so that it has an invoice (set back after the matrix)
        var region = api.get("/api/v1/regions/24", TestAccounts.ADMIN);
        participation = region.json().path("participation");
        restoreWith = api;
        if (!participation.path("status").asString().equals("YES")) {
            created(api.send(
                    "PUT",
                    "/api/v1/regions/24/participation",
                    TestAccounts.ADMIN,
                    Map.of("If-Match", region.header("ETag")),
                    Map.of("status", "YES", "decidedOn", "2024-06-01")));
        }
        fixture = f;
    }

    private static tools.jackson.databind.JsonNode participation;
    private static Api restoreWith;

    @AfterAll
    static void setParticipationBack() {
        if (participation != null && !participation.path("status").asString().equals("YES")) {
            var region = restoreWith.get("/api/v1/regions/24", TestAccounts.ADMIN);
            restoreWith.send(
                    "PUT",
                    "/api/v1/regions/24/participation",
                    TestAccounts.ADMIN,
                    Map.of("If-Match", region.header("ETag")),
                    participation);
        }
    }

    private static tools.jackson.databind.JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }

    @Test
    void everyReadEndpointIsInTheMatrix() {
        var reads = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().forEach(p -> reads.add("GET " + p));
            }
        });
        // Spring's own error page and the OpenAPI description are not the platform's endpoints
        reads.removeIf(
                r -> r.equals("GET /error") || r.startsWith("GET /v3/api-docs") || r.startsWith("GET /swagger-ui"));

        var covered = new TreeSet<String>();
        covered.addAll(API.keySet());
        covered.addAll(PAGES.keySet());
        covered.addAll(PUBLIC.keySet());
        covered.addAll(OWN_LOGIN.keySet());
        covered.addAll(STREAMS.keySet());
        assertThat(covered).containsAll(reads);
        assertThat(reads).containsAll(covered);
    }

    @TestFactory
    Stream<DynamicTest> apiReads() {
        return API.entrySet().stream()
                .flatMap(row -> Arrays.stream(Who.values())
                        .map(who -> DynamicTest.dynamicTest(
                                row.getKey() + " as " + who + " → " + expected(row.getValue(), who, 401), () -> {
                                    var response = callApi(path(row.getKey()), who);
                                    check(row.getValue(), who, response, 401);
                                })));
    }

    @TestFactory
    Stream<DynamicTest> pageReads() {
        return PAGES.entrySet().stream()
                .flatMap(row -> Arrays.stream(Who.values())
                        .filter(who -> who != API_KEY)
                        .map(who -> DynamicTest.dynamicTest(
                                row.getKey() + " as " + who + " → " + expected(row.getValue(), who, 302), () -> {
                                    var response = session(who).get(path(row.getKey()));
                                    check(row.getValue(), who, response, 302);
                                })));
    }

    @TestFactory
    Stream<DynamicTest> publicAndOwnLoginPages() {
        return Stream.of(
                DynamicTest.dynamicTest(
                        "GET /login as ANONYMOUS → 200",
                        () -> assertThat(new WebSession(port).get("/login").status())
                                .isEqualTo(200)),
                DynamicTest.dynamicTest(
                        "GET /mfa as ANONYMOUS → login",
                        () -> assertThat(new WebSession(port).get("/mfa").header("Location"))
                                .endsWith("/login")),
                DynamicTest.dynamicTest(
                        "GET /picture/stream as ANONYMOUS → login",
                        () -> assertThat(new WebSession(port)
                                        .get("/picture/stream")
                                        .header("Location"))
                                .endsWith("/login")));
    }

    private static String expected(Row row, Who who, int anonymous) {
        return who == ANONYMOUS
                ? String.valueOf(anonymous)
                : row.allowed().contains(who) ? "allowed" : String.valueOf(row.refusal());
    }

    private void check(Row row, Who who, Api.Response response, int anonymous) {
        if (who == ANONYMOUS) {
            assertThat(response.status()).as(response.body()).isEqualTo(anonymous);
            if (anonymous == 302) {
                assertThat(response.header("Location")).endsWith("/login");
            }
            return;
        }
        if (row.allowed().contains(who)) {
            assertThat(response.status()).as(response.body()).isBetween(200, 399);
            if (response.status() == 302) {
                assertThat(response.header("Location")).doesNotContain("/login");
            }
        } else {
            // a record the caller may not see may also be refused outright: 403 stands for 404
            assertThat(response.status())
                    .as(response.body())
                    .isIn(row.refusal() == 404 ? List.of(403, 404) : List.of(403));
        }
        if ((who == OTHER_REGION || who == AUTHORITY || who == FINANCE) && response.status() == 200) {
            // 24's confidential records are in no answer to them (a refusal may repeat the id asked for)
            var confidential = Stream.of(fixture.draft, fixture.notice, fixture.apiKeyId, fixture.notification)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            assertThat(response.body()).doesNotContain(confidential);
        }
    }

    private String path(String endpoint) {
        var f = fixture;
        String template = endpoint.substring("GET ".length());
        String id = switch (template.replaceAll("/\\{id}.*", "")) {
            case "/api/v1/hospitals", "/hospitals", "/api/v1/picture/hospitals", "/picture/hospitals" -> f.hospital;
            case "/api/v1/units", "/units" -> f.unit;
            case "/api/v1/reports" -> f.report;
            case "/fhir/MeasureReport" -> f.report;
            case "/api/v1/support-requests", "/support" -> f.draft;
            case "/api/v1/notices", "/notices" -> f.notice;
            case "/notifications" -> f.notification;
            case "/api/v1/governance/meetings" -> f.meeting;
            case "/api/v1/governance/milestones" -> f.milestone;
            case "/api/v1/transport-units", "/transport" -> f.transport;
            case "/api/v1/distribution-plans", "/distribution/plans" -> f.plan;
            case "/api/v1/scenarios", "/scenarios" -> f.scenario;
            case "/api/v1/planning-items", "/planning/items" -> f.item;
            default -> "no-id";
        };
        String path = template.replace("{id}", String.valueOf(id))
                .replace("{code}", "24")
                .replace("{party}", "24")
                .replace("{year}", String.valueOf(YEAR))
                .replace("{run}", f.run);
        return switch (path) {
            case "/api/v1/edxl-have" -> path + "?region=24";
            case "/fhir/MeasureReport", "/fhir/MeasureReport/$current" -> path + "?subject=Location/" + f.unit;
            case "/hospitals/new" -> path + "?region=24";
            case "/units/new" -> path + "?hospital=" + f.hospital;
            case "/api/v1/reports/overdue" -> path + "?region=24";
            case "/finance" -> path + "?year=" + YEAR;
            case "/scenario-runs/compare" -> path + "?a=" + f.run + "&b=" + f.run;
            default -> path;
        };
    }

    private Api.Response callApi(String path, Who who) {
        if (who == API_KEY || who == ANONYMOUS) {
            return api.send(
                    "GET",
                    path,
                    null,
                    who == API_KEY ? Map.of("Authorization", "Bearer " + fixture.apiKey) : Map.of(),
                    null);
        }
        return api.get(path, who.username);
    }

    /** One logged-in session per kind of caller, for the whole matrix (reads change no session). */
    private WebSession session(Who who) {
        if (who == ANONYMOUS) {
            return new WebSession(port);
        }
        return SESSIONS.computeIfAbsent(who, w -> WebSession.loggedIn(port, w.username));
    }
}

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import se.nspl.notice.NoticeMatrixCalls;
import se.nspl.planning.PlanningSteps;
import se.nspl.scenario.ScenarioSteps;
import se.nspl.support.SupportSteps;

/**
 * Every write endpoint, API and page, against every kind of caller. The target is always
 * Västerbotten (24): its own coordinator may write, Stockholm's (01) may not, nor may an
 * authority, finance, a reporter or an API key; anonymous callers are not let in at all.
 * {@link #everyWriteEndpointIsInTheMatrix()} fails when an endpoint is added without a row here.
 * Each kind of caller logs in once per matrix; a caller who may write gets a record of its own,
 * the callers a row refuses share one (see {@link #record}).
 */
class WriteAuthorisationMatrixTest extends ApiTest {

    enum Who {
        ADMIN(TestAccounts.ADMIN),
        NATIONAL(TestAccounts.NATIONAL),
        OWN_REGION(TestAccounts.VASTERBOTTEN),
        OTHER_REGION(TestAccounts.STOCKHOLM),
        AUTHORITY(TestAccounts.AUTHORITY),
        FINANCE(TestAccounts.FINANCE),
        REPORTER(TestAccounts.REPORTER),
        API_KEY(null),
        ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    /**
     * Records another region cannot even see (row-level security, V16): refused with 404 as well as 403, since the
     * database does not show the record to the caller at all.
     */
    private static final Set<String> HIDDEN_FROM_OTHERS = Set.of(
            "DELETE /api/v1/api-keys/{id}",
            "POST /api/v1/notices/{id}/acknowledge",
            "POST /api/v1/notices/{id}/reminders",
            "POST /notices/{id}/acknowledge",
            "POST /notices/{id}/reminders");

    /** Who may call each write endpoint of the API (the target being region 24's data). */
    static final Map<String, Set<Who>> API = new LinkedHashMap<>();

    /** Who may post each form of the pages. */
    static final Map<String, Set<Who>> PAGES = new LinkedHashMap<>();

    /** Write endpoints open to everyone by design, with the reason. */
    static final Map<String, String> PUBLIC =
            Map.of("POST /api/v1/auth/token", "the login of the API: it checks the password itself");

    /**
     * Forms that act on the caller's own login only (its second factor), whatever its role: a
     * role matrix says nothing of them; they are checked to need a login at all.
     */
    static final Map<String, String> OWN_LOGIN = Map.of(
            "POST /mfa", "the code after the password: completes the caller's own login",
            "POST /mfa/enrol", "confirms the caller's own authenticator app",
            "POST /mfa/continue", "completes the caller's own login after enrolling");

    static {
        API.put("POST /api/v1/hospitals", Set.of(ADMIN, OWN_REGION));
        API.put("PUT /api/v1/hospitals/{id}", Set.of(ADMIN, OWN_REGION));
        API.put("POST /api/v1/units", Set.of(ADMIN, OWN_REGION));
        API.put("PUT /api/v1/units/{id}", Set.of(ADMIN, OWN_REGION));
        API.put("PUT /api/v1/regions/{code}/participation", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/api-keys", Set.of(ADMIN, OWN_REGION));
        API.put("DELETE /api/v1/api-keys/{id}", Set.of(ADMIN, OWN_REGION));
        API.put("POST /api/v1/accounts", Set.of(ADMIN));
        API.put("POST /api/v1/accounts/{id}/disable", Set.of(ADMIN));
        API.put("POST /api/v1/accounts/{id}/enable", Set.of(ADMIN));
        API.put("POST /api/v1/accounts/{id}/mfa-reset", Set.of(ADMIN));
        API.put("PUT /api/v1/accounts/{id}/external-subject", Set.of(ADMIN));
        API.put("POST /api/v1/units/{id}/reports", Set.of(OWN_REGION, REPORTER, API_KEY));
        API.put("POST /api/v1/reports/{id}/corrections", Set.of(OWN_REGION, REPORTER, API_KEY));
        API.put("PUT /api/v1/regions/{code}/preparedness", Set.of(OWN_REGION));
        API.put("POST /api/v1/regions/{code}/reports", Set.of(OWN_REGION, REPORTER, API_KEY));
        API.put("POST /api/v1/edxl-have", Set.of(OWN_REGION, REPORTER, API_KEY));
        API.put("POST /fhir/MeasureReport", Set.of(OWN_REGION, REPORTER, API_KEY));
        // Region 24's own request: written by its coordinator or the secretariat on its behalf.
        API.put("POST /api/v1/support-requests", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("PUT /api/v1/support-requests/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/submit", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/request-information", Set.of(ADMIN, NATIONAL));
        API.put("POST /api/v1/support-requests/{id}/answer", Set.of(OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/approve", Set.of(ADMIN, NATIONAL));
        API.put("POST /api/v1/support-requests/{id}/cancel", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/close", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("PUT /api/v1/support-requests/{id}/transport", Set.of(ADMIN, NATIONAL, OWN_REGION));
        // Region 24 offers to region 25's request: itself, or the secretariat on its behalf.
        API.put("POST /api/v1/support-requests/{id}/offers", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/offers/{offer}/withdraw", Set.of(OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/offers/{offer}/deliver", Set.of(OWN_REGION));
        // Region 24 receives region 01's offer: only the receiving side accepts or declines.
        API.put("POST /api/v1/support-requests/{id}/offers/{offer}/accept", Set.of(OWN_REGION));
        API.put("POST /api/v1/support-requests/{id}/offers/{offer}/decline", Set.of(OWN_REGION));
        // Switching the national mode: the secretariat only (the rows switch it off, which it is).
        API.put("PUT /api/v1/support-mode", Set.of(ADMIN, NATIONAL));
        // Governance: the secretariat keeps the minutes and the timeline. Finance: finance and administrators.
        API.put("POST /api/v1/governance/meetings", Set.of(ADMIN, NATIONAL));
        API.put("PUT /api/v1/governance/meetings/{id}", Set.of(ADMIN, NATIONAL));
        API.put("POST /api/v1/governance/meetings/{id}/actions/{action}/done", Set.of(ADMIN, NATIONAL));
        API.put("POST /api/v1/governance/milestones", Set.of(ADMIN, NATIONAL));
        API.put("PUT /api/v1/governance/milestones/{id}", Set.of(ADMIN, NATIONAL));
        API.put("PUT /api/v1/finance/years/{year}/budget", Set.of(ADMIN, FINANCE));
        API.put("PUT /api/v1/finance/years/{year}/state-grants/{code}", Set.of(ADMIN, FINANCE));
        // Region 24's transport: its coordinator or the secretariat; plans: the secretariat only.
        API.put("POST /api/v1/transport-units", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("PUT /api/v1/transport-units/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/distribution-plans", Set.of(ADMIN, NATIONAL));
        API.put("POST /api/v1/distribution-plans/{id}/accept", Set.of(ADMIN, NATIONAL));
        // Acts on the caller's own tokens only.
        API.put(
                "POST /api/v1/auth/logout",
                Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION, AUTHORITY, FINANCE, REPORTER, API_KEY));

        // Notices and contacts (NoticeMatrixCalls): a notice to region 25, one to 24 to acknowledge, one
        // of 24 to remind of, 24's contact card.
        API.put("POST /api/v1/notices", Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION));
        API.put("POST /api/v1/notices/{id}/acknowledge", Set.of(OWN_REGION));
        API.put("POST /api/v1/notices/{id}/reminders", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("PUT /api/v1/contacts/{party}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/contacts/{party}/verify", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /notices", Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION));
        PAGES.put("POST /notices/{id}/acknowledge", Set.of(OWN_REGION));
        PAGES.put("POST /notices/{id}/reminders", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /contacts/{party}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /contacts/{party}/verify", Set.of(ADMIN, NATIONAL, OWN_REGION));

        PAGES.put("POST /hospitals", Set.of(ADMIN, OWN_REGION));
        PAGES.put("POST /hospitals/{id}", Set.of(ADMIN, OWN_REGION));
        PAGES.put("POST /units", Set.of(ADMIN, OWN_REGION));
        PAGES.put("POST /units/{id}", Set.of(ADMIN, OWN_REGION));
        PAGES.put("POST /regions/{code}/participation", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /units/{id}/report", Set.of(OWN_REGION, REPORTER));
        PAGES.put("POST /report/quick", Set.of(OWN_REGION, REPORTER));
        PAGES.put("POST /admin/accounts", Set.of(ADMIN));
        PAGES.put("POST /governance/meetings", Set.of(ADMIN, NATIONAL));
        PAGES.put("POST /governance/meetings/{id}/actions/{action}/done", Set.of(ADMIN, NATIONAL));
        PAGES.put("POST /governance/milestones", Set.of(ADMIN, NATIONAL));
        PAGES.put("POST /governance/milestones/{id}", Set.of(ADMIN, NATIONAL));
        PAGES.put("POST /finance/{year}/budget", Set.of(ADMIN, FINANCE));
        PAGES.put("POST /finance/{year}/state-grants", Set.of(ADMIN, FINANCE));
        PAGES.put("POST /admin/accounts/{id}/disable", Set.of(ADMIN));
        PAGES.put("POST /admin/accounts/{id}/enable", Set.of(ADMIN));
        PAGES.put("POST /admin/accounts/{id}/mfa-reset", Set.of(ADMIN));
        PAGES.put("POST /admin/accounts/{id}/external-subject", Set.of(ADMIN));
        PAGES.put("POST /admin/audit/verify", Set.of(ADMIN));
        PAGES.put("POST /support/new", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /support/{id}/{step}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /support/{id}/transport", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /support/{id}/offers", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /support/{id}/offers/{offer}/{step}", Set.of(OWN_REGION));
        PAGES.put("POST /support/mode", Set.of(ADMIN, NATIONAL));
        // Marks the caller's own notifications read, nobody else's.
        PAGES.put(
                "POST /notifications/read",
                Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION, AUTHORITY, FINANCE, REPORTER));
        PAGES.put("POST /transport", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /transport/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /distribution/plans", Set.of(ADMIN, NATIONAL));
        PAGES.put("POST /distribution/plans/{id}/accept", Set.of(ADMIN, NATIONAL));
        // Scenarios: any region's coordinator or the secretariat writes one; region 24's own is changed and run by 24.
        API.put("POST /api/v1/scenarios", Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION));
        API.put("POST /api/v1/scenarios/from-picture", Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION));
        API.put("PUT /api/v1/scenarios/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/scenarios/{id}/runs", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /scenarios", Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION));
        PAGES.put("POST /scenarios/upload", Set.of(ADMIN, NATIONAL, OWN_REGION, OTHER_REGION));
        PAGES.put("POST /scenarios/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /scenarios/{id}/json", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /scenarios/{id}/runs", Set.of(ADMIN, NATIONAL, OWN_REGION));
        // Planning register: region 24's items are written and commented on by 24 and the secretariat.
        API.put("POST /api/v1/planning-items", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("PUT /api/v1/planning-items/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        API.put("POST /api/v1/planning-items/{id}/comments", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /planning/items", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /planning/items/{id}", Set.of(ADMIN, NATIONAL, OWN_REGION));
        PAGES.put("POST /planning/items/{id}/comments", Set.of(ADMIN, NATIONAL, OWN_REGION));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String hospital;
    String unit;
    String apiKey;

    /**
     * One login per kind of caller for each factory's matrix: a token each in {@link #api} (dropped after the
     * logout row ends it) and a page session each here. Logging in costs an Argon2 hash of the password.
     */
    private final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);

    /** The record of each row that the refused calls aim at, made once: a refusal changes nothing. */
    private final Map<String, Object> forRefusals = new HashMap<>();

    @BeforeEach
    void setUp() {
        hospital = api.get("/api/v1/hospitals?region=24&q=lycksele", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        unit = api.get("/api/v1/units?hospital=" + hospital + "&kind=WARD", TestAccounts.ADMIN)
                .json()
                .get(0)
                .path("id")
                .asString();
        apiKey = newKey().json().path("key").asString();
    }

    @Test
    void everyWriteEndpointIsInTheMatrix() {
        var writes = new TreeSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getMethodsCondition().getMethods().stream()
                        .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                        .forEach(m -> info.getPatternValues().forEach(p -> writes.add(m + " " + p))));

        var covered = new TreeSet<String>();
        covered.addAll(API.keySet());
        covered.addAll(PAGES.keySet());
        covered.addAll(PUBLIC.keySet());
        covered.addAll(OWN_LOGIN.keySet());
        assertThat(covered).containsAll(writes);
        assertThat(writes).containsAll(covered);
    }

    @TestFactory
    Stream<DynamicTest> apiWrites() {
        return matrix(API, (endpoint, who) -> callApi(endpoint, who), 401);
    }

    @TestFactory
    Stream<DynamicTest> ownLoginFormsNeedALogin() {
        return OWN_LOGIN.keySet().stream()
                .map(endpoint -> DynamicTest.dynamicTest(endpoint + " as ANONYMOUS → login", () -> {
                    var response = new WebSession(port).post(endpoint.substring("POST ".length()), Map.of("code", "1"));
                    assertThat(response.status()).isEqualTo(302);
                    assertThat(response.header("Location")).endsWith("/login");
                }));
    }

    @TestFactory
    Stream<DynamicTest> pageWrites() {
        return matrix(PAGES, (endpoint, who) -> postPage(endpoint, who), 302);
    }

    private Stream<DynamicTest> matrix(
            Map<String, Set<Who>> rows, BiFunction<String, Who, Api.Response> call, int anonymousStatus) {
        return rows.entrySet().stream()
                .flatMap(row -> Arrays.stream(Who.values())
                        .filter(who -> rows != PAGES || who != API_KEY)
                        .map(who -> {
                            boolean allowed = row.getValue().contains(who);
                            String expected =
                                    who == ANONYMOUS ? String.valueOf(anonymousStatus) : allowed ? "allowed" : "403";
                            return DynamicTest.dynamicTest(row.getKey() + " as " + who + " → " + expected, () -> {
                                var response = call.apply(row.getKey(), who);
                                if (who == ANONYMOUS) {
                                    assertThat(response.status()).isEqualTo(anonymousStatus);
                                } else if (allowed) {
                                    assertThat(response.status())
                                            .as(response.body())
                                            .isBetween(200, 399);
                                    if (response.status() == 302) {
                                        assertThat(response.header("Location")).doesNotContain("/login");
                                    }
                                } else if (HIDDEN_FROM_OTHERS.contains(row.getKey())) {
                                    assertThat(response.status())
                                            .as(response.body())
                                            .isIn(403, 404);
                                } else {
                                    assertThat(response.status())
                                            .as(response.body())
                                            .isEqualTo(403);
                                }
                            });
                        }));
    }

    /**
     * The record a call aims at: a new one for a caller the row lets write, since the write changes it (and
     * must not be what lets a later cell pass); for the others, the row's one record, which no refusal changes.
     */
    @SuppressWarnings("unchecked")
    private <T> T record(String endpoint, Who who, Supplier<T> make) {
        var allowed = API.containsKey(endpoint) ? API.get(endpoint) : PAGES.get(endpoint);
        if (allowed.contains(who)) {
            return make.get();
        }
        return (T) forRefusals.computeIfAbsent(endpoint, row -> make.get());
    }

    private WebSession session(Who who) {
        if (who == ANONYMOUS) {
            return new WebSession(port);
        }
        return sessions.computeIfAbsent(who, caller -> WebSession.loggedIn(port, caller.username));
    }

    private Api.Response callApi(String endpoint, Who who) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return switch (endpoint) {
            case "POST /api/v1/hospitals" ->
                apiCall(who, "POST", "/api/v1/hospitals", Map.of(), hospitalBody("Matris " + unique));
            case "PUT /api/v1/hospitals/{id}" ->
                apiCall(
                        who,
                        "PUT",
                        "/api/v1/hospitals/" + hospital,
                        ifMatch("/api/v1/hospitals/" + hospital),
                        hospitalBody("Lycksele lasarett"));
            case "POST /api/v1/units" -> apiCall(who, "POST", "/api/v1/units", Map.of(), unitBody("Matris " + unique));
            case "PUT /api/v1/units/{id}" ->
                apiCall(
                        who,
                        "PUT",
                        "/api/v1/units/" + unit,
                        ifMatch("/api/v1/units/" + unit),
                        unitBody("Vårdavdelningar"));
            case "PUT /api/v1/regions/{code}/participation" ->
                apiCall(
                        who,
                        "PUT",
                        "/api/v1/regions/24/participation",
                        ifMatch("/api/v1/regions/24"),
                        Map.of("status", "PENDING"));
            case "POST /api/v1/api-keys" ->
                apiCall(who, "POST", "/api/v1/api-keys", Map.of(), Map.of("name", "matris-" + unique, "region", "24"));
            case "DELETE /api/v1/api-keys/{id}" ->
                apiCall(
                        who,
                        "DELETE",
                        "/api/v1/api-keys/"
                                + record(
                                        endpoint,
                                        who,
                                        () -> newKey().json().path("id").asString()),
                        Map.of(),
                        null);
            case "POST /api/v1/auth/logout" -> {
                var response = apiCall(who, "POST", "/api/v1/auth/logout", Map.of(), null);
                // every token of the account has ended: its next call logs in again
                if (who.username != null) {
                    api.forget(who.username);
                }
                yield response;
            }
            case "POST /api/v1/units/{id}/reports" ->
                apiCall(who, "POST", "/api/v1/units/" + unit + "/reports", Map.of(), WARD_REPORT);
            case "POST /api/v1/reports/{id}/corrections" ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/reports/" + record(endpoint, who, this::newReport) + "/corrections",
                        Map.of("If-Match", "\"0\""),
                        WARD_REPORT);
            case "POST /api/v1/regions/{code}/reports" ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/regions/24/reports",
                        Map.of("Content-Type", "text/csv"),
                        "unitId,WARD.staffed,WARD.occupied\n" + unit + ",20,10\n");
            case "POST /api/v1/edxl-have" ->
                apiCall(who, "POST", "/api/v1/edxl-have", Map.of("Content-Type", "application/xml"), haveDocument());
            case "POST /fhir/MeasureReport" ->
                apiCall(
                        who,
                        "POST",
                        "/fhir/MeasureReport",
                        Map.of("Content-Type", "application/fhir+json"),
                        wardMeasureReport());
            case "PUT /api/v1/regions/{code}/preparedness" ->
                apiCall(who, "PUT", "/api/v1/regions/24/preparedness", Map.of(), Map.of("level", "NORMALLAGE"));
            case "POST /api/v1/accounts" ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/accounts",
                        Map.of(),
                        Map.of(
                                "username",
                                "matris-" + unique,
                                "displayName",
                                "Matris",
                                "password",
                                TestAccounts.PASSWORD,
                                "role",
                                "AUTHORITY_VIEWER"));
            case "POST /api/v1/accounts/{id}/disable" ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/accounts/" + record(endpoint, who, this::newAccount) + "/disable",
                        Map.of(),
                        null);
            case "POST /api/v1/accounts/{id}/enable" ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/accounts/" + record(endpoint, who, this::newAccount) + "/enable",
                        Map.of(),
                        null);
            case "POST /api/v1/accounts/{id}/mfa-reset" ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/accounts/" + record(endpoint, who, this::newAccount) + "/mfa-reset",
                        Map.of(),
                        null);
            case "PUT /api/v1/accounts/{id}/external-subject" ->
                apiCall(
                        who,
                        "PUT",
                        "/api/v1/accounts/" + record(endpoint, who, this::newAccount) + "/external-subject",
                        Map.of(),
                        Map.of(
                                "issuer",
                                "https://idp.example/matris",
                                "subject",
                                UUID.randomUUID().toString()));
            case "POST /api/v1/support-requests" ->
                apiCall(who, "POST", SUPPORT, Map.of(), SupportSteps.transfer("24", 2));
            case "PUT /api/v1/support-requests/{id}" -> {
                String id = record(endpoint, who, () -> support().draft(TestAccounts.VASTERBOTTEN, "24", 2));
                yield apiCall(
                        who, "PUT", SUPPORT + "/" + id, ifMatch(SUPPORT + "/" + id), SupportSteps.transfer("24", 3));
            }
            case "POST /api/v1/support-requests/{id}/submit" ->
                supportStep(
                        who,
                        record(endpoint, who, () -> support().draft(TestAccounts.VASTERBOTTEN, "24", 2)),
                        "/submit",
                        null);
            case "POST /api/v1/support-requests/{id}/request-information" ->
                supportStep(
                        who,
                        record(endpoint, who, this::fullRequestOf24),
                        "/request-information",
                        Map.of("text", "How many ventilated?"));
            case "POST /api/v1/support-requests/{id}/answer" -> {
                String id = record(endpoint, who, () -> {
                    String asked = fullRequestOf24();
                    support().post(asked, "/request-information", TestAccounts.NATIONAL, Map.of("text", "Ventilated?"));
                    return asked;
                });
                yield supportStep(who, id, "/answer", Map.of("text", "All of them"));
            }
            case "POST /api/v1/support-requests/{id}/approve" ->
                supportStep(who, record(endpoint, who, this::fullRequestOf24), "/approve", null);
            case "POST /api/v1/support-requests/{id}/cancel" ->
                supportStep(who, record(endpoint, who, this::submittedRequestOf24), "/cancel", null);
            case "POST /api/v1/support-requests/{id}/close" ->
                supportStep(who, record(endpoint, who, this::submittedRequestOf24), "/close", null);
            case "PUT /api/v1/support-requests/{id}/transport" ->
                apiCall(
                        who,
                        "PUT",
                        SUPPORT + "/" + record(endpoint, who, this::submittedRequestOf24) + "/transport",
                        Map.of(),
                        Map.of("transport", "UNDER_WAY"));
            case "POST /api/v1/support-requests/{id}/offers" -> {
                String id = record(endpoint, who, this::submittedRequestOf25);
                yield supportStep(who, id, "/offers", support().offerBody(id, "24", 1));
            }
            case "POST /api/v1/support-requests/{id}/offers/{offer}/withdraw" -> {
                String offer = record(endpoint, who, () -> offerOf24To25(false));
                yield supportStep(who, offer, "/withdraw", null);
            }
            case "POST /api/v1/support-requests/{id}/offers/{offer}/deliver" -> {
                String offer = record(endpoint, who, () -> offerOf24To25(true));
                yield supportStep(who, offer, "/deliver", null);
            }
            case "POST /api/v1/support-requests/{id}/offers/{offer}/accept",
                    "POST /api/v1/support-requests/{id}/offers/{offer}/decline" -> {
                String offer = record(endpoint, who, this::offerOf01To24);
                yield supportStep(who, offer, endpoint.substring(endpoint.lastIndexOf('/')), null);
            }
            case "PUT /api/v1/support-mode" ->
                apiCall(who, "PUT", "/api/v1/support-mode", Map.of(), Map.of("heightened", false));
            case "POST /api/v1/governance/meetings" ->
                apiCall(who, "POST", GOVERNANCE + "/meetings", Map.of(), meeting());
            case "PUT /api/v1/governance/meetings/{id}" -> {
                var created = record(
                        endpoint,
                        who,
                        () -> api.send("POST", GOVERNANCE + "/meetings", TestAccounts.NATIONAL, Map.of(), meeting()));
                yield apiCall(
                        who,
                        "PUT",
                        GOVERNANCE + "/meetings/" + created.json().path("id").asString(),
                        Map.of("If-Match", created.header("ETag")),
                        meeting());
            }
            case "POST /api/v1/governance/meetings/{id}/actions/{action}/done" -> {
                var created = record(endpoint, who, this::meetingWithAction);
                yield apiCall(
                        who,
                        "POST",
                        GOVERNANCE + "/meetings/" + created.json().path("id").asString() + "/actions/"
                                + created.json()
                                        .path("actions")
                                        .get(0)
                                        .path("id")
                                        .asString() + "/done",
                        Map.of("If-Match", created.header("ETag")),
                        null);
            }
            case "POST /api/v1/governance/milestones" ->
                apiCall(who, "POST", GOVERNANCE + "/milestones", Map.of(), milestone());
            case "PUT /api/v1/governance/milestones/{id}" -> {
                var created = record(
                        endpoint,
                        who,
                        () -> api.send(
                                "POST", GOVERNANCE + "/milestones", TestAccounts.NATIONAL, Map.of(), milestone()));
                yield apiCall(
                        who,
                        "PUT",
                        GOVERNANCE + "/milestones/" + created.json().path("id").asString(),
                        Map.of("If-Match", created.header("ETag")),
                        milestone());
            }
            case "PUT /api/v1/finance/years/{year}/budget" ->
                apiCall(
                        who,
                        "PUT",
                        BUDGET,
                        budgetVersion()
                                .map(v -> Map.of("If-Match", "\"" + v + "\""))
                                .orElse(Map.of()),
                        Map.of("amountSek", "1000000.00"));
            case "PUT /api/v1/finance/years/{year}/state-grants/{code}" ->
                apiCall(
                        who,
                        "PUT",
                        GRANT,
                        grantVersion()
                                .map(v -> Map.of("If-Match", "\"" + v + "\""))
                                .orElse(Map.of()),
                        Map.of("amountSek", "1000.00"));
            case "POST /api/v1/transport-units" ->
                apiCall(who, "POST", TRANSPORT, Map.of(), DistributionSteps.ambulance("24", hospital, 1));
            case "PUT /api/v1/transport-units/{id}" -> {
                String id = record(endpoint, who, this::newTransportUnit);
                yield apiCall(
                        who,
                        "PUT",
                        TRANSPORT + "/" + id,
                        ifMatch(TRANSPORT + "/" + id),
                        DistributionSteps.ambulance("24", hospital, 2));
            }
            case "POST /api/v1/distribution-plans" ->
                apiCall(who, "POST", PLANS, Map.of(), DistributionSteps.plan(hospital, 1));
            case "POST /api/v1/distribution-plans/{id}/accept" -> {
                // Only the secretariat's calls need a computed plan; the others are refused before it is read.
                String plan = API.get(endpoint).contains(who) ? distribution().computedPlan(hospital) : sharedPlan();
                yield apiCall(who, "POST", PLANS + "/" + plan + "/accept", Map.of(), null);
            }
            case "POST /api/v1/notices",
                    "POST /api/v1/notices/{id}/acknowledge",
                    "POST /api/v1/notices/{id}/reminders",
                    "PUT /api/v1/contacts/{party}",
                    "POST /api/v1/contacts/{party}/verify" ->
                new NoticeMatrixCalls(api)
                        .api(
                                endpoint,
                                (method, path, headers, body) -> apiCall(who, method, path, headers, body),
                                make -> record(endpoint, who, make));
            case "POST /api/v1/scenarios",
                    "POST /api/v1/scenarios/from-picture",
                    "PUT /api/v1/scenarios/{id}",
                    "POST /api/v1/scenarios/{id}/runs" -> scenarioApi(endpoint, who);
            case "POST /api/v1/planning-items" ->
                apiCall(who, "POST", PlanningSteps.ITEMS, Map.of(), PlanningSteps.item("24", "Matris", "2030-01-31"));
            case "PUT /api/v1/planning-items/{id}" ->
                apiCall(
                        who,
                        "PUT",
                        PlanningSteps.ITEMS + "/" + record(endpoint, who, this::planningItemOf24),
                        Map.of("If-Match", "\"0\""),
                        PlanningSteps.item("24", "Matris ändrad", "2030-02-28"));
            case "POST /api/v1/planning-items/{id}/comments" ->
                apiCall(
                        who,
                        "POST",
                        PlanningSteps.ITEMS + "/" + record(endpoint, who, this::planningItemOf24) + "/comments",
                        Map.of(),
                        Map.of("text", "Matris"));
            default -> throw new IllegalArgumentException("no call for " + endpoint);
        };
    }

    private static final String SUPPORT = "/api/v1/support-requests";

    /** The planning item form for region 24, with the version read when it edits. */
    private static Map<String, String> planningForm(String version) {
        var form = new java.util.HashMap<String, String>(Map.of(
                "area", "BEDS",
                "region", "24",
                "title", "Matris",
                "owner", "Samordnare",
                "organisation", "Region Västerbotten",
                "status", "IN_PROGRESS",
                "dueOn", "2030-01-31"));
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }

    private static final String TRANSPORT = "/api/v1/transport-units";
    private static final String PLANS = "/api/v1/distribution-plans";

    private static String sharedPlan;

    private DistributionSteps distribution() {
        return new DistributionSteps(api);
    }

    /** One plan for the calls that do not need a plan of their own. */
    private String sharedPlan() {
        if (sharedPlan == null) {
            sharedPlan = distribution().startPlan(hospital, 1);
        }
        return sharedPlan;
    }

    /** A transport unit of region 24, added by its coordinator. */
    private String newTransportUnit() {
        return distribution().ambulances("24", hospital, 1).path("id").asString();
    }

    private Map<String, String> transportForm(String code) {
        var form = new java.util.HashMap<String, String>();
        form.put("code", code);
        form.put("name", "Matrisambulanser");
        form.put("kind", "ROAD_AMBULANCE");
        form.put("region", "24");
        form.put("baseHospital", hospital);
        form.put("count", "1");
        form.put("speedKmh", "80");
        form.put("fixedMinutes", "40");
        form.put("dutyMinutes", "720");
        form.put("capWard", "1");
        form.put("seats", "1");
        return form;
    }

    private SupportSteps support() {
        return new SupportSteps(api);
    }

    private Api.Response supportStep(Who who, String id, String step, Object body) {
        return apiCall(who, "POST", SUPPORT + "/" + id + step, Map.of(), body);
    }

    private String submittedRequestOf24() {
        return support().onTheShortPath(TestAccounts.VASTERBOTTEN, "24", 2);
    }

    private String submittedRequestOf25() {
        return support().onTheShortPath(TestAccounts.NORRBOTTEN, "25", 2);
    }

    /** Region 24's offer to 25's request, accepted by 25 or not: {@code {id}/offers/{offer}}. */
    private String offerOf24To25(boolean accepted) {
        String id = submittedRequestOf25();
        String offer = support().offer(id, TestAccounts.VASTERBOTTEN, "24", 1);
        if (accepted) {
            support().post(id, "/offers/" + offer + "/accept", TestAccounts.NORRBOTTEN, null);
        }
        return id + "/offers/" + offer;
    }

    /** Region 01's offer to 24's request: {@code {id}/offers/{offer}}. */
    private String offerOf01To24() {
        String id = submittedRequestOf24();
        return id + "/offers/" + support().offer(id, TestAccounts.STOCKHOLM, "01", 1);
    }

    private String scenarioOf24() {
        return new ScenarioSteps(api).create(TestAccounts.VASTERBOTTEN);
    }

    private String planningItemOf24() {
        return new PlanningSteps(api).itemOf24(TestAccounts.VASTERBOTTEN);
    }

    /** A submitted request of region 24 on the full path (24 raised for the submission only). */
    private String fullRequestOf24() {
        return support().onTheFullPath(TestAccounts.VASTERBOTTEN, "24", 2);
    }

    private Api.Response apiCall(Who who, String method, String path, Map<String, String> headers, Object body) {
        if (who == API_KEY || who == ANONYMOUS) {
            var withKey = new LinkedHashMap<>(headers);
            if (who == API_KEY) {
                withKey.put("Authorization", "Bearer " + apiKey);
            }
            return api.send(method, path, null, withKey, body);
        }
        return api.send(method, path, who.username, headers, body);
    }

    private Api.Response postPage(String endpoint, Who who) {
        var session = session(who);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return switch (endpoint) {
            case "POST /hospitals" -> session.post("/hospitals", hospitalForm("Matris " + unique, "0"));
            case "POST /hospitals/{id}" ->
                session.post(
                        "/hospitals/" + hospital,
                        hospitalForm("Lycksele lasarett", version("/api/v1/hospitals/" + hospital)));
            case "POST /units" ->
                session.post(
                        "/units",
                        Map.of("hospitalId", hospital, "name", "Matris " + unique, "kind", "WARD", "version", "0"));
            case "POST /units/{id}" ->
                session.post(
                        "/units/" + unit,
                        Map.of(
                                "hospitalId",
                                hospital,
                                "name",
                                "Vårdavdelningar",
                                "kind",
                                "WARD",
                                "active",
                                "true",
                                "version",
                                version("/api/v1/units/" + unit)));
            case "POST /regions/{code}/participation" ->
                session.post(
                        "/regions/24/participation",
                        Map.of("status", "PENDING", "version", version("/api/v1/regions/24")));
            case "POST /units/{id}/report" ->
                session.post(
                        "/units/" + unit + "/report",
                        Map.of("WARD.staffed", "20", "WARD.occupied", "10", "action", "save"));
            case "POST /report/quick" ->
                session.post("/report/quick", Map.of(unit + ".WARD.staffed", "20", unit + ".WARD.occupied", "10"));
            case "POST /admin/accounts" ->
                session.post(
                        "/admin/accounts",
                        Map.of(
                                "username",
                                "matris-" + unique,
                                "displayName",
                                "Matris",
                                "password",
                                TestAccounts.PASSWORD,
                                "role",
                                "FINANCE",
                                "region",
                                ""));
            case "POST /admin/accounts/{id}/disable" ->
                session.post("/admin/accounts/" + record(endpoint, who, this::newAccount) + "/disable", Map.of());
            case "POST /admin/accounts/{id}/enable" ->
                session.post("/admin/accounts/" + record(endpoint, who, this::newAccount) + "/enable", Map.of());
            case "POST /admin/audit/verify" -> session.post("/admin/audit/verify", Map.of());
            case "POST /admin/accounts/{id}/mfa-reset" ->
                session.post("/admin/accounts/" + record(endpoint, who, this::newAccount) + "/mfa-reset", Map.of());
            case "POST /admin/accounts/{id}/external-subject" ->
                session.post(
                        "/admin/accounts/" + record(endpoint, who, this::newAccount) + "/external-subject",
                        Map.of(
                                "issuer",
                                "https://idp.example/matris",
                                "subject",
                                UUID.randomUUID().toString()));
            case "POST /support/new" ->
                session.post(
                        "/support/new",
                        Map.of(
                                "type",
                                "PATIENT_TRANSFER",
                                "region",
                                "24",
                                "title",
                                "Matris",
                                "urgency",
                                "PLANNED",
                                "level.ICU",
                                "2"));
            case "POST /support/{id}/{step}" ->
                session.post(
                        "/support/" + record(endpoint, who, this::submittedRequestOf24) + "/close",
                        Map.of("text", "Matris"));
            case "POST /support/{id}/transport" ->
                session.post(
                        "/support/" + record(endpoint, who, this::submittedRequestOf24) + "/transport",
                        Map.of("transport", "UNDER_WAY"));
            case "POST /support/{id}/offers" -> {
                String id = record(endpoint, who, this::submittedRequestOf25);
                yield session.post(
                        "/support/" + id + "/offers",
                        Map.of("region", "24", "q." + support().firstItem(id), "1"));
            }
            case "POST /support/{id}/offers/{offer}/{step}" -> {
                String offer = record(endpoint, who, this::offerOf01To24);
                yield session.post("/support/" + offer + "/accept", Map.of());
            }
            case "POST /support/mode" -> session.post("/support/mode", Map.of("heightened", "false"));
            case "POST /notifications/read" -> session.post("/notifications/read", Map.of());
            case "POST /governance/meetings" ->
                session.post(
                        "/governance/meetings",
                        Map.of(
                                "heldOn",
                                "2025-02-12",
                                "title",
                                "Matris",
                                "decisions",
                                "Beslut",
                                "actions",
                                "Gör något"));
            case "POST /governance/meetings/{id}/actions/{action}/done" -> {
                var created = record(endpoint, who, this::meetingWithAction).json();
                yield session.post(
                        "/governance/meetings/" + created.path("id").asString() + "/actions/"
                                + created.path("actions").get(0).path("id").asString() + "/done",
                        Map.of("version", "0"));
            }
            case "POST /governance/milestones" ->
                session.post("/governance/milestones", Map.of("title", "Matris", "plannedOn", "2026-01-01"));
            case "POST /governance/milestones/{id}" -> {
                var created = record(
                        endpoint,
                        who,
                        () -> api.send(
                                "POST", GOVERNANCE + "/milestones", TestAccounts.NATIONAL, Map.of(), milestone()));
                yield session.post(
                        "/governance/milestones/" + created.json().path("id").asString(),
                        Map.of("status", "DONE", "completedOn", "2026-01-02", "version", "0"));
            }
            case "POST /finance/{year}/budget" -> {
                var fields = new LinkedHashMap<String, String>(Map.of("amountSek", "1000000,00"));
                budgetVersion().ifPresent(v -> fields.put("version", v));
                yield session.post("/finance/" + MATRIX_YEAR + "/budget", fields);
            }
            case "POST /finance/{year}/state-grants" -> {
                var fields = new LinkedHashMap<String, String>(Map.of("region", "24", "amountSek", "1000"));
                grantVersion().ifPresent(v -> fields.put("version", v));
                yield session.post("/finance/" + MATRIX_YEAR + "/state-grants", fields);
            }
            case "POST /transport" -> session.post("/transport", transportForm("amb-m" + unique));
            case "POST /transport/{id}" -> {
                String id = record(endpoint, who, this::newTransportUnit);
                var form = transportForm(api.get(TRANSPORT + "/" + id, TestAccounts.ADMIN)
                        .json()
                        .path("code")
                        .asString());
                form.put("version", version(TRANSPORT + "/" + id));
                yield session.post("/transport/" + id, form);
            }
            case "POST /distribution/plans" ->
                session.post(
                        "/distribution/plans",
                        Map.of(
                                "name", "Matris " + unique,
                                "timeLimitSeconds", "1",
                                "demand[0].hospital", hospital,
                                "demand[0].level", "WARD",
                                "demand[0].count", "1"));
            // Accepting a plan again (or one still computing) is shown on its page: a redirect all the same.
            case "POST /distribution/plans/{id}/accept" ->
                session.post("/distribution/plans/" + sharedPlan() + "/accept", Map.of());
            case "POST /notices",
                    "POST /notices/{id}/acknowledge",
                    "POST /notices/{id}/reminders",
                    "POST /contacts/{party}",
                    "POST /contacts/{party}/verify" ->
                new NoticeMatrixCalls(api).page(endpoint, session, make -> record(endpoint, who, make));
            case "POST /scenarios",
                    "POST /scenarios/upload",
                    "POST /scenarios/{id}",
                    "POST /scenarios/{id}/json",
                    "POST /scenarios/{id}/runs" -> scenarioPage(session, endpoint, who);
            case "POST /planning/items" -> session.post("/planning/items", planningForm(null));
            case "POST /planning/items/{id}" ->
                session.post("/planning/items/" + record(endpoint, who, this::planningItemOf24), planningForm("0"));
            case "POST /planning/items/{id}/comments" ->
                session.post(
                        "/planning/items/" + record(endpoint, who, this::planningItemOf24) + "/comments",
                        Map.of("text", "Matris"));
            default -> throw new IllegalArgumentException("no form for " + endpoint);
        };
    }

    static final Map<String, Object> WARD_REPORT =
            Map.of("levels", Map.of("WARD", Map.of("staffed", 20, "occupied", 10)));

    /** The FHIR form of {@link #WARD_REPORT} (docs/fhir.md). */
    private String wardMeasureReport() {
        return """
                {"resourceType": "MeasureReport", "status": "complete", "type": "summary",
                 "measure": "https://nspl.se/fhir/Measure/bed-capacity",
                 "subject": {"reference": "Location/%s"},
                 "group": [{"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/care-level", "code": "WARD"}]},
                   "population": [
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "staffed"}]}, "count": 20},
                     {"code": {"coding": [{"system": "https://nspl.se/fhir/CodeSystem/bed-capacity", "code": "occupied"}]}, "count": 10}]}]}
                """.formatted(unit);
    }

    private String newReport() {
        return api.send("POST", "/api/v1/units/" + unit + "/reports", TestAccounts.VASTERBOTTEN, Map.of(), WARD_REPORT)
                .json()
                .path("id")
                .asString();
    }

    private String newAccount() {
        return accounts.open(
                        "matris-" + UUID.randomUUID().toString().substring(0, 8), se.nspl.shared.Role.FINANCE, null)
                .id()
                .toString();
    }

    private Api.Response newKey() {
        return api.send(
                "POST",
                "/api/v1/api-keys",
                TestAccounts.ADMIN,
                Map.of(),
                Map.of("name", "matris-" + UUID.randomUUID().toString().substring(0, 8), "region", "24"));
    }

    private static final String GOVERNANCE = "/api/v1/governance";
    private static final int MATRIX_YEAR = 2090;
    private static final String BUDGET = "/api/v1/finance/years/" + MATRIX_YEAR + "/budget";
    private static final String GRANT = "/api/v1/finance/years/" + MATRIX_YEAR + "/state-grants/24";

    private static Map<String, Object> meeting() {
        return Map.of("heldOn", "2025-02-12", "title", "Matris", "decisions", List.of("Beslut"));
    }

    private Api.Response meetingWithAction() {
        return api.send(
                "POST",
                GOVERNANCE + "/meetings",
                TestAccounts.NATIONAL,
                Map.of(),
                Map.of("heldOn", "2025-02-12", "title", "Matris", "actions", List.of(Map.of("text", "Gör något"))));
    }

    private static Map<String, Object> milestone() {
        return Map.of("title", "Matris", "plannedOn", "2026-01-01");
    }

    /** The matrix year's budget version, when one was entered by an earlier row. */
    private Optional<String> budgetVersion() {
        var budget = api.get(BUDGET, TestAccounts.ADMIN);
        return budget.status() == 200 ? Optional.of(budget.header("ETag").replace("\"", "")) : Optional.empty();
    }

    /** Region 24's state grant version of the matrix year, when one was entered by an earlier row. */
    private Optional<String> grantVersion() {
        for (var region : api.get("/api/v1/finance/years/" + MATRIX_YEAR, TestAccounts.ADMIN)
                .json()
                .path("regions")) {
            if (region.path("code").asString().equals("24")
                    && !region.path("stateGrantVersion").isNull()) {
                return Optional.of(region.path("stateGrantVersion").asString());
            }
        }
        return Optional.empty();
    }

    private Map<String, String> ifMatch(String path) {
        return Map.of("If-Match", api.get(path, TestAccounts.ADMIN).header("ETag"));
    }

    private String version(String path) {
        return api.get(path, TestAccounts.ADMIN).header("ETag").replace("\"", "");
    }

    /** The ward's beds as EDXL-HAVE, the unit named: Lycksele has more wards, added by these tests. */
    private String haveDocument() {
        return "<HospitalStatus xmlns=\"urn:oasis:names:tc:emergency:EDXL:HAVE:1.0\""
                + " xmlns:xnl=\"urn:oasis:names:tc:ciq:xnl:3\" xmlns:nspl=\"urn:se:nspl:edxl-have:1\"><Hospital>"
                + "<Organization><OrganizationInformation><xnl:OrganisationName xnl:ID=\"" + hospital + "\"/>"
                + "</OrganizationInformation></Organization><HospitalBedCapacityStatus><BedCapacity>"
                + "<BedType>MedicalSurgical</BedType><SubCategoryBedType><nspl:UnitId>" + unit
                + "</nspl:UnitId></SubCategoryBedType><Capacity><AvailableCount>10</AvailableCount>"
                + "<BaselineCount>20</BaselineCount></Capacity></BedCapacity></HospitalBedCapacityStatus>"
                + "<LastUpdateTime>"
                + java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1)
                + "</LastUpdateTime></Hospital></HospitalStatus>";
    }

    private static Map<String, Object> hospitalBody(String name) {
        return Map.of("name", name, "region", "24", "city", "Lycksele", "lat", 64.6, "lon", 18.67, "university", false);
    }

    private Map<String, Object> unitBody(String name) {
        return Map.of("hospitalId", hospital, "name", name, "kind", "WARD", "active", true);
    }

    private static Map<String, String> hospitalForm(String name, String version) {
        return Map.of(
                "name", name, "region", "24", "city", "Lycksele", "lat", "64.6", "lon", "18.67", "version", version);
    }

    /** A scenario of region 24's coordinator, new for each call. */
    private Api.Response scenarioApi(String endpoint, Who who) {
        return switch (endpoint) {
            case "POST /api/v1/scenarios" ->
                apiCall(who, "POST", "/api/v1/scenarios", Map.of(), ScenarioSteps.NORRBOTTEN);
            case "POST /api/v1/scenarios/from-picture" ->
                apiCall(who, "POST", "/api/v1/scenarios/from-picture", Map.of(), Map.of("name", "Matris", "days", 5));
            case "PUT /api/v1/scenarios/{id}" -> {
                String id = record(endpoint, who, this::scenarioOf24);
                yield apiCall(
                        who,
                        "PUT",
                        "/api/v1/scenarios/" + id,
                        Map.of("If-Match", new ScenarioSteps(api).version(id, TestAccounts.VASTERBOTTEN)),
                        ScenarioSteps.NORRBOTTEN);
            }
            default ->
                apiCall(
                        who,
                        "POST",
                        "/api/v1/scenarios/" + record(endpoint, who, this::scenarioOf24) + "/runs",
                        Map.of(),
                        Map.of("exercise", false));
        };
    }

    private Api.Response scenarioPage(WebSession session, String endpoint, Who who) {
        if (endpoint.equals("POST /scenarios")) {
            return session.post("/scenarios", Map.of("name", "Matris", "days", "5"));
        }
        if (endpoint.equals("POST /scenarios/upload")) {
            return session.post("/scenarios/upload", Map.of("json", ScenarioSteps.NORRBOTTEN));
        }
        String id = record(endpoint, who, this::scenarioOf24);
        return switch (endpoint) {
            case "POST /scenarios/{id}" ->
                session.post(
                        "/scenarios/" + id,
                        Map.of(
                                "version",
                                "0",
                                "name",
                                "Matris",
                                "days",
                                "5",
                                "mode",
                                "DETERMINISTIC",
                                "losDays.ICU_VENT",
                                "10",
                                "losDays.ICU",
                                "6",
                                "losDays.WARD",
                                "5"));
            case "POST /scenarios/{id}/json" ->
                session.post("/scenarios/" + id + "/json", Map.of("version", "0", "json", ScenarioSteps.NORRBOTTEN));
            default -> session.post("/scenarios/" + id + "/runs", Map.of("exercise", "false"));
        };
    }
}

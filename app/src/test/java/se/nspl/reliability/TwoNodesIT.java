package se.nspl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.nspl.WebSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two application processes from the jar on one PostgreSQL of the test's own: what one node
 * writes the other reads, a page session works on both, ending an account's sessions on one ends
 * them on the other, the login throttle counts over both, a scheduled job runs once per interval
 * across them, and node A killed loses nothing acknowledged. Then node B alone under three times
 * the benchmark's load: refusals are quick 503s, what is admitted is stored once
 * (docs/reliability.md, Two nodes and Overload).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "two-nodes-password-1";
    static final Duration REMINDERS = Duration.ofSeconds(2);
    /** Three times the benchmark's 500 reports/s (docs/benchmarks.md). */
    static final int OVERLOAD_RATE = Integer.getInteger("nspl.overload.rate", 1500);

    static ScratchPostgres database;
    static AppProcess a;
    static AppProcess b;
    static Path logA;
    static Path logB;
    static String admin;
    static List<ReportLoad.Unit> units;
    static WebSession adminPages;

    @BeforeAll
    static void start() throws Exception {
        database = ScratchPostgres.create();
        logA = database.directory.resolve("app-a.log");
        logB = database.directory.resolve("app-b.log");
        int portA = ScratchPostgres.freePort();
        int portB = ScratchPostgres.freePort();
        String[] settings = {
            "--nspl.notices.reminder-interval=" + REMINDERS,
            // the overload is to meet the admission control, not the per-client budget (ApiRateLimitTest)
            "--nspl.security.rate-limit.requests-per-second=100000",
            "--nspl.security.rate-limit.burst=100000"
        };
        // A first (it migrates the schema), then B while A is up, as in a rolling start
        a = AppProcess.start(database, logA, portA, settings);
        b = AppProcess.start(database, logB, portB, settings);
        admin = token(a, "admin", AppProcess.ADMIN_PASSWORD);
        String key = JSON.readTree(send(a, "POST", "/api/v1/api-keys", admin, Map.of(), """
                        {"name": "two nodes", "region": "01"}""")
                        .body())
                .path("key")
                .asString();
        units = new ArrayList<>();
        for (JsonNode unit : JSON.readTree(send(b, "GET", "/api/v1/units?kind=WARD&region=01", admin, Map.of(), null)
                .body())) {
            units.add(new ReportLoad.Unit(unit.path("id").asString(), key));
        }
        assertThat(units).hasSizeGreaterThan(5);
        openAccount("coord-25", "25");
        openAccount("coord-24", "24");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            for (var app : new AppProcess[] {a, b}) {
                if (app != null) {
                    app.close();
                }
            }
        } finally {
            if (database != null) {
                for (var log : new Path[] {logA, logB}) {
                    if (Files.exists(log)) {
                        Files.copy(
                                log,
                                Path.of("target", "two-nodes-" + log.getFileName()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                database.close();
            }
        }
    }

    /**
     * Reports written on one node are read on the other; the same report sent again with its
     * Idempotency-Key to the other node gets the same id; a support request is created on A,
     * submitted and offered on B, accepted on A and seen accepted on B.
     */
    @Test
    @Order(1)
    void whatOneNodeWritesTheOtherReadsAndRetriesMeetTheSameReport() throws Exception {
        var unit = units.get(0);
        var first = report(a, unit, "cross-node-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String id = JSON.readTree(first.body()).path("id").asString();
        var again = report(b, unit, "cross-node-1");
        assertThat(again.statusCode())
                .as("the retry on the other node finds the stored report")
                .isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("id").asString()).isEqualTo(id);
        var read = send(b, "GET", "/api/v1/reports/" + id, admin, Map.of(), null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("unitId").asString()).isEqualTo(unit.id());

        String requester = token(a, "coord-25", PASSWORD);
        String offerer = token(b, "coord-24", PASSWORD);
        var created = send(a, "POST", "/api/v1/support-requests", requester, Map.of(), """
                {"type": "PATIENT_TRANSFER", "region": "25", "title": "Två IVA-patienter",
                 "urgency": "WITHIN_24H", "items": [{"careLevel": "ICU", "quantity": 2}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var request = JSON.readTree(created.body());
        String requestId = request.path("id").asString();
        String item = request.path("items").get(0).path("id").asString();
        var submitted = send(b, "POST", "/api/v1/support-requests/" + requestId + "/submit", requester, Map.of(), null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        var offered = send(
                b, "POST", "/api/v1/support-requests/" + requestId + "/offers", offerer, Map.of(), """
                {"region": "24", "items": [{"item": "%s", "quantity": 2}]}""".formatted(item));
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        String offer = JSON.readTree(offered.body()).path("id").asString();
        var accepted = send(
                a,
                "POST",
                "/api/v1/support-requests/" + requestId + "/offers/" + offer + "/accept",
                requester,
                Map.of(),
                null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        var seen = JSON.readTree(send(b, "GET", "/api/v1/support-requests/" + requestId, offerer, Map.of(), null)
                .body());
        assertThat(seen.path("offers").get(0).path("state").asString()).isEqualTo("ACCEPTED");
    }

    /**
     * A page session opened by a login on A works on B with the same cookie; an account disabled
     * through B loses its session on A at its next request; ten wrong passwords spread over both
     * nodes throttle the eleventh attempt on either.
     */
    @Test
    @Order(2)
    void pageSessionsAndTheLoginThrottleAreSharedByBothNodes() throws Exception {
        adminPages = new WebSession(a.port);
        var login = adminPages.post("/login", Map.of("username", "admin", "password", AppProcess.ADMIN_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        assertThat(adminPages.get("/support").status()).isEqualTo(200);
        var onB = adminPages.onPort(b.port);
        var page = onB.get("/support");
        assertThat(page.status()).as("the session cookie of A on B").isEqualTo(200);

        String account = openAccount("coord-disabled", "23");
        var coordinator = new WebSession(a.port);
        assertThat(coordinator
                        .post("/login", Map.of("username", "coord-disabled", "password", PASSWORD))
                        .header("Location"))
                .doesNotContain("error");
        assertThat(coordinator.get("/support").status()).isEqualTo(200);
        var disabled = send(b, "POST", "/api/v1/accounts/" + account + "/disable", admin, Map.of(), null);
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        var after = coordinator.get("/support");
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
        assertThat(coordinator.onPort(b.port).get("/support").status()).isEqualTo(302);

        openAccount("coord-guessed", "22");
        for (int i = 0; i < 10; i++) {
            var node = i % 2 == 0 ? a : b;
            assertThat(tokenResponse(node, "coord-guessed", "wrong " + i).statusCode())
                    .isEqualTo(401);
        }
        var throttledA = tokenResponse(a, "coord-guessed", PASSWORD);
        var throttledB = tokenResponse(b, "coord-guessed", PASSWORD);
        assertThat(throttledA.statusCode())
                .as("10 failures over both nodes throttle A")
                .isEqualTo(429);
        assertThat(throttledB.statusCode()).as("and B").isEqualTo(429);
        assertThat(throttledB.headers().firstValue("Retry-After")).isPresent();
    }

    /**
     * The overdue reminder job runs every 2 s on both nodes, yet runs at most once per 2 s slot
     * across them, and an overdue recipient is reminded once.
     */
    @Test
    @Order(3)
    void theReminderJobRunsOncePerIntervalAcrossBothNodes() throws Exception {
        String sender = token(a, "coord-25", PASSWORD);
        var sent = send(a, "POST", "/api/v1/notices", sender, Map.of(), """
                {"subject": "Kvittera", "body": "Kontrollera reservkraften.", "priority": "IMPORTANT",
                 "regions": ["24"], "acknowledgementRequired": true, "acknowledgeBy": "%s"}""".formatted(
                        Instant.now().plusSeconds(86_400)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String notice = JSON.readTree(sent.body()).path("notice").path("id").asString();
        long[] before;
        try (var connection = database.connect("nspl")) {
            // the deadline passes: set back in the database, as no client may send a past deadline
            var update = connection.prepareStatement("update notice set acknowledge_by = ? where id = ?");
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            update.setObject(2, UUID.fromString(notice));
            assertThat(update.executeUpdate()).isEqualTo(1);
            before = jobRuns(connection);
        }
        // the sending side follows up its notice, here on the other node
        String reader = token(b, "coord-25", PASSWORD);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode reminders;
        do {
            Thread.sleep(250);
            reminders = JSON.readTree(send(b, "GET", "/api/v1/notices/" + notice + "/reminders", reader, Map.of(), null)
                    .body());
            assertThat(System.nanoTime()).as("reminded within 30 s").isLessThan(deadline);
        } while (reminders.isEmpty());
        // several more intervals, in which both nodes' schedulers tick
        Thread.sleep(REMINDERS.multipliedBy(4).toMillis());
        reminders = JSON.readTree(send(a, "GET", "/api/v1/notices/" + notice + "/reminders", reader, Map.of(), null)
                .body());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).path("automatic").asBoolean()).isTrue();

        long[] after;
        try (var connection = database.connect("nspl")) {
            after = jobRuns(connection);
        }
        long runs = after[0] - before[0];
        // The slots the two readings span, both ends included: the slot of the first reading may still
        // have had its run after that reading.
        long slots = Math.floorDiv(after[1], REMINDERS.toMillis()) - Math.floorDiv(before[1], REMINDERS.toMillis()) + 1;
        String figures = String.format(
                Locale.ROOT,
                "reminder job: %d runs in %d slots of %d s on two nodes; 1 automatic reminder%n",
                runs,
                slots,
                REMINDERS.toSeconds());
        System.out.print(figures);
        Files.writeString(Path.of("target", "two-nodes-jobs.txt"), figures);
        assertThat(runs).as("runs").isPositive().isLessThanOrEqualTo(slots);
    }

    /**
     * Reports sent with their Idempotency-Key to A and B in turn (a retry goes to the other node)
     * while A is killed with SIGKILL: every acknowledged report is stored exactly once under its
     * id, and the page session opened on A goes on working on B.
     */
    @Test
    @Order(4)
    void nodeAKilledLosesNothingAcknowledgedAndTheSessionGoesOnOnB() throws Exception {
        var load = new ReportLoad("two-", List.of(a.uri("/"), b.uri("/")), units);
        load.start(4, Duration.ofMillis(20));
        ReliabilityIT.awaitProgress(load, Duration.ofSeconds(3));
        int beforeKill = load.acknowledged.size();
        a.kill();
        ReliabilityIT.awaitProgress(load, Duration.ofSeconds(3));
        load.finish(Duration.ofSeconds(60));

        var stored = database.storedReports("two-");
        long duplicates = stored.values().stream().filter(ids -> ids.size() > 1).count();
        String figures = String.format(
                Locale.ROOT,
                "node A killed after %d acknowledged: %d reports sent in %d requests (%d retries), %d acknowledged"
                        + " (%d by a retry answered 200), %d stored, %d duplicates%n",
                beforeKill,
                load.keys.get(),
                load.attempts.get(),
                load.retries.get(),
                load.acknowledged.size(),
                load.replayed.get(),
                stored.size(),
                duplicates);
        System.out.print(figures);
        Files.writeString(Path.of("target", "two-nodes-kill.txt"), figures);

        assertThat(load.unexpected).as("answers other than 2xx, 5xx or 429").isEmpty();
        assertThat(load.finishedInTime).isTrue();
        assertThat(load.acknowledged.size()).isGreaterThan(beforeKill);
        assertThat(duplicates).isZero();
        load.acknowledged.forEach(
                (key, id) -> assertThat(stored.get(key)).as(key).containsExactly(id));
        assertThat(stored.keySet()).isEqualTo(load.acknowledged.keySet());

        var page = adminPages.onPort(b.port).get("/support");
        assertThat(page.status()).as("the session opened on A, after A died").isEqualTo(200);
    }

    /**
     * Node B offered three times the benchmark's report rate on 64 connections: every answer is
     * 2xx, 429 or 503 with Retry-After (no time-out, no other error), refusals come quickly, and
     * every report answered 2xx is stored once under its id, and nothing refused is stored.
     */
    @Test
    @Order(5)
    void underThreeTimesTheBenchmarkLoadExcessIsRefusedQuicklyAndWhatIsAdmittedIsStoredOnce() throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        long started = System.nanoTime();
        var outcomes = OverloadClient.run(b.port, units, "overload-", OVERLOAD_RATE, Duration.ofSeconds(6), 64);
        double seconds = (System.nanoTime() - started) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();

        var byStatus = new TreeMap<Integer, Long>(
                outcomes.stream().collect(Collectors.groupingBy(o -> o.status(), Collectors.counting())));
        var admitted = outcomes.stream().filter(o -> o.status() / 100 == 2).toList();
        var refused = outcomes.stream()
                .filter(o -> o.status() == 503 || o.status() == 429)
                .toList();
        var stored = new HashMap<String, List<String>>();
        try (var connection = database.connect("nspl");
                var rows = connection.createStatement().executeQuery("""
                        select idempotency_key, id from status_report where idempotency_key like 'overload-%'""")) {
            while (rows.next()) {
                stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        String figures = String.format(
                Locale.ROOT,
                "overload: %d requests offered at %d/s in %.1f s on 64 connections; answers by status %s;"
                        + " admitted %.0f/s, from sent to answer p50 %.1f ms p99 %.1f ms max %.1f ms;"
                        + " refused from sent to answer p50 %.1f ms p99 %.1f ms max %.1f ms;"
                        + " from due (client queueing included) p99 %.1f ms; stored %d; load average before %s, after %s%n",
                outcomes.size(),
                OVERLOAD_RATE,
                seconds,
                byStatus,
                admitted.size() / seconds,
                percentile(admitted, 50),
                percentile(admitted, 99),
                percentile(admitted, 100),
                percentile(refused, 50),
                percentile(refused, 99),
                percentile(refused, 100),
                outcomes.stream()
                        .mapToDouble(OverloadClient.Outcome::fromDue)
                        .sorted()
                        .skip((long) (outcomes.size() * 0.99))
                        .findFirst()
                        .orElse(0),
                stored.size(),
                loadBefore,
                loadAfter);
        System.out.print(figures);
        Files.writeString(Path.of("target", "two-nodes-overload.txt"), figures);

        assertThat(byStatus.keySet())
                .as("every answer 2xx, 429 or 503: no time-out, no other error")
                .allMatch(status -> status / 100 == 2 || status == 429 || status == 503);
        assertThat(refused)
                .as("three times the capacity is more than it admits")
                .isNotEmpty();
        assertThat(refused).allMatch(o -> o.retryAfter() != null);
        assertThat(percentile(refused, 99)).as("p99 of refusals, ms").isLessThan(1000);
        assertThat(admitted).isNotEmpty();
        assertThat(admitted).allMatch(o -> o.id() != null);
        assertThat(stored.values()).allMatch(ids -> ids.size() == 1);
        admitted.forEach(o -> assertThat(stored.get(o.key())).as(o.key()).containsExactly(o.id()));
        assertThat(stored).hasSameSizeAs(admitted);
    }

    static double percentile(List<OverloadClient.Outcome> outcomes, int percent) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        var sorted = outcomes.stream()
                .map(OverloadClient.Outcome::fromSent)
                .sorted(Comparator.naturalOrder())
                .toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percent / 100.0) - 1);
        return sorted.get(Math.max(0, index));
    }

    /** The job's runs and the database's clock in milliseconds. */
    static long[] jobRuns(java.sql.Connection connection) throws Exception {
        try (var rows = connection.createStatement().executeQuery("""
                select coalesce((select runs from scheduled_job where name = 'notice.overdue-reminders'), 0),
                       (extract(epoch from clock_timestamp()) * 1000)::bigint""")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** Opens a region coordinator's account through node B; its id. */
    static String openAccount(String username, String region) throws Exception {
        var opened = send(
                b, "POST", "/api/v1/accounts", admin, Map.of(), """
                {"username": "%s", "displayName": "%s", "password": "%s", "role": "REGION_COORDINATOR",
                 "region": "%s", "units": []}""".formatted(username, username, PASSWORD, region));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return JSON.readTree(opened.body()).path("id").asString();
    }

    static String token(AppProcess node, String username, String password) throws Exception {
        var response = tokenResponse(node, username, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asString();
    }

    static HttpResponse<String> tokenResponse(AppProcess node, String username, String password) throws Exception {
        return send(node, "POST", "/api/v1/auth/token", null, Map.of(), """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
    }

    static HttpResponse<String> report(AppProcess node, ReportLoad.Unit unit, String key) throws Exception {
        return send(
                node,
                "POST",
                "/api/v1/units/" + unit.id() + "/reports",
                unit.apiKey(),
                Map.of("Idempotency-Key", key),
                "{\"levels\":{\"WARD\":{\"staffed\":40,\"occupied\":12}}}");
    }

    static HttpResponse<String> send(
            AppProcess node, String method, String path, String token, Map<String, String> headers, String body)
            throws Exception {
        return ReliabilityIT.send(node.port, method, path, token, headers, body);
    }
}

package se.nspl.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * The platform from its jar on a PostgreSQL of the test's own (never the machine's shared one),
 * killed and stopped under load: docs/reliability.md. Rounds: {@code -Dnspl.reliability.rounds=N}
 * (3 by default, as in CI).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path DRILL =
            Path.of("..", "tools", "backup-drill.sh").toAbsolutePath().normalize();
    static final int ROUNDS = Integer.getInteger("nspl.reliability.rounds", 3);

    static ScratchPostgres database;
    static AppProcess app;
    static int port;
    static Path log;
    static HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static List<ReportLoad.Unit> units;

    @BeforeAll
    static void start() throws Exception {
        database = ScratchPostgres.create();
        log = database.directory.resolve("app.log");
        port = ScratchPostgres.freePort();
        app = AppProcess.start(database, log, port);
        String token = JSON.readTree(
                        send("POST", "/api/v1/auth/token", null, Map.of(), """
                        {"username": "admin", "password": "%s"}""".formatted(AppProcess.ADMIN_PASSWORD))
                                .body())
                .path("token")
                .asString();
        // a hospital system's API key for Stockholm (01), and its ward units
        String key = JSON.readTree(
                        send("POST", "/api/v1/api-keys", token, Map.of(), """
                        {"name": "reliability test", "region": "01"}""").body())
                .path("key")
                .asString();
        units = new ArrayList<>();
        for (JsonNode unit : JSON.readTree(send("GET", "/api/v1/units?kind=WARD&region=01", token, Map.of(), null)
                .body())) {
            units.add(new ReportLoad.Unit(unit.path("id").asString(), key));
        }
        assertThat(units).hasSizeGreaterThan(5);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (database != null) {
                // the application's log outlives the scratch directory, for reading after a failure
                Files.copy(log, Path.of("target", "reliability-app.log"), StandardCopyOption.REPLACE_EXISTING);
                database.close();
            }
        }
    }

    /**
     * Reports sent and retried with their Idempotency-Key while the application (SIGKILL, restart)
     * and PostgreSQL (SIGKILL of every process, restart, crash recovery) die in turn: every report
     * acknowledged with 2xx is stored exactly once, under the id it was acknowledged with.
     */
    @Test
    @Order(1)
    void everyAcknowledgedReportIsStoredExactlyOnceThroughCrashes() throws Exception {
        var load = new ReportLoad("crash-", URI.create("http://127.0.0.1:" + port), units);
        load.start(4, Duration.ofMillis(20));
        var figures = new StringBuilder();
        for (int round = 1; round <= ROUNDS; round++) {
            awaitProgress(load, Duration.ofSeconds(2));
            long killed = System.nanoTime();
            app.kill();
            app = AppProcess.start(database, log, port);
            double appBack = seconds(System.nanoTime() - killed);
            double appAcknowledging = awaitProgress(load, Duration.ofSeconds(1));

            killed = System.nanoTime();
            database.kill();
            Thread.sleep(500);
            database.start();
            double databaseBack = seconds(System.nanoTime() - killed);
            double databaseAcknowledging = awaitProgress(load, Duration.ofSeconds(1));
            figures.append(String.format(
                    Locale.ROOT,
                    "round %d: app killed, ready again after %.1f s, acknowledging after %.1f s more;"
                            + " PostgreSQL killed, up again after %.1f s, reports acknowledged after %.1f s more;"
                            + " %d acknowledged so far%n",
                    round,
                    appBack,
                    appAcknowledging,
                    databaseBack,
                    databaseAcknowledging,
                    load.acknowledged.size()));
        }
        load.finish(Duration.ofSeconds(60));

        var stored = database.storedReports("crash-");
        long duplicates = stored.values().stream().filter(ids -> ids.size() > 1).count();
        figures.append(String.format(
                Locale.ROOT,
                "%d rounds: %d reports sent in %d requests (%d retries), %d acknowledged (%d of them by a retry answered"
                        + " 200: stored before, answer lost), %d stored, %d duplicates%n",
                ROUNDS,
                load.keys.get(),
                load.attempts.get(),
                load.retries.get(),
                load.acknowledged.size(),
                load.replayed.get(),
                stored.size(),
                duplicates));
        System.out.print(figures);
        Files.writeString(Path.of("target", "reliability-crash.txt"), figures);

        assertThat(load.unexpected).as("answers other than 2xx, 5xx or 429").isEmpty();
        assertThat(load.finishedInTime)
                .as("every report begun was acknowledged in the end")
                .isTrue();
        assertThat(load.acknowledged).hasSizeGreaterThan(ROUNDS * 20);
        assertThat(duplicates).isZero();
        load.acknowledged.forEach(
                (key, id) -> assertThat(stored.get(key)).as(key).containsExactly(id));
        assertThat(stored.keySet()).isEqualTo(load.acknowledged.keySet());
    }

    /**
     * PostgreSQL stopped while the application runs: report writes are answered 503 with
     * Retry-After within 2 s, also many at once (no request thread waits out a pool timeout); the
     * dashboard serves the last known picture and says how old it is; when PostgreSQL is back the
     * application takes reports again without a restart.
     */
    @Test
    @Order(2)
    void whileTheDatabaseIsDownWritesFailFastAndTheDashboardShowsTheLastKnownPicture() throws Exception {
        var unit = units.get(0);
        var session = new WebSession(port);
        var login = session.post("/login", Map.of("username", "admin", "password", AppProcess.ADMIN_PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
        assertThat(report(unit, "outage-before").statusCode()).isEqualTo(201);
        assertThat(session.get("/picture").body()).doesNotContain("id=\"last-known\"");

        database.stop();
        long stopped = System.nanoTime();
        // twice as many writes at once as the application has request threads
        var pool = Executors.newFixedThreadPool(16);
        var writes = new ArrayList<Future<long[]>>();
        for (int i = 0; i < 16; i++) {
            String key = "outage-during-" + i;
            writes.add(pool.submit(() -> {
                long start = System.nanoTime();
                var response = report(unit, key);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/problem+json");
                // the database's 503, or the admission control's if more arrive at once than it admits
                assertThat(response.body()).contains("\"status\":503").containsAnyOf("database is unavailable", "busy");
                return new long[] {millis};
            }));
        }
        long slowest = 0;
        for (var write : writes) {
            slowest = Math.max(slowest, write.get(30, TimeUnit.SECONDS)[0]);
        }
        pool.shutdown();
        long single = System.nanoTime();
        var one = report(unit, "outage-single");
        long singleMillis = (System.nanoTime() - single) / 1_000_000;
        assertThat(one.statusCode()).isEqualTo(503);
        assertThat(slowest).as("the slowest of 16 concurrent writes, ms").isLessThan(2000);
        assertThat(singleMillis).isLessThan(2000);

        long pageStart = System.nanoTime();
        var page = session.get("/picture");
        long pageMillis = (System.nanoTime() - pageStart) / 1_000_000;
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"last-known\"").contains("Databasen svarar inte");

        Thread.sleep(1000);
        database.start();
        long restarted = System.nanoTime();
        HttpResponse<String> after;
        do {
            after = report(unit, "outage-after");
            assertThat(System.nanoTime() - restarted)
                    .as("writes taken again within 30 s")
                    .isLessThan(30_000_000_000L);
        } while (after.statusCode() == 503);
        double recovered = seconds(System.nanoTime() - restarted);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        assertThat(session.get("/picture").body()).doesNotContain("id=\"last-known\"");

        String figures = String.format(
                Locale.ROOT,
                "outage: PostgreSQL stopped %.1f s; 16 concurrent report writes answered 503 in at most %d ms,"
                        + " one more in %d ms; the dashboard served the last known picture in %d ms;"
                        + " a report accepted %.1f s after PostgreSQL was up again%n",
                seconds(restarted - stopped),
                slowest,
                singleMillis,
                pageMillis,
                recovered);
        System.out.print(figures);
        Files.writeString(Path.of("target", "reliability-outage.txt"), figures);
    }

    /**
     * tools/backup-drill.sh in its point-in-time mode: a base backup while reports arrive, more
     * reports after it (these come only from the archived WAL), then the drill restores to the
     * time of its counts in a scratch instance and finds every table's row count equal.
     */
    @Test
    @Order(3)
    void theBackupDrillRestoresToAPointInTimeWithEveryRow() throws Exception {
        var load = new ReportLoad("drill-", URI.create("http://127.0.0.1:" + port), units);
        Path backedUp = database.directory.resolve("backed-up");
        Path quiet = database.directory.resolve("quiet");
        load.start(2, Duration.ofMillis(20));
        var drill = new ProcessBuilder(
                        DRILL.toString(),
                        "--pitr",
                        database.archive.toString(),
                        "--after-backup",
                        "touch '" + backedUp + "'; while [ ! -f '" + quiet + "' ]; do sleep 0.1; done")
                .redirectErrorStream(true);
        drill.environment()
                .putAll(Map.of(
                        "PGHOST",
                        "127.0.0.1",
                        "PGPORT",
                        Integer.toString(database.port),
                        "PGUSER",
                        "postgres",
                        "PGDATABASE",
                        "nspl"));
        var process = drill.start();
        var output = new StringBuilder();
        var reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                output.append(e);
            }
        });
        reader.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(backedUp) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        int before = load.acknowledged.size();
        awaitProgress(load, Duration.ofSeconds(1));
        load.finish(Duration.ofSeconds(30));
        int afterBackup = load.acknowledged.size() - before;
        awaitAlertsSettled();
        Files.createFile(quiet);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        reader.join();
        System.out.print(output);
        Files.writeString(
                Path.of("target", "reliability-backup-drill.txt"),
                output + "(" + afterBackup + " reports acknowledged after the base backup)\n");

        assertThat(process.exitValue()).as(output.toString()).isZero();
        assertThat(output).contains("point-in-time restore").contains("== OK");
        assertThat(afterBackup).isPositive();
        assertThat(load.unexpected).isEmpty();
    }

    static HttpResponse<String> report(ReportLoad.Unit unit, String key) throws Exception {
        return send(
                "POST",
                "/api/v1/units/" + unit.id() + "/reports",
                unit.apiKey(),
                Map.of("Idempotency-Key", key),
                "{\"levels\":{\"WARD\":{\"staffed\":40,\"occupied\":12}}}");
    }

    /** Waits until new reports were acknowledged for {@code span}; returns the seconds until the first. */
    static double awaitProgress(ReportLoad load, Duration span) throws Exception {
        long start = System.nanoTime();
        int before = load.acknowledged.size();
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (load.acknowledged.size() == before) {
            assertThat(System.nanoTime())
                    .as("reports acknowledged again within 60 s")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
        double first = seconds(load.lastAcknowledgedNanos.get() - start);
        Thread.sleep(span.toMillis());
        return first;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * Waits until the node's alert check, which runs once a second over the regions that reports
     * changed, has written its last alerts: the drill's counts need a quiet source.
     */
    private static void awaitAlertsSettled() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long previous = -1;
        long count = alerts();
        while (count != previous && System.nanoTime() < deadline) {
            Thread.sleep(1_500); // longer than one round of the check
            previous = count;
            count = alerts();
        }
    }

    private static long alerts() throws SQLException {
        try (var connection = database.connect("nspl");
                var rows = connection.createStatement().executeQuery("select count(*) from picture_alert")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static HttpResponse<String> send(String method, String path, String token, Map<String, String> headers, String body)
            throws Exception {
        return send(port, method, path, token, headers, body);
    }

    /** A request to the node on {@code port}, JSON when there is a body, with a bearer token when given. */
    static HttpResponse<String> send(
            int port, String method, String path, String token, Map<String, String> headers, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), BodyHandlers.ofString());
    }
}

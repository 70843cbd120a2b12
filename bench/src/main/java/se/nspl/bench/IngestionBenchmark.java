package se.nspl.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sustained JSON report ingestion against a running platform, over loopback: reports arrive at a
 * fixed rate (an open model, so a slow server cannot slow the arrivals down), each from a hospital
 * system's API key, to ward units spread over the regions. Latency is measured from the moment a
 * report was due, not from when it was sent, so queueing in the client counts against the server
 * (no coordinated omission). The first seconds warm up and are not counted.
 *
 * <p>{@code java -cp 'bench/target/classes:bench/target/lib/*' se.nspl.bench.IngestionBenchmark URL ADMIN_PASSWORD
 * RATE SECONDS} (after {@code ./mvnw package -DskipTests}); see docs/benchmarks.md.
 */
public final class IngestionBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WARM_UP_SECONDS = 10;

    private record Target(String unit, String key) {}

    private IngestionBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: IngestionBenchmark URL ADMIN_PASSWORD REPORTS_PER_SECOND SECONDS [SERVER_PID]");
            System.exit(2);
        }
        String url = args[0];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        var cpu = new CpuTimes(args.length == 5 ? Long.parseLong(args[4]) : -1);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String token = field(
                post(
                        http,
                        url + "/api/v1/auth/token",
                        null,
                        "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}"),
                "token");
        var targets = targets(http, url, token);
        System.out.printf(
                Locale.ROOT,
                "%d ward units in %s; %d reports/s for %d s after %d s warm-up%n",
                targets.size(),
                url,
                rate,
                seconds,
                WARM_UP_SECONDS);

        int total = rate * (seconds + WARM_UP_SECONDS);
        long[] latencies = new long[total];
        var errors = new AtomicInteger();
        var statuses = new AtomicInteger();
        // each of the 64 senders keeps one connection open, as a hospital system's client would
        ExecutorService pool = Executors.newFixedThreadPool(64);
        var connections = new Connections(URI.create(url));
        var random = new Random(42);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        CpuTimes.Sample afterWarmUp = null;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            if (i == rate * WARM_UP_SECONDS) {
                afterWarmUp = cpu.sample();
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            var target = targets.get(i % targets.size());
            int occupied = random.nextInt(41);
            int index = i;
            pool.execute(() -> {
                String body = "{\"levels\":{\"WARD\":{\"staffed\":40,\"occupied\":" + occupied + ",\"surge24h\":5}}}";
                try {
                    int status = connections
                            .get()
                            .postJson(
                                    "/api/v1/units/" + target.unit() + "/reports",
                                    Map.of(
                                            "Authorization",
                                            "Bearer " + target.key(),
                                            "Idempotency-Key",
                                            "bench-" + index),
                                    body);
                    if (status != 201) {
                        errors.incrementAndGet();
                        statuses.set(status);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    connections.reset();
                }
                latencies[index] = System.nanoTime() - due;
            });
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        var cpuUsed = cpu.sample().minus(afterWarmUp);

        long[] measured = Arrays.copyOfRange(latencies, rate * WARM_UP_SECONDS, total);
        Arrays.sort(measured);
        System.out.printf(
                Locale.ROOT,
                "sent %d reports with Idempotency-Key in %.1f s (%.0f/s overall); measured %d after warm-up%n",
                total,
                elapsed / 1e9,
                total / (elapsed / 1e9),
                measured.length);
        System.out.printf(
                Locale.ROOT,
                "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                ms(measured, 0.50),
                ms(measured, 0.90),
                ms(measured, 0.99),
                measured[measured.length - 1] / 1e6);
        int measuredReports = total - rate * WARM_UP_SECONDS;
        System.out.printf(
                Locale.ROOT,
                "CPU ms per report after warm-up: server %s  PostgreSQL %.2f  load generator %.2f%n",
                cpuUsed.serverMillis() < 0
                        ? "?"
                        : String.format(Locale.ROOT, "%.2f", cpuUsed.serverMillis() / measuredReports),
                cpuUsed.postgresMillis() / measuredReports,
                cpuUsed.selfMillis() / measuredReports);
        System.out.printf(
                Locale.ROOT,
                "errors: %d%s%n",
                errors.get(),
                errors.get() > 0 ? " (last status " + statuses.get() + ")" : "");
    }

    /** A kept-alive connection per sending thread, opened again after a failure. */
    private static final class Connections {
        private final URI base;
        private final ThreadLocal<Http1Connection> open = new ThreadLocal<>();

        Connections(URI base) {
            this.base = base;
        }

        Http1Connection get() throws IOException {
            var connection = open.get();
            if (connection == null || connection.isClosed()) {
                connection = new Http1Connection(base);
                open.set(connection);
            }
            return connection;
        }

        void reset() {
            var connection = open.get();
            open.remove();
            if (connection != null) {
                try {
                    connection.close();
                } catch (IOException e) {
                    // it is being dropped anyway
                }
            }
        }
    }

    /** One API key per region (a hospital system each), and every ward unit with its region's key. */
    private static List<Target> targets(HttpClient http, String url, String token) throws Exception {
        var units = JSON.readTree(get(http, url + "/api/v1/units?kind=WARD", token));
        var keys = new HashMap<String, String>();
        var targets = new ArrayList<Target>();
        for (var unit : units) {
            String region = unit.path("region").asString();
            if (!keys.containsKey(region)) {
                String name = "bench-" + region + "-" + System.nanoTime();
                keys.put(
                        region,
                        field(
                                post(
                                        http,
                                        url + "/api/v1/api-keys",
                                        token,
                                        "{\"name\":\"" + name + "\",\"region\":\"" + region + "\"}"),
                                "key"));
            }
            targets.add(new Target(unit.path("id").asString(), keys.get(region)));
        }
        return targets;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String field(String json, String name) {
        String value = JSON.readTree(json).path(name).asString();
        if (value.isEmpty()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value;
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        BodyHandlers.ofString())
                .body();
    }

    private static String post(HttpClient http, String url, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

package se.nspl.bench;

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
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sustained JSON report ingestion against a running platform, over loopback, at a fixed rate
 * ({@link OpenLoad}): each report from a hospital system's API key with an Idempotency-Key, to
 * ward units spread over the regions; optionally, at the same time, reads of the national picture
 * at their own fixed rate. Prints latencies after warm-up and where the CPU went per request.
 *
 * <p>{@code java -cp 'bench/target/classes:bench/target/lib/*' se.nspl.bench.IngestionBenchmark URL ADMIN_PASSWORD
 * RATE SECONDS [SERVER_PID] [READ_RATE]} (after {@code ./mvnw package -DskipTests}), as
 * {@code bench/ingestion.sh} does; see docs/benchmarks.md.
 */
public final class IngestionBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Not measured: a fresh server's JIT compiler works through the request path for the first
     * 20 s or so, on the same two cores (seen with JFR on the CSV benchmark).
     */
    private static final int WARM_UP_SECONDS = 30;

    private record Target(String unit, String key) {}

    private IngestionBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 6) {
            System.err.println("usage: IngestionBenchmark URL ADMIN_PASSWORD REPORTS_PER_SECOND SECONDS"
                    + " [SERVER_PID] [PICTURE_READS_PER_SECOND]");
            System.exit(2);
        }
        String url = args[0];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        var cpu = new CpuTimes(args.length >= 5 ? Long.parseLong(args[4]) : -1);
        int readRate = args.length == 6 ? Integer.parseInt(args[5]) : 0;
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
                "%d ward units in %s; %d reports/s%s for %d s after %d s warm-up%n",
                targets.size(),
                url,
                rate,
                readRate > 0 ? " and " + readRate + " picture reads/s" : "",
                seconds,
                WARM_UP_SECONDS);

        var server = URI.create(url);
        var random = new Random(42);
        int[] occupied = new int[rate * (seconds + WARM_UP_SECONDS)];
        Arrays.setAll(occupied, i -> random.nextInt(41));
        // each of the 64 senders keeps one connection open, as a hospital system's client would
        var reports = new OpenLoad("reports", server, rate, seconds, WARM_UP_SECONDS, 64, 201, (connection, i) -> {
            var target = targets.get(i % targets.size());
            return connection.postJson(
                    "/api/v1/units/" + target.unit() + "/reports",
                    Map.of("Authorization", "Bearer " + target.key(), "Idempotency-Key", "bench-" + i),
                    "{\"levels\":{\"WARD\":{\"staffed\":40,\"occupied\":" + occupied[i] + ",\"surge24h\":5}}}");
        });
        // authorities' systems and dashboards reading the national picture meanwhile
        OpenLoad reads = readRate == 0
                ? null
                : new OpenLoad(
                        "picture reads", server, readRate, seconds, WARM_UP_SECONDS, 32, 200, (connection, i) -> {
                            var target = targets.get(i % targets.size());
                            return connection.get("/api/v1/picture", Map.of("Authorization", "Bearer " + target.key()));
                        });
        var cpuAtWarmUp = new AtomicReference<CpuTimes.Sample>();
        var reader = new Thread(() -> {
            try {
                if (reads != null) {
                    reads.run(() -> {});
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        reports.run(() -> cpuAtWarmUp.set(cpu.sample()));
        reader.join();
        var cpuUsed = cpu.sample().minus(cpuAtWarmUp.get());

        reports.print();
        if (reads != null) {
            reads.print();
        }
        int requests = reports.measured() + (reads == null ? 0 : reads.measured());
        System.out.printf(
                Locale.ROOT,
                "CPU ms per request after warm-up (%d requests): server %s  PostgreSQL %.2f  load generator %.2f%n",
                requests,
                cpuUsed.serverMillis() < 0
                        ? "?"
                        : String.format(Locale.ROOT, "%.2f", cpuUsed.serverMillis() / requests),
                cpuUsed.postgresMillis() / requests,
                cpuUsed.selfMillis() / requests);
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

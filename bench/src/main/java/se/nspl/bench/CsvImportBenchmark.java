package se.nspl.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regions' CSV bulk upload ({@code POST /api/v1/regions/{code}/reports}, docs/capacity.md)
 * against a running platform, over loopback: {@code ROUNDS} rounds of uploads of every region's
 * units (bench/csv-import.sh adds its own to the register's, over the hospitals of each region), each region's whole
 * list of units in one CSV per round (every line a realistic report: levels fitting the unit,
 * restrictions, the emergency department, comments now and then), sent one after another, or on
 * {@code CLIENTS} connections, after {@code WARM_UP_SECONDS} of rounds that are not measured: until then the
 * server's JIT compiler is still compiling the upload's code, on the same two cores (a run on a fresh server
 * spent more CPU compiling than importing in its first 20 s). Prints rows per second over the measured
 * uploads, and per upload.
 *
 * <p>{@code java -cp 'bench/target/classes:bench/target/lib/*' se.nspl.bench.CsvImportBenchmark URL ADMIN_PASSWORD
 * ROUNDS CLIENTS WARM_UP_SECONDS [SERVER_PID]}, as {@code bench/csv-import.sh} does; see docs/benchmarks.md.
 */
public final class CsvImportBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String HEADER = "unitId,observedAt,operationalStatus,restrictions,emergencyDepartment,"
            + "ventilatedPatients,ecmoPatients,electiveNext7Days,electivePostponed,comment,"
            + "ICU_VENT.staffed,ICU_VENT.occupied,ICU_VENT.surge24h,ICU_VENT.reserve7d,"
            + "ICU.staffed,ICU.occupied,ICU.surge24h,ICU.reserve7d,"
            + "PAEDIATRIC_ICU.staffed,PAEDIATRIC_ICU.occupied,PAEDIATRIC_ICU.surge24h,PAEDIATRIC_ICU.reserve7d,"
            + "NEONATAL_ICU.staffed,NEONATAL_ICU.occupied,NEONATAL_ICU.surge24h,NEONATAL_ICU.reserve7d,"
            + "WARD.staffed,WARD.occupied,WARD.surge24h,WARD.reserve7d\n";

    private record Unit(String id, String kind) {}

    private static final Duration ROUND_APART = Duration.ofMinutes(10);

    /** A week of rounds: reports may be observed up to 14 days back. */
    private static final int MAX_WARM_UP_ROUNDS = 7 * 24 * 6;

    private CsvImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || args.length > 6) {
            System.err.println(
                    "usage: CsvImportBenchmark URL ADMIN_PASSWORD ROUNDS CLIENTS WARM_UP_SECONDS [SERVER_PID]");
            System.exit(2);
        }
        String url = args[0];
        int rounds = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int warmUpSeconds = Integer.parseInt(args[4]);
        var cpu = new CpuTimes(args.length == 6 ? Long.parseLong(args[5]) : -1);
        var http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        String token = field(
                send(
                        http,
                        "POST",
                        url + "/api/v1/auth/token",
                        null,
                        "application/json",
                        "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}"),
                "token");

        var units = units(http, url, token);
        // each region's upload comes from its own hospital system's API key (a reporter of the region)
        var keys = new LinkedHashMap<String, String>();
        for (String region : units.keySet()) {
            String body =
                    "{\"name\":\"bench-csv-" + region + "-" + System.nanoTime() + "\",\"region\":\"" + region + "\"}";
            keys.put(
                    region,
                    field(send(http, "POST", url + "/api/v1/api-keys", token, "application/json", body), "key"));
        }
        System.out.printf(
                Locale.ROOT,
                "%d regions, %d units in all; %d rounds of one upload per region, %d client(s)%n",
                units.size(),
                units.values().stream().mapToInt(List::size).sum(),
                rounds,
                clients);

        // the measured files are made before the clock starts: what is measured is the server's import.
        // Every round is observed ten minutes after the one before (its lines up to five minutes
        // earlier), all within the last days: warm-up rounds first, made as they are needed.
        var random = new Random(42);
        var last = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var uploads = new ArrayList<Map.Entry<String, byte[]>>();
        int rows = 0;
        for (int round = 0; round < rounds; round++) {
            var observed = last.minus(ROUND_APART.multipliedBy(rounds - round));
            for (var region : units.entrySet()) {
                uploads.add(Map.entry(region.getKey(), csv(region.getValue(), observed, random)));
                rows += region.getValue().size();
            }
        }
        long bytes = uploads.stream().mapToLong(u -> u.getValue().length).sum();

        // daemon threads: a failed upload ends the run instead of leaving it waiting
        var pool = Executors.newFixedThreadPool(clients, task -> {
            var thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
        long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        int warmUpRounds = 0;
        var firstWarmUp = last.minus(ROUND_APART.multipliedBy(rounds + MAX_WARM_UP_ROUNDS));
        do {
            var observed = firstWarmUp.plus(ROUND_APART.multipliedBy(warmUpRounds++));
            var round = new ArrayList<Map.Entry<String, byte[]>>();
            units.forEach((region, ofRegion) -> round.add(Map.entry(region, csv(ofRegion, observed, random))));
            sendAll(pool, url, keys, round);
        } while (System.nanoTime() < warmUpEnd && warmUpRounds < MAX_WARM_UP_ROUNDS);
        System.out.printf(Locale.ROOT, "warmed up with %d round(s) in %d s%n", warmUpRounds, warmUpSeconds);
        var before = cpu.sample();
        long start = System.nanoTime();
        var millis = sendAll(pool, url, keys, uploads);
        double seconds = (System.nanoTime() - start) / 1e9;
        var used = cpu.sample().minus(before);
        pool.shutdown();

        millis.sort(Double::compare);
        System.out.printf(
                Locale.ROOT,
                "%d rows in %d uploads (%.1f MB of CSV) in %.2f s: %.0f rows/s%n",
                rows,
                uploads.size(),
                bytes / 1e6,
                seconds,
                rows / seconds);
        System.out.printf(
                Locale.ROOT,
                "per upload of %d rows: median %.0f ms, max %.0f ms%n",
                rows / uploads.size(),
                millis.get(millis.size() / 2),
                millis.get(millis.size() - 1));
        System.out.printf(
                Locale.ROOT,
                "CPU µs per row: server %s  PostgreSQL %.1f  load generator %.1f%n",
                used.serverMillis() < 0 ? "?" : String.format(Locale.ROOT, "%.1f", used.serverMillis() * 1000 / rows),
                used.postgresMillis() * 1000 / rows,
                used.selfMillis() * 1000 / rows);
    }

    /**
     * Sends the uploads on the pool's clients, each with its own kept-alive connection (a lean
     * client: its CPU is the machine's too); the milliseconds each took, in the order sent.
     */
    private static List<Double> sendAll(
            ExecutorService pool, String url, Map<String, String> keys, List<Map.Entry<String, byte[]>> uploads)
            throws Exception {
        var server = URI.create(url);
        var times = new ArrayList<Future<Long>>();
        for (var upload : uploads) {
            times.add(pool.submit(() -> {
                long t = System.nanoTime();
                var connection = CONNECTION.get();
                if (connection == null || connection.isClosed()) {
                    connection = new Http1Connection(server);
                    CONNECTION.set(connection);
                }
                String path = "/api/v1/regions/" + upload.getKey() + "/reports";
                int status = connection.post(
                        path,
                        Map.of("Authorization", "Bearer " + keys.get(upload.getKey())),
                        "text/csv",
                        upload.getValue());
                if (status / 100 != 2) {
                    throw new IllegalStateException("POST " + path + " answered " + status);
                }
                return System.nanoTime() - t;
            }));
        }
        var millis = new ArrayList<Double>();
        for (var time : times) {
            millis.add(time.get() / 1e6);
        }
        return millis;
    }

    /** Each client's connection. */
    private static final ThreadLocal<Http1Connection> CONNECTION = new ThreadLocal<>();

    /** Every region's units (bench/csv-import.sh added the benchmark's own in the database first). */
    private static Map<String, List<Unit>> units(HttpClient http, String url, String token) throws Exception {
        var units = new LinkedHashMap<String, List<Unit>>();
        for (var unit : JSON.readTree(send(http, "GET", url + "/api/v1/units", token, null, null))) {
            units.computeIfAbsent(unit.path("region").asString(), r -> new ArrayList<>())
                    .add(new Unit(unit.path("id").asString(), unit.path("kind").asString()));
        }
        var hospitals = new LinkedHashMap<String, List<String>>();
        for (var hospital : JSON.readTree(send(http, "GET", url + "/api/v1/hospitals", token, null, null))) {
            hospitals
                    .computeIfAbsent(hospital.path("region").asString(), r -> new ArrayList<>())
                    .add(hospital.path("id").asString());
        }
        units.keySet().retainAll(hospitals.keySet());
        return units;
    }

    /** One line per unit, figures that keep every rule of docs/capacity.md. */
    private static byte[] csv(List<Unit> units, Instant observed, Random random) {
        var csv = new StringBuilder(HEADER);
        for (var unit : units) {
            boolean restricted = random.nextInt(10) == 0;
            boolean icu = unit.kind().equals("ADULT_ICU");
            int staffed = icu ? 4 + random.nextInt(20) : 10 + random.nextInt(30);
            int occupied = random.nextInt(staffed + 1);
            csv.append(unit.id())
                    .append(',')
                    .append(observed.minusSeconds(random.nextInt(300)))
                    .append(',')
                    .append(restricted ? "RESTRICTED,STAFF;ROOMS," : "NORMAL,,")
                    .append(random.nextInt(8) == 0 ? "DIVERTING" : "OPEN")
                    .append(',')
                    .append(icu ? String.valueOf(occupied / 2) : "")
                    .append(',')
                    .append(icu ? String.valueOf(random.nextInt(2) * Math.min(1, occupied)) : "")
                    .append(',');
            int scheduled = random.nextInt(40);
            csv.append(scheduled)
                    .append(',')
                    .append(random.nextInt(scheduled + 1))
                    .append(',');
            csv.append(restricted ? "\"Sjuksköterskor saknas, två salar stängda\"" : "");
            for (String kind : List.of("ADULT_ICU", "ADULT_ICU", "PAEDIATRIC_ICU", "NEONATAL_ICU", "WARD")) {
                // an adult ICU reports ventilator and other intensive care beds, the others their one level
                if (kind.equals(unit.kind())) {
                    csv.append(',')
                            .append(staffed)
                            .append(',')
                            .append(occupied)
                            .append(',')
                            .append(random.nextInt(4))
                            .append(',')
                            .append(random.nextInt(6));
                } else {
                    csv.append(",,,,");
                }
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        String value = JSON.readTree(json).path(name).asString();
        if (value.isEmpty()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value;
    }

    private static String send(HttpClient http, String method, String url, String token, String type, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        var response = http.send(request.build(), BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}

package se.nspl.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Hospital systems sending status reports as a careful client does: each report with its own
 * Idempotency-Key, sent again with the same key and body after a connection error, a timeout or a
 * 5xx answer until it is acknowledged with 2xx. Records which report id each key was acknowledged
 * with. Given several nodes, the attempts of one report go to them in turn (a retry goes to the
 * next node, as behind a load balancer).
 */
final class ReportLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    record Unit(String id, String apiKey) {}

    final String prefix;
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    final AtomicInteger keys = new AtomicInteger();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    /** Retries answered 200: the report had been stored by an attempt whose answer was lost. */
    final AtomicLong replayed = new AtomicLong();

    final AtomicLong lastAcknowledgedNanos = new AtomicLong();
    final List<String> unexpected = new CopyOnWriteArrayList<>();

    private final List<URI> bases;
    private final List<Unit> units;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopping;

    ReportLoad(String prefix, URI base, List<Unit> units) {
        this(prefix, List.of(base), units);
    }

    ReportLoad(String prefix, List<URI> bases, List<Unit> units) {
        this.prefix = prefix;
        this.bases = bases;
        this.units = units;
    }

    /** Starts {@code senders} clients, each sending a report every {@code pause} at most. */
    void start(int senders, Duration pause) {
        for (int s = 0; s < senders; s++) {
            var worker = new Thread(
                    () -> {
                        while (!stopping) {
                            sendUntilAcknowledged(keys.incrementAndGet());
                            sleep(pause);
                        }
                    },
                    "sender-" + s);
            worker.start();
            workers.add(worker);
        }
    }

    /** No new reports; waits until every report begun is acknowledged (or the deadline passes). */
    void finish(Duration deadline) throws InterruptedException {
        stopping = true;
        long end = System.nanoTime() + deadline.toNanos();
        for (var worker : workers) {
            worker.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        }
        finishedInTime = workers.stream().noneMatch(Thread::isAlive);
        giveUp = true;
    }

    boolean finishedInTime;
    private volatile boolean giveUp;

    private void sendUntilAcknowledged(int n) {
        String key = prefix + n;
        var unit = units.get(n % units.size());
        String body = "{\"observedAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "\",\"levels\":{\"WARD\":{\"staffed\":40,\"occupied\":" + (n % 41) + ",\"surge24h\":5}}}";
        for (int attempt = 0; !giveUp; attempt++) {
            var request = HttpRequest.newBuilder(
                            bases.get((n + attempt) % bases.size()).resolve("/api/v1/units/" + unit.id() + "/reports"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + unit.apiKey())
                    .header("Idempotency-Key", key)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            attempts.incrementAndGet();
            if (attempt > 0) {
                retries.incrementAndGet();
            }
            try {
                var response = http.send(request, BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    var id = ID.matcher(response.body());
                    if (!id.find()) {
                        unexpected.add(key + ": " + status + " without an id: " + response.body());
                        return;
                    }
                    String earlier = acknowledged.putIfAbsent(key, id.group(1));
                    if (earlier != null) {
                        unexpected.add(key + " acknowledged twice");
                    }
                    if (status == 200) {
                        replayed.incrementAndGet();
                    }
                    lastAcknowledgedNanos.set(System.nanoTime());
                    return;
                }
                if (status / 100 != 5 && status != 429) {
                    unexpected.add(key + ": " + status + " " + response.body());
                    return;
                }
            } catch (IOException e) {
                // the server is gone or did not answer in time: send the same report again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

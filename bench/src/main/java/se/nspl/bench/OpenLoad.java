package se.nspl.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests sent at a fixed rate whatever the server does (an open model: a slow server cannot
 * slow the arrivals down), each on one of a pool of kept-alive connections. Latency is counted
 * from the moment a request was due, not from when it was sent, so queueing in the sender counts
 * against the server (no coordinated omission). The first {@code warmUpSeconds} are not counted.
 */
final class OpenLoad {

    /** One request: sends request number {@code index} on the connection and returns the status. */
    interface Request {
        int send(Http1Connection connection, int index) throws Exception;
    }

    private final String name;
    private final int rate;
    private final int total;
    private final int warmUp;
    private final int expectedStatus;
    private final Request request;
    private final long[] latencies;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger warmUpErrors = new AtomicInteger();
    private final AtomicInteger lastStatus = new AtomicInteger();
    private final ExecutorService senders;
    private final Connections connections;
    private long elapsedNanos;

    OpenLoad(
            String name,
            URI server,
            int rate,
            int seconds,
            int warmUpSeconds,
            int senders,
            int expectedStatus,
            Request request) {
        this.name = name;
        this.rate = rate;
        this.total = rate * (seconds + warmUpSeconds);
        this.warmUp = rate * warmUpSeconds;
        this.expectedStatus = expectedStatus;
        this.request = request;
        this.latencies = new long[total];
        this.senders = Executors.newFixedThreadPool(senders);
        this.connections = new Connections(server);
    }

    /** Sends every request, then waits for the answers; {@code afterWarmUp} runs once warm-up ends. */
    void run(Runnable afterWarmUp) throws InterruptedException {
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            if (i == warmUp) {
                afterWarmUp.run();
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            senders.execute(() -> {
                try {
                    int status = request.send(connections.get(), index);
                    if (status != expectedStatus) {
                        (index < warmUp ? warmUpErrors : errors).incrementAndGet();
                        lastStatus.set(status);
                    }
                } catch (Exception e) {
                    (index < warmUp ? warmUpErrors : errors).incrementAndGet();
                    connections.reset();
                }
                latencies[index] = System.nanoTime() - due;
            });
        }
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        elapsedNanos = System.nanoTime() - start;
    }

    int measured() {
        return total - warmUp;
    }

    void print() {
        long[] measured = Arrays.copyOfRange(latencies, warmUp, total);
        Arrays.sort(measured);
        System.out.printf(
                Locale.ROOT,
                "%s: sent %d in %.1f s (%.0f/s); latency ms after warm-up (%d): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f;"
                        + " errors after warm-up %d%s (during warm-up %d)%n",
                name,
                total,
                elapsedNanos / 1e9,
                total / (elapsedNanos / 1e9),
                measured.length,
                ms(measured, 0.50),
                ms(measured, 0.90),
                ms(measured, 0.99),
                measured[measured.length - 1] / 1e6,
                errors.get(),
                errors.get() > 0 ? " (last status " + lastStatus.get() + ")" : "",
                warmUpErrors.get());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}

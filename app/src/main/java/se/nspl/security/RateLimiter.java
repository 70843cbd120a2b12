package se.nspl.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a principal of the API, or an address): each holds at most {@code burst}
 * tokens, refilled at {@code perSecond}; a request takes one or is refused with the seconds until
 * one is back. Kept in this node's memory only: a full bucket is the same as none, so full ones
 * are dropped when many keys have been seen, and nothing touches the database.
 */
final class RateLimiter {

    /** Beyond this many keys, full buckets (idle clients) are dropped. */
    static final int KEYS_BEFORE_CLEAN_UP = 10_000;

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param perSecond tokens added per second, more than 0
     * @param burst the most tokens a bucket holds (the requests a quiet client may send at once), at least 1
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime}; a test's own)
     */
    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("nspl.security.rate-limit.requests-per-second must be above 0");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("nspl.security.rate-limit.burst must be at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for the key: 0 when the request may go on, else the whole seconds to wait (at least 1). */
    long take(String key) {
        long now = nanoTime.getAsLong();
        var bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= KEYS_BEFORE_CLEAN_UP) {
                buckets.values().removeIf(b -> b.isFull(now));
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        }
        return bucket.take(now);
    }

    int keys() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double seconds = (1 - tokens) / perSecond;
            return Math.max(1, (long) Math.ceil(seconds));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed / NANOS_PER_SECOND * perSecond);
                refilledAt = now;
            }
        }
    }
}

package se.nspl.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing an attacker a way to lock others out. Failures are
 * counted per account <em>and address</em>: the 11th wrong password for an account from one
 * address within a minute is refused, correct or not, until the minute has passed — while the
 * owner, from another address, logs in as usual. An address that fails 50 times in a minute over
 * any accounts is refused altogether for the rest of it (password spraying). Counted in this
 * node's memory (docs/security.md).
 */
@Component
public class LoginThrottle {

    static final int PER_ACCOUNT_AND_ADDRESS = 10;
    static final int PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(1);

    /** Refused because of too many failures; says when to try again. */
    public static final class ThrottledException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        private final long retryAfterSeconds;

        ThrottledException(long retryAfterSeconds) {
            super("Too many failed logins; try again in " + retryAfterSeconds + " seconds");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final Map<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Throws when the next attempt for the account from the address is to be refused. */
    void check(String username, String address) {
        var now = clock.instant();
        long wait = Math.max(
                waitFor(accountKey(username, address), PER_ACCOUNT_AND_ADDRESS, now),
                waitFor(addressKey(address), PER_ADDRESS, now));
        if (wait > 0) {
            throw new ThrottledException(wait);
        }
    }

    void failed(String username, String address) {
        var now = clock.instant();
        add(accountKey(username, address), now);
        add(addressKey(address), now);
        if (failures.size() > 100_000) {
            // Never more than a minute's worth: drop what has expired.
            failures.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
    }

    /** A correct password from the address clears the account's failures from there. */
    void succeeded(String username, String address) {
        failures.remove(accountKey(username, address));
    }

    private long waitFor(String key, int limit, Instant now) {
        var times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return 0;
            }
            // Until the oldest failure in the window has left it.
            var until = times.peekFirst().plus(WINDOW);
            return Math.max(1, Duration.between(now, until).toSeconds() + 1);
        }
    }

    private void add(String key, Instant now) {
        var times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(ArrayDeque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.pollFirst();
        }
    }

    private static boolean expired(ArrayDeque<Instant> times, Instant now) {
        synchronized (times) {
            prune(times, now);
            return times.isEmpty();
        }
    }

    private static String accountKey(String username, String address) {
        return "a:" + username.toLowerCase(Locale.ROOT) + "@" + address;
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }
}

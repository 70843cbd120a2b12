package se.nspl.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without handing an attacker a way to lock others out. Failures are
 * counted per account <em>and address</em>: the 11th wrong password for an account from one
 * address within a minute is refused, correct or not, until the minute has passed — while the
 * owner, from another address, logs in as usual. An address that fails 50 times in a minute over
 * any accounts is refused altogether for the rest of it (password spraying). Counted in the
 * database ({@code login_failure}), so that every node sees the same count: spreading attempts over
 * several nodes gains an attacker nothing (docs/security.md).
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

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into login_failure (throttle_key, failed_at) values (?, ?), (?, ?)")
                .params(accountKey(username, address), now, addressKey(address), now)
                .update();
        // never more than a minute's worth is kept
        jdbc.sql("delete from login_failure where failed_at <= ?")
                .param(Timestamp.from(clock.instant().minus(WINDOW)))
                .update();
    }

    /** A correct password from the address clears the account's failures from there. */
    void succeeded(String username, String address) {
        jdbc.sql("delete from login_failure where throttle_key = ?")
                .param(accountKey(username, address))
                .update();
    }

    /** Seconds until the oldest of {@code limit} failures within the window has left it; 0 if fewer. */
    private long waitFor(String key, int limit, Instant now) {
        // the limit-th newest failure within the window, if there are that many
        var oldestCounted = jdbc.sql("""
                        select failed_at from login_failure
                        where throttle_key = ? and failed_at > ?
                        order by failed_at desc offset ? limit 1""")
                .params(key, Timestamp.from(now.minus(WINDOW)), limit - 1)
                .query(Timestamp.class)
                .optional();
        return oldestCounted
                .map(at -> Math.max(
                        1, Duration.between(now, at.toInstant().plus(WINDOW)).toSeconds() + 1))
                .orElse(0L);
    }

    private static String accountKey(String username, String address) {
        return "a:" + username.toLowerCase(Locale.ROOT) + "@" + address;
    }

    private static String addressKey(String address) {
        return "i:" + address;
    }
}

package se.nspl.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token bucket, on a clock the test moves by hand. */
class RateLimiterTest {

    private long now = 1_000_000L;
    private final RateLimiter limiter = new RateLimiter(2, 5, () -> now);

    @Test
    void aQuietClientMaySendItsBurstAtOnceAndThenWaits() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.take("a")).as("request %d", i).isZero();
        }
        assertThat(limiter.take("a"))
                .as("half a second until the next token at 2/s")
                .isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheRateAndNeverBeyondTheBurst() {
        drain("a", 5);
        advance(500);
        assertThat(limiter.take("a")).isZero();
        assertThat(limiter.take("a")).isPositive();

        advance(60_000);
        drain("a", 5);
        assertThat(limiter.take("a"))
                .as("a minute's quiet still gives only the burst")
                .isPositive();
    }

    @Test
    void oneClientOverItsBudgetDoesNotTouchAnothers() {
        drain("noisy", 5);
        assertThat(limiter.take("noisy")).isPositive();
        assertThat(limiter.take("quiet")).isZero();
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilATokenIsBack() {
        var slow = new RateLimiter(0.1, 1, () -> now);
        assertThat(slow.take("a")).isZero();
        assertThat(slow.take("a")).isEqualTo(10);
        advance(2_500);
        assertThat(slow.take("a")).as("7.5 s left, rounded up").isEqualTo(8);
        advance(7_500);
        assertThat(slow.take("a")).isZero();
    }

    @Test
    void refusedRequestsDoNotCostTokens() {
        var slow = new RateLimiter(1, 1, () -> now);
        assertThat(slow.take("a")).isZero();
        for (int i = 0; i < 10; i++) {
            assertThat(slow.take("a")).isEqualTo(1);
        }
        advance(1_000);
        assertThat(slow.take("a")).isZero();
    }

    @Test
    void idleClientsAreForgottenWhenManyHaveBeenSeen() {
        for (int i = 0; i < RateLimiter.KEYS_BEFORE_CLEAN_UP; i++) {
            limiter.take("client-" + i);
        }
        drain("busy", 5);
        advance(600);
        limiter.take("newcomer");
        assertThat(limiter.keys())
                .as("every bucket full again was dropped, the busy one kept")
                .isEqualTo(2);
        assertThat(limiter.take("busy")).as("1.2 tokens back").isZero();
        assertThat(limiter.take("busy")).as("the busy client keeps its debt").isPositive();
    }

    @Test
    void refusesSettingsThatWouldBlockEverything() {
        assertThatThrownBy(() -> new RateLimiter(0, 5, () -> now)).hasMessageContaining("requests-per-second");
        assertThatThrownBy(() -> new RateLimiter(1, 0, () -> now)).hasMessageContaining("burst");
    }

    private void drain(String key, int tokens) {
        for (int i = 0; i < tokens; i++) {
            assertThat(limiter.take(key)).isZero();
        }
    }

    private void advance(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }
}

package se.nspl.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The samplers' means and variances, over many seeded draws (seeded: the same numbers every time). */
class RandomDrawsTest {

    private static final int DRAWS = 200_000;

    @Test
    void poissonDrawsHaveTheirMeanAsMeanAndVariance() {
        for (double mean : new double[] {0.3, 5, 11.9, 12, 40, 600, 90_000}) {
            var draws = new RandomDraws(new SplittableRandom(1));
            double sum = 0;
            double squares = 0;
            for (int k = 0; k < DRAWS; k++) {
                int x = draws.poisson(mean);
                sum += x;
                squares += (double) x * x;
            }
            double m = sum / DRAWS;
            double variance = squares / DRAWS - m * m;
            assertThat(m).as("mean %s", mean).isCloseTo(mean, within(5 * Math.sqrt(mean / DRAWS)));
            assertThat(variance).as("variance %s", mean).isCloseTo(mean, within(0.03 * mean));
        }
    }

    @Test
    void binomialDrawsHaveNpAndNpqAsMeanAndVariance() {
        int[] ns = {1, 10, 60, 600, 5_000, 100_000};
        double[] ps = {0.01, 0.1, 0.2, 0.5, 0.9};
        for (int n : ns) {
            for (double p : ps) {
                var draws = new RandomDraws(new SplittableRandom(2));
                double sum = 0;
                double squares = 0;
                for (int k = 0; k < DRAWS; k++) {
                    int x = draws.binomial(n, p);
                    assertThat(x).isBetween(0, n);
                    sum += x;
                    squares += (double) x * x;
                }
                double m = sum / DRAWS;
                double variance = squares / DRAWS - m * m;
                double expected = n * p * (1 - p);
                assertThat(m).as("n %d p %s", n, p).isCloseTo(n * p, within(5 * Math.sqrt(expected / DRAWS) + 1e-9));
                assertThat(variance).as("n %d p %s", n, p).isCloseTo(expected, within(0.04 * expected + 1e-9));
            }
        }
    }

    @Test
    void poissonDrawsFollowTheDistributionNotOnlyItsMoments() {
        // the share of each value near the mode against the exact probability
        double mean = 30;
        int[] counts = new int[200];
        var draws = new RandomDraws(new SplittableRandom(3));
        for (int k = 0; k < DRAWS; k++) {
            counts[draws.poisson(mean)]++;
        }
        for (int x = 20; x <= 40; x++) {
            double exact = Math.exp(-mean + x * Math.log(mean) - RandomDraws.logFactorial(x));
            assertThat((double) counts[x] / DRAWS).as("P(X = %d)", x).isCloseTo(exact, within(0.003));
        }
    }

    @Test
    void logFactorialIsContinuousWhereTheTableEnds() {
        int k = (1 << 16) - 1;
        double step = RandomDraws.logFactorial(k + 1) - RandomDraws.logFactorial(k);
        assertThat(step).isCloseTo(Math.log(k + 1), within(1e-6));
    }
}

package se.nspl.simulation;

import java.util.SplittableRandom;

/**
 * The STOCHASTIC mode: Poisson arrivals and binomial discharges (each patient leaves with the day's probability),
 * drawn from one seeded generator per replication. Both distributions are sampled exactly by inversion: from 0 for
 * small means, and for larger ones outwards from the mode (m, m+1, m−1, m+2, …), which takes about one standard
 * deviation's worth of steps and needs no approximation.
 */
final class RandomDraws implements Draws {

    /** Below this mean, inversion from 0 is quicker than starting at the mode. */
    private static final double SMALL_MEAN = 12;

    private static final double NEGLIGIBLE = 1e-18;

    private static final int TABLE = 1 << 16;
    private static final double[] LOG_FACTORIAL = new double[TABLE];
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        for (int k = 1; k < TABLE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private final SplittableRandom random;

    RandomDraws(SplittableRandom random) {
        this.random = random;
    }

    /** The generator of one replication: depends on the seed and the replication's index only, not on threads. */
    static RandomDraws forReplication(long seed, int replication) {
        long z = seed + (replication + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return new RandomDraws(new SplittableRandom(z ^ (z >>> 33)));
    }

    @Override
    public double arrivals(double mean) {
        return poisson(mean);
    }

    @Override
    public double discharges(double occupied, double probability) {
        return binomial((int) occupied, probability);
    }

    @Override
    public double transferBudget(double maxPerDay) {
        return Math.floor(maxPerDay);
    }

    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double u = random.nextDouble();
        if (mean < SMALL_MEAN) {
            double p = Math.exp(-mean);
            int k = 0;
            while (u > p && p > NEGLIGIBLE) {
                u -= p;
                k++;
                p *= mean / k;
            }
            return k;
        }
        int mode = (int) mean;
        double atMode = Math.exp(-mean + mode * Math.log(mean) - logFactorial(mode));
        u -= atMode;
        if (u <= 0) {
            return mode;
        }
        int up = mode;
        int down = mode;
        double pUp = atMode;
        double pDown = atMode;
        while (pUp > NEGLIGIBLE || (down > 0 && pDown > NEGLIGIBLE)) {
            pUp *= mean / (up + 1);
            up++;
            u -= pUp;
            if (u <= 0) {
                return up;
            }
            if (down > 0) {
                pDown *= down / mean;
                down--;
                u -= pDown;
                if (u <= 0) {
                    return down;
                }
            }
        }
        return mode; // what rounding left over: a probability below 1e-15
    }

    int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p);
        }
        double q = 1 - p;
        double odds = p / q;
        double u = random.nextDouble();
        if (n * p < SMALL_MEAN) {
            double pk = Math.pow(q, n);
            int k = 0;
            while (u > pk && k < n) {
                u -= pk;
                k++;
                pk *= (n - k + 1) * odds / k;
            }
            return k;
        }
        int mode = (int) ((n + 1) * p);
        double atMode = Math.exp(logFactorial(n)
                - logFactorial(mode)
                - logFactorial(n - mode)
                + mode * Math.log(p)
                + (n - mode) * Math.log(q));
        u -= atMode;
        if (u <= 0) {
            return mode;
        }
        int up = mode;
        int down = mode;
        double pUp = atMode;
        double pDown = atMode;
        while ((up < n && pUp > NEGLIGIBLE) || (down > 0 && pDown > NEGLIGIBLE)) {
            if (up < n) {
                pUp *= (n - up) * odds / (up + 1);
                up++;
                u -= pUp;
                if (u <= 0) {
                    return up;
                }
            }
            if (down > 0) {
                pDown *= down / ((n - down + 1) * odds);
                down--;
                u -= pDown;
                if (u <= 0) {
                    return down;
                }
            }
        }
        return mode;
    }

    static double logFactorial(int k) {
        if (k < TABLE) {
            return LOG_FACTORIAL[k];
        }
        double x = k + 1.0; // Stirling's series for log Γ(x), far more exact than needed at x ≥ 2^16
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}

package se.nspl.finance.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;

/**
 * SKR's population-based distribution key: each participating region pays its share of the
 * participating regions' population; a region that does not participate pays nothing and the
 * others' shares grow to cover it.
 *
 * <p>Amounts are exact to the öre and add up exactly to the budget, by the largest-remainder
 * method (Hamilton): every participant first gets its exact amount rounded down to whole öre; the
 * öre left over (fewer than the number of participants) go one each to the regions whose exact
 * amounts lost the most in rounding down. Ties go to the larger population (it has the larger
 * exact amount), then to the lower län code, so the same input always gives the same öre.
 */
public final class CostKey {

    /** Decimals of the share as shown; the amounts come from the exact fraction, not from this. */
    public static final int SHARE_SCALE = 10;

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** A trillion SEK: far above any budget, low enough that a typo of many zeros is caught. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000.00");

    /** Ten times Sweden's population: a region above it is a typo. */
    static final long MAX_POPULATION = 100_000_000;

    private CostKey() {}

    /**
     * Splits the request's amount.
     *
     * @throws InvalidAllocationException naming each field that breaks a rule
     */
    public static CostAllocation allocate(AllocationRequest request) {
        check(request);
        var participants = request.regions().stream()
                .filter(RegionPopulation::participates)
                .toList();
        long population =
                participants.stream().mapToLong(RegionPopulation::population).sum();
        var denominator = BigInteger.valueOf(population);
        var totalOre = request.amountSek().movePointRight(2).toBigIntegerExact();

        record Exact(RegionPopulation region, BigInteger floorOre, BigInteger remainder) {}
        var exact = new ArrayList<Exact>();
        var distributed = BigInteger.ZERO;
        for (var region : participants) {
            var parts =
                    totalOre.multiply(BigInteger.valueOf(region.population())).divideAndRemainder(denominator);
            exact.add(new Exact(region, parts[0], parts[1]));
            distributed = distributed.add(parts[0]);
        }
        int leftOver = totalOre.subtract(distributed).intValueExact();
        var byLoss = exact.stream()
                .sorted(Comparator.comparing(Exact::remainder)
                        .reversed()
                        .thenComparing(e -> e.region().population(), Comparator.<Long>reverseOrder())
                        .thenComparing(e -> e.region().code()))
                .toList();
        var extraOre = new HashSet<String>();
        for (int k = 0; k < leftOver; k++) {
            extraOre.add(byLoss.get(k).region().code());
        }

        var shares = new ArrayList<RegionShare>();
        for (var region : request.regions()) {
            if (!region.participates()) {
                shares.add(new RegionShare(
                        region.code(),
                        region.population(),
                        false,
                        BigDecimal.ZERO.setScale(SHARE_SCALE),
                        BigDecimal.ZERO.setScale(2)));
                continue;
            }
            var floor = exact.stream()
                    .filter(e -> e.region().code().equals(region.code()))
                    .findFirst()
                    .orElseThrow()
                    .floorOre();
            var ore = extraOre.contains(region.code()) ? floor.add(BigInteger.ONE) : floor;
            shares.add(new RegionShare(
                    region.code(),
                    region.population(),
                    true,
                    BigDecimal.valueOf(region.population())
                            .divide(new BigDecimal(denominator), SHARE_SCALE, RoundingMode.HALF_EVEN),
                    new BigDecimal(ore, 2)));
        }
        return new CostAllocation(request.year(), request.amountSek().setScale(2), population, shares);
    }

    private static void check(AllocationRequest request) {
        var errors = new ArrayList<FieldError>();
        if (request.year() < MIN_YEAR || request.year() > MAX_YEAR) {
            errors.add(new FieldError("year", "must be a year from " + MIN_YEAR + " to " + MAX_YEAR));
        }
        var amount = request.amountSek();
        if (amount == null) {
            errors.add(new FieldError("amountSek", "must be given, e.g. \"1367000000.00\""));
        } else if (amount.signum() < 0) {
            errors.add(new FieldError("amountSek", "must not be negative"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amountSek", "must be exact to the öre: at most two decimals"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError("amountSek", "must be at most " + MAX_AMOUNT.toPlainString()));
        }
        var regions = request.regions();
        if (regions == null || regions.isEmpty()) {
            errors.add(new FieldError("regions", "must list the regions with their populations"));
            throw new InvalidAllocationException(errors);
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < regions.size(); i++) {
            var region = regions.get(i);
            String at = "regions[" + i + "].";
            if (region.code() == null) {
                errors.add(new FieldError(at + "code", "must be given: a two-digit län code such as \"01\""));
            } else if (!RegionCodes.ALL.contains(region.code())) {
                errors.add(new FieldError(at + "code", "no region has the code \"" + region.code() + "\""));
            } else if (!seen.add(region.code())) {
                errors.add(new FieldError(at + "code", "region " + region.code() + " is listed twice"));
            }
            if (region.population() < 0) {
                errors.add(new FieldError(at + "population", "must not be negative"));
            } else if (region.population() > MAX_POPULATION) {
                errors.add(new FieldError(at + "population", "must be at most " + MAX_POPULATION));
            } else if (region.participates() && region.population() == 0) {
                errors.add(new FieldError(at + "population", "a participating region needs a population above 0"));
            }
        }
        if (regions.stream().noneMatch(RegionPopulation::participates)) {
            errors.add(new FieldError(
                    "regions", "no region participates: the cost is shared among participating regions only"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAllocationException(errors);
        }
    }
}

package se.nspl.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CostKeyTest {

    static AllocationRequest allRegions2024() {
        try (var in = CostKeyTest.class.getResourceAsStream("/all-regions-2024.json")) {
            return AllocationJson.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RegionPopulation taking(String code, long population) {
        return new RegionPopulation(code, population, true);
    }

    static RegionPopulation notTaking(String code, long population) {
        return new RegionPopulation(code, population, false);
    }

    static CostAllocation allocate(String amount, RegionPopulation... regions) {
        return CostKey.allocate(new AllocationRequest(2024, new BigDecimal(amount), List.of(regions)));
    }

    static Map<String, String> amounts(CostAllocation allocation) {
        return allocation.regions().stream()
                .collect(Collectors.toMap(RegionShare::code, r -> r.amountSek().toPlainString()));
    }

    @Test
    void theTwentyOneRegionsPayExactlyTheBudget() {
        var allocation = CostKey.allocate(allRegions2024());

        assertThat(allocation.regions()).hasSize(21);
        assertThat(allocation.totalSek()).isEqualTo(new BigDecimal("1367000000.00"));
        assertThat(allocation.participatingPopulation()).isEqualTo(10_551_707L);
        assertThat(allocation.regions())
                .allSatisfy(r -> assertThat(r.amountSek().scale()).isEqualTo(2));
        // Stockholm: 2 454 821 / 10 551 707 of the budget is 318 028 192.6896 SEK
        assertThat(allocation.region("01").orElseThrow().amountSek()).isEqualByComparingTo("318028192.69");
    }

    @Test
    void awkwardAmountsAmongManyRegionsStillAddUpToTheÖre() {
        var random = new Random(8);
        for (var amount : List.of("0.00", "0.01", "0.20", "1.00", "999999.99", "1367000000.00", "123456789.07")) {
            for (int round = 0; round < 20; round++) {
                var regions = new ArrayList<RegionPopulation>();
                for (var code : RegionCodes.ALL) {
                    regions.add(new RegionPopulation(code, 1 + random.nextInt(3_000_000), random.nextInt(5) > 0));
                }
                regions.set(0, taking(regions.get(0).code(), regions.get(0).population()));
                var allocation = CostKey.allocate(new AllocationRequest(2024, new BigDecimal(amount), regions));

                assertThat(allocation.totalSek()).as(amount).isEqualByComparingTo(amount);
                for (var share : allocation.regions()) {
                    // never more than one öre from the exact amount
                    var exact = share.participates()
                            ? new BigDecimal(amount)
                                    .multiply(BigDecimal.valueOf(share.population()))
                                    .divide(
                                            BigDecimal.valueOf(allocation.participatingPopulation()),
                                            MathContext.DECIMAL128)
                            : BigDecimal.ZERO;
                    assertThat(share.amountSek().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
                }
            }
        }
    }

    @Test
    void aRegionThatDoesNotTakePartPaysNothingAndTheOthersSharesGrow() {
        var allocation = allocate("900.00", taking("01", 100), taking("03", 200), notTaking("04", 300));

        assertThat(amounts(allocation))
                .containsExactlyInAnyOrderEntriesOf(Map.of("01", "300.00", "03", "600.00", "04", "0.00"));
        assertThat(allocation.region("01").orElseThrow().share()).isEqualByComparingTo("0.3333333333");
        assertThat(allocation.region("03").orElseThrow().share()).isEqualByComparingTo("0.6666666667");
        assertThat(allocation.region("04").orElseThrow().share()).isZero();
        assertThat(allocation.participatingPopulation()).isEqualTo(300);
    }

    @Test
    void theÖreLeftOverGoToTheLargestRemaindersAndTiesToTheLowerCode() {
        // 1.00 / 3 = 0.333…: one öre is left over, and all three lost as much in rounding down
        assertThat(amounts(allocate("1.00", taking("05", 7), taking("01", 7), taking("03", 7))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("01", "0.34", "03", "0.33", "05", "0.33"));
        // 0.10 by 1:2:7 is 0.01, 0.02, 0.07 exactly: nothing to round
        assertThat(amounts(allocate("0.10", taking("01", 1), taking("03", 2), taking("04", 7))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("01", "0.01", "03", "0.02", "04", "0.07"));
        // 0.05 by 1:1:2 is 1.25, 1.25, 2.5 öre: remainders .25, .25, .5 → the half öre wins first
        assertThat(amounts(allocate("0.05", taking("01", 1), taking("03", 1), taking("04", 2))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("01", "0.01", "03", "0.01", "04", "0.03"));
    }

    @Test
    void equalRemaindersGoToTheLargerPopulationBeforeTheLowerCode() {
        // 0.02 by 1:3 is 0.5 and 1.5 öre: both lose half an öre; the larger region gets it
        assertThat(amounts(allocate("0.02", taking("01", 1), taking("03", 3))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("01", "0.00", "03", "0.02"));
    }

    @Test
    void theOrderOfTheRegionsDoesNotChangeTheAmounts() {
        var regions = new ArrayList<>(allRegions2024().regions());
        var first = amounts(CostKey.allocate(new AllocationRequest(2024, new BigDecimal("1000000.00"), regions)));
        Collections.shuffle(regions, new Random(3));

        assertThat(amounts(CostKey.allocate(new AllocationRequest(2024, new BigDecimal("1000000.00"), regions))))
                .isEqualTo(first);
    }

    @Test
    void aNegativePopulationIsRefusedNamingTheRegion() {
        assertThatThrownBy(() -> allocate("100.00", taking("01", 10), taking("03", -1)))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(new FieldError("regions[1].population", "must not be negative")));
    }

    @Test
    void anUnknownOrRepeatedCodeIsRefused() {
        assertThatThrownBy(() -> allocate("100.00", taking("02", 10), taking("03", 5), taking("03", 5)))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("regions[0].code", "regions[2].code"));
    }

    @Test
    void withoutAParticipantThereIsNobodyToPay() {
        assertThatThrownBy(() -> allocate("100.00", notTaking("01", 10), notTaking("03", 5)))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("regions"));
        assertThatThrownBy(() -> allocate("100.00"))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("regions"));
    }

    @Test
    void anAmountMustBeExactToTheÖreAndNotNegative() {
        assertThatThrownBy(() -> allocate("100.001", taking("01", 10)))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new FieldError("amountSek", "must be exact to the öre: at most two decimals")));
        assertThatThrownBy(() -> allocate("-1.00", taking("01", 10)))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("amountSek"));
        assertThat(allocate("100.000", taking("01", 10)).totalSek()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aParticipantWithoutInhabitantsIsRefused() {
        assertThatThrownBy(() -> allocate("100.00", taking("01", 10), taking("03", 0)))
                .isInstanceOfSatisfying(
                        InvalidAllocationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("regions[1].population"));
        assertThat(allocate("100.00", taking("01", 10), notTaking("03", 0)).totalSek())
                .isEqualByComparingTo("100.00");
    }
}

package se.nspl.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;

/**
 * Allocation files come from whoever runs {@code nspl allocate}: whatever their bytes, the reader
 * gives a request or names what is wrong, and a request the cost key accepts is split into amounts
 * that are never negative and add up to the budget exactly. Without {@code JAZZER_FUZZ} these run
 * the seeds in {@code AllocationJsonFuzzTestInputs/}; see docs/testing.md.
 */
class AllocationJsonFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readsARequestThatAddsUpOrNamesTheBrokenField(byte[] file) {
        AllocationRequest request;
        try {
            request = AllocationJson.read(file);
        } catch (InvalidAllocationException e) {
            namesEachField(e);
            return;
        }
        CostAllocation allocation;
        try {
            allocation = CostKey.allocate(request);
        } catch (InvalidAllocationException e) {
            namesEachField(e);
            return;
        }
        assertThat(allocation.totalSek()).isEqualByComparingTo(request.amountSek());
        assertThat(allocation.regions()).allSatisfy(region -> {
            assertThat(region.amountSek()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(region.amountSek().scale()).isEqualTo(2);
            if (!region.participates()) {
                assertThat(region.amountSek()).isEqualByComparingTo(BigDecimal.ZERO);
            }
        });
    }

    private static void namesEachField(InvalidAllocationException e) {
        assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.message()).isNotBlank();
            if (error.field().isEmpty()) {
                assertThat(error.message()).matches("(?s)not valid JSON: .*|must be a JSON object.*");
            }
        });
    }
}

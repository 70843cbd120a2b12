package se.nspl.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan is accepted once, and only once computed. */
class TransferPlanTest {

    static final TransferPlan.Result RESULT = new TransferPlan.Result(
            "OPTIMAL", 10, 10, 0, 5, 0, 0, 0, new TransferPlan.Baseline(0, 0, 0, 10), List.of(), List.of());

    @Test
    void aComputedPlanIsAccepted() {
        assertThat(plan(PlanState.DONE, RESULT).toAccept()).isSameAs(RESULT);
    }

    @Test
    void aPlanRunningFailedOrAcceptedBeforeIsRefused() {
        for (var plan : List.of(
                plan(PlanState.RUNNING, null), plan(PlanState.FAILED, null), plan(PlanState.ACCEPTED, RESULT))) {
            assertThatThrownBy(plan::toAccept)
                    .isInstanceOf(PlanStateException.class)
                    .hasMessageContaining(plan.state().name());
        }
    }

    private static TransferPlan plan(PlanState state, TransferPlan.Result result) {
        return new TransferPlan(
                UUID.randomUUID(),
                "Plan",
                state,
                1,
                new TransferPlan.Inputs(List.of(), Map.of(), 0, 0, List.of(), false),
                result,
                null,
                0,
                Instant.EPOCH,
                "test",
                null,
                null,
                null,
                List.of());
    }
}

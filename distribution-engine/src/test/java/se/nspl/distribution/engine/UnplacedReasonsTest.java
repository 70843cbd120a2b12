package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.distribution.engine.CareLevel.ICU_VENT;
import static se.nspl.distribution.engine.TestData.TEN_MINUTES_PER_DEGREE_KMH;
import static se.nspl.distribution.engine.TestData.group;
import static se.nspl.distribution.engine.TestData.hospital;
import static se.nspl.distribution.engine.TestData.problem;
import static se.nspl.distribution.engine.TestData.transport;

import org.junit.jupiter.api.Test;

/** Why a plan leaves patients unplaced, in the words a coordinator reads. The geometry is DistributionOptimiserTest's. */
class UnplacedReasonsTest {

    private final TestData.HospitalBuilder origin =
            hospital("origin").at(59, 18).free(0, 0, 0);
    private final TestData.HospitalBuilder near = hospital("near").at(60, 18).free(1, 1, 1);
    private final TestData.TransportBuilder jet = transport("jet")
            .baseAt(59, 18)
            .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
            .fixedMinutes(0)
            .dutyMinutes(600)
            .capacity(1, 1, 1);
    private final TestData.ProblemBuilder problem = problem();
    private final TestData.GroupBuilder group = group("g1").from("origin").level(ICU_VENT);

    private String reason() {
        var built = problem.hospitals(origin.build(), near.build())
                .patients(group.build())
                .transports(jet.build())
                .build();
        var plan = DistributionOptimiserTest.optimise(built);
        assertThat(plan.unplacedGroups()).hasSize(1);
        return plan.unplacedGroups().get(0).reason();
    }

    @Test
    void saysWhenNoOtherHospitalHasABedOfTheLevel() {
        near.free(0, 1, 1);

        assertThat(reason()).isEqualTo("no other hospital has a free ICU_VENT bed");
    }

    @Test
    void saysWhenNoTransportCarriesTheLevel() {
        jet.capacity(0, 1, 1);

        assertThat(reason()).isEqualTo("no transport can carry ICU_VENT patients");
    }

    @Test
    void saysWhenEveryFreeBedIsBeyondTheRideLimit() {
        problem.maxRideMinutes(5, 300, 480);

        assertThat(reason()).isEqualTo("no free ICU_VENT bed within 5 min by any transport");
    }

    @Test
    void saysWhenNoTransportCanBeBackWithinItsDutyTime() {
        jet.dutyMinutes(15);

        assertThat(reason())
                .isEqualTo("no transport can take them to a free ICU_VENT bed within 240 min and be back within its"
                        + " duty time");
    }

    @Test
    void saysWhenTheBedsWithinReachWentToOthers() {
        group.count(2);

        assertThat(reason())
                .isEqualTo("all 1 free ICU_VENT beds within reach went to other patients, the most" + " urgent first");
    }

    @Test
    void saysWhenTheTransportsHaveNoTimeLeft() {
        near.free(5, 5, 5);
        jet.dutyMinutes(25);
        group.count(2);

        assertThat(reason())
                .isEqualTo("the transports that can reach a free ICU_VENT bed in time have no duty time or room left");
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.nspl.distribution.engine.TestData.TEN_MINUTES_PER_DEGREE_KMH;
import static se.nspl.distribution.engine.TestData.group;
import static se.nspl.distribution.engine.TestData.hospital;
import static se.nspl.distribution.engine.TestData.problem;
import static se.nspl.distribution.engine.TestData.transport;

import org.junit.jupiter.api.Test;

/** The nearest-free-bed rule as its javadoc states it. DistributionOptimiserTest's geometry. */
class NearestFreeBedRuleTest {

    private final TestData.HospitalBuilder origin =
            hospital("origin").at(59, 18).free(0, 0, 0);
    private final TestData.HospitalBuilder near = hospital("near").at(60, 18).free(1, 1, 1);
    private final TestData.HospitalBuilder far = hospital("far").at(61, 18).free(5, 5, 5);
    private final TestData.TransportBuilder jet = transport("jet")
            .baseAt(59, 18)
            .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
            .fixedMinutes(0)
            .dutyMinutes(600)
            .capacity(2, 2, 2)
            .seats(2);
    private final TestData.TransportBuilder slowJet = transport("slow")
            .baseAt(59, 18)
            .speedKmh(TEN_MINUTES_PER_DEGREE_KMH / 2)
            .fixedMinutes(0)
            .dutyMinutes(600)
            .capacity(2, 2, 2)
            .seats(2);

    private Allocation allocate(PatientGroup... groups) {
        var problem = problem()
                .hospitals(origin.build(), near.build(), far.build())
                .patients(groups)
                .transports(slowJet.build(), jet.build())
                .build();
        return new NearestFreeBedRule(problem).allocate();
    }

    @Test
    void takesEachPatientToTheNearestFreeBedByTheFastestTransport() {
        var allocation = allocate(group("g1").from("origin").count(3).build());

        assertThat(allocation.transfers())
                .extracting(Transfer::to, Transfer::transport, Transfer::count)
                .containsExactly(tuple("near", "jet", 1), tuple("far", "jet", 2));
    }

    @Test
    void takesTheMostUrgentGroupsFirst() {
        var allocation = allocate(
                group("later").from("origin").priority(2).build(),
                group("urgent").from("origin").priority(1).build());

        assertThat(allocation.transfers())
                .extracting(Transfer::group, Transfer::to)
                .containsExactly(tuple("urgent", "near"), tuple("later", "far"));
    }

    @Test
    void fillsAVehicleWithTheGroupsPatientsUpToItsCapacity() {
        near.free(5, 5, 5);

        var allocation = allocate(group("g1").from("origin").count(5).build());

        assertThat(allocation.trips())
                .extracting(Trip::transport, Trip::to, Trip::count)
                .containsExactly(tuple("jet", "near", 3));
    }

    @Test
    void takesTheNextTransportWhenTheFastestHasNoTimeLeft() {
        near.free(5, 5, 5);
        jet.dutyMinutes(20);

        var allocation = allocate(group("g1").from("origin").count(4).build());

        assertThat(allocation.transfers())
                .extracting(Transfer::transport, Transfer::count)
                .containsExactly(tuple("jet", 2), tuple("slow", 2));
    }

    @Test
    void leavesUnplacedWhatNoFreeBedCanTake() {
        near.free(0, 0, 0);
        far.free(1, 0, 0);

        var allocation = allocate(group("g1").from("origin").count(3).build());

        assertThat(allocation.transfers()).extracting(Transfer::count).containsExactly(1);
    }
}

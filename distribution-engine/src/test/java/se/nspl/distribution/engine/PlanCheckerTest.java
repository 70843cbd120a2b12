package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.TestData.TEN_MINUTES_PER_DEGREE_KMH;
import static se.nspl.distribution.engine.TestData.group;
import static se.nspl.distribution.engine.TestData.hospital;
import static se.nspl.distribution.engine.TestData.problem;
import static se.nspl.distribution.engine.TestData.transport;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker finds each broken constraint in a hand-made allocation. A ride to {@code near} takes 10 minutes and
 * its round trip 20 (DistributionOptimiserTest's geometry).
 */
class PlanCheckerTest {

    private final TestData.HospitalBuilder near = hospital("near").at(60, 18).free(1, 1, 1);
    private final TestData.TransportBuilder jet = transport("jet")
            .baseAt(59, 18)
            .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
            .fixedMinutes(0)
            .dutyMinutes(600)
            .capacity(2, 2, 2)
            .seats(2);
    private final TestData.GroupBuilder group =
            group("g1").from("origin").count(2).priority(2);

    private PlanChecker.Result check(List<Transfer> transfers, List<Trip> trips) {
        var problem = problem()
                .hospitals(hospital("origin").at(59, 18).build(), near.build())
                .patients(group.build())
                .transports(jet.build())
                .build();
        return new PlanChecker(problem).check(new Allocation(transfers, trips));
    }

    private static List<Transfer> toNear(int patients) {
        return List.of(new Transfer("g1", "near", "jet", patients));
    }

    private static List<Trip> trips(int count) {
        return List.of(new Trip("jet", "origin", "near", count));
    }

    @Test
    void acceptsAPlanThatKeepsEveryConstraintAndRecomputesItsObjective() {
        var result = check(toNear(1), trips(1));

        assertThat(result.violations()).isEmpty();
        assertThat(result.objective()).isCloseTo(10_000 + 10 + 0.1 * 20, within(1e-9));
    }

    @Test
    void rejectsMorePatientsPlacedThanTheGroupHas() {
        near.free(5, 5, 5);

        assertThat(check(toNear(3), trips(2)).violations())
                .singleElement()
                .asString()
                .contains("has 2 patients");
    }

    @Test
    void rejectsMorePatientsThanFreeBeds() {
        assertThat(check(toNear(2), trips(1)).violations())
                .singleElement()
                .asString()
                .contains("free beds");
    }

    @Test
    void rejectsMorePatientsOfALevelThanTheTripsCarry() {
        near.free(2, 2, 2);
        jet.capacity(1, 1, 1);

        assertThat(check(toNear(2), trips(1)).violations())
                .singleElement()
                .asString()
                .contains("room for 1");
    }

    @Test
    void rejectsMorePatientsThanTheTripsHaveSeats() {
        near.free(2, 2, 2);
        jet.seats(1);

        assertThat(check(toNear(2), trips(1)).violations())
                .singleElement()
                .asString()
                .contains("1 seats");
    }

    @Test
    void rejectsMoreTripsThanTheFleetsDutyTime() {
        jet.dutyMinutes(30);

        assertThat(check(toNear(1), trips(2)).violations())
                .singleElement()
                .asString()
                .contains("fleet has 30");
    }

    @Test
    void rejectsATransferThatIsNotAllowed() {
        group.level(ICU);
        near.free(1, 0, 1);

        assertThat(check(toNear(1), trips(1)).violations())
                .anySatisfy(violation -> assertThat(violation).contains("not an allowed transfer"));
    }

    @Test
    void rejectsNamesTheProblemDoesNotHave() {
        var result = check(List.of(new Transfer("g1", "nowhere", "jet", 1)), trips(1));

        assertThat(result.violations()).singleElement().asString().contains("does not have");
        assertThat(result.feasible()).isFalse();
    }
}

package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.CareLevel.ICU_VENT;
import static se.nspl.distribution.engine.TestData.TEN_MINUTES_PER_DEGREE_KMH;
import static se.nspl.distribution.engine.TestData.group;
import static se.nspl.distribution.engine.TestData.hospital;
import static se.nspl.distribution.engine.TestData.problem;
import static se.nspl.distribution.engine.TestData.transport;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each constraint of the contract's model, shown kept by the optimiser on a problem where it binds. The hospitals lie
 * on one meridian, a degree apart, and the jet flies a degree in ten minutes from a base at the origin: a ride to
 * {@code near} takes 10 minutes and its round trip 20, a ride to {@code far} 20 and its round trip 40.
 */
class DistributionOptimiserTest {

    private final TestData.HospitalBuilder origin =
            hospital("origin").at(59, 18).free(0, 0, 0);
    private final TestData.HospitalBuilder near = hospital("near").at(60, 18).free(5, 5, 5);
    private final TestData.HospitalBuilder far = hospital("far").at(61, 18).free(5, 5, 5);
    private final TestData.TransportBuilder jet = transport("jet")
            .baseAt(59, 18)
            .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
            .fixedMinutes(0)
            .dutyMinutes(600)
            .capacity(1, 1, 1)
            .seats(1);
    private final TestData.ProblemBuilder problem = problem();

    static DistributionPlan optimise(DistributionProblem problem) {
        DistributionPlan plan = new DistributionOptimiser().optimise(problem, Duration.ofSeconds(10));
        PlanChecker.Result check = new PlanChecker(problem).check(plan.allocation());
        assertThat(check.violations()).isEmpty();
        assertThat(plan.objective()).isEqualTo(check.objective());
        assertThat(plan.bound()).isLessThanOrEqualTo(plan.objective());
        return plan;
    }

    private DistributionPlan optimise(PatientGroup... groups) {
        return optimise(problem.hospitals(origin.build(), near.build(), far.build())
                .patients(groups)
                .transports(jet.build())
                .build());
    }

    @Nested
    class Beds {

        @Test
        void sendsNoMorePatientsToAHospitalThanItHasFreeBedsOfTheirLevel() {
            near.free(2, 5, 5);

            var plan = optimise(group("g1").from("origin").count(3).build());

            assertThat(plan.allocation().transfers())
                    .extracting(Transfer::to, Transfer::count)
                    .containsExactlyInAnyOrder(tuple("near", 2), tuple("far", 1));
        }

        @Test
        void countsOnlyBedsOfThePatientsOwnLevel() {
            near.free(0, 5, 5);

            var plan = optimise(group("g1").from("origin").level(ICU_VENT).build());

            assertThat(plan.allocation().transfers()).extracting(Transfer::to).containsExactly("far");
        }
    }

    @Nested
    class PerTripLevelCapacity {

        @Test
        void makesAsManyTripsAsTheVehicleCarriesPatientsOfTheLevel() {
            jet.capacity(2, 4, 4).seats(4);

            var plan =
                    optimise(group("g1").from("origin").level(ICU_VENT).count(4).build());

            assertThat(plan.allocation().trips())
                    .extracting(Trip::to, Trip::count)
                    .containsExactly(tuple("near", 2));
        }
    }

    @Nested
    class Seats {

        @Test
        void makesAsManyTripsAsTheSeatsForPatientsOfAllLevelsTogether() {
            jet.capacity(4, 4, 4).seats(3);

            var plan = optimise(
                    group("g1").from("origin").level(ICU_VENT).count(2).build(),
                    group("g2").from("origin").level(ICU).count(2).build());

            assertThat(plan.allocation().trips())
                    .extracting(Trip::to, Trip::count)
                    .containsExactly(tuple("near", 2));
        }
    }

    @Nested
    class FleetTime {

        @Test
        void makesNoMoreTripsThanTheFleetsDutyTimeHolds() {
            jet.dutyMinutes(45);

            var plan = optimise(group("g1").from("origin").count(3).build());

            assertThat(plan.placed()).isEqualTo(2);
            assertThat(plan.unplacedGroups())
                    .extracting(UnplacedGroup::group, UnplacedGroup::count)
                    .containsExactly(tuple("g1", 1));
        }

        @Test
        void keepsTheDutyTimeExactlyWhenTwoTripsWouldOverrunItByAHair() {
            double trip = new Routes(problem.hospitals(origin.build(), near.build())
                            .transports(jet.build())
                            .build())
                    .tripMinutes(jet.build(), origin.build(), near.build());
            jet.dutyMinutes(2 * trip - 1e-6);
            far.free(0, 0, 0);

            var plan = optimise(group("g1").from("origin").count(2).build());

            assertThat(plan.placed()).isEqualTo(1);
        }

        @Test
        void sharesTheDutyTimeOfAllVehiclesOfTheTransport() {
            jet.dutyMinutes(45).vehicles(2);

            var plan = optimise(group("g1").from("origin").count(4).build());

            assertThat(plan.placed()).isEqualTo(4);
        }
    }

    @Nested
    class RideLimit {

        @Test
        void takesNoPatientOnALongerRideThanItsLevelAllows() {
            problem.maxRideMinutes(15, 300, 480);
            near.free(1, 5, 5);

            var plan = optimise(group("g1").from("origin").count(2).build());

            assertThat(plan.allocation().transfers())
                    .extracting(Transfer::to, Transfer::count)
                    .containsExactly(tuple("near", 1));
        }
    }

    @Nested
    class ObjectiveOrder {

        @Test
        void placesTheMostUrgentPatientsFirst() {
            near.free(1, 5, 5);
            far.free(0, 5, 5);

            var plan = optimise(
                    group("later").from("origin").priority(3).build(),
                    group("urgent").from("origin").priority(1).build());

            assertThat(plan.allocation().transfers())
                    .extracting(Transfer::group)
                    .containsExactly("urgent");
        }

        @Test
        void keepsRidesShort() {
            var plan = optimise(group("g1").from("origin").build());

            assertThat(plan.allocation().transfers()).extracting(Transfer::to).containsExactly("near");
            assertThat(plan.objective()).isCloseTo(10 + 0.1 * 20, within(1e-6));
            assertThat(plan.status()).isEqualTo(SolveStatus.OPTIMAL);
        }

        @Test
        void handsPatientsBackToTheGroupsTheyCameIn() {
            near.free(3, 5, 5);

            var plan = optimise(
                    group("g1").from("origin").count(2).build(),
                    group("g2").from("origin").count(2).build());

            assertThat(plan.allocation().transfers())
                    .extracting(Transfer::group, Transfer::to, Transfer::count)
                    .containsExactlyInAnyOrder(tuple("g1", "near", 2), tuple("g2", "near", 1), tuple("g2", "far", 1));
        }
    }
}

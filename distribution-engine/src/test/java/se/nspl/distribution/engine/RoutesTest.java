package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.CareLevel.ICU_VENT;
import static se.nspl.distribution.engine.TestData.KM_PER_DEGREE;
import static se.nspl.distribution.engine.TestData.TEN_MINUTES_PER_DEGREE_KMH;
import static se.nspl.distribution.engine.TestData.group;
import static se.nspl.distribution.engine.TestData.hospital;
import static se.nspl.distribution.engine.TestData.problem;
import static se.nspl.distribution.engine.TestData.transport;
import static se.nspl.distribution.engine.TransportMode.AIR;
import static se.nspl.distribution.engine.TransportMode.ROAD;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private static final Offset<Double> EXACT = within(1e-9);

    @Nested
    class GreatCircle {

        @Test
        void oneDegreeAlongAMeridianIsTheRadiusTimesPiOver180() {
            double km = Routes.greatCircleKm(new GeoPoint(59, 18), new GeoPoint(60, 18));

            // 6371.0 × π / 180 = 111.19493 km
            assertThat(km).isCloseTo(111.19493, within(1e-5));
        }

        @Test
        void fromTheEquatorToThePoleIsAQuarterCircumference() {
            double km = Routes.greatCircleKm(new GeoPoint(0, 0), new GeoPoint(90, 0));

            // 6371.0 × π / 2 = 10007.5434 km
            assertThat(km).isCloseTo(10_007.5434, within(1e-4));
        }

        @Test
        void betweenOppositePointsIsHalfTheCircumference() {
            double km = Routes.greatCircleKm(new GeoPoint(0, 0), new GeoPoint(0, 180));

            assertThat(km).isCloseTo(Math.PI * 6371.0, EXACT);
        }

        @Test
        void fromLuleaToUppsalaIsAbout681Km() {
            var lulea = new GeoPoint(65.62, 22.13); // Sunderby sjukhus, as in the contract's example
            var uppsala = new GeoPoint(59.849, 17.6387); // Akademiska sjukhuset, as in the small example

            // By hand on a flat map at the mean latitude 62.73°: 5.771° north is 641.7 km, 4.491° east
            // is 4.491 × 111.195 × cos 62.73° = 228.8 km, together √(641.7² + 228.8²) = 681.3 km. The
            // great circle is a little shorter; the haversine formula gives 680.856 km.
            assertThat(Routes.greatCircleKm(lulea, uppsala)).isCloseTo(680.856, within(0.001));
            assertThat(Routes.greatCircleKm(lulea, uppsala)).isCloseTo(681.3, within(1.0));
        }

        @Test
        void isTheSameBothWaysAndZeroForOnePoint() {
            var lulea = new GeoPoint(65.62, 22.13);
            var uppsala = new GeoPoint(59.849, 17.6387);

            assertThat(Routes.greatCircleKm(uppsala, lulea)).isCloseTo(Routes.greatCircleKm(lulea, uppsala), EXACT);
            assertThat(Routes.greatCircleKm(lulea, lulea)).isZero();
        }
    }

    @Nested
    class DistancesAndTimes {

        private final GeoPoint south = new GeoPoint(59, 18);
        private final GeoPoint north = new GeoPoint(60, 18);

        @Test
        void roadIsTheGreatCircleTimesTheProblemsRoadFactor() {
            var routes = new Routes(problem().roadFactor(1.5).build());

            double km = routes.distanceKm(transport("ambulance").mode(ROAD).build(), south, north);

            assertThat(km).isCloseTo(KM_PER_DEGREE * 1.5, EXACT);
        }

        @Test
        void airIsTheGreatCircleWhateverTheRoadFactor() {
            var routes = new Routes(problem().roadFactor(1.5).build());

            double km = routes.distanceKm(transport("helicopter").mode(AIR).build(), south, north);

            assertThat(km).isCloseTo(KM_PER_DEGREE, EXACT);
        }

        @Test
        void travelMinutesAreDistanceOverSpeed() {
            var routes = new Routes(problem().roadFactor(1.3).build());
            var jet = transport("jet")
                    .mode(AIR)
                    .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
                    .build();
            var ambulance = transport("ambulance")
                    .mode(ROAD)
                    .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
                    .build();

            assertThat(routes.travelMinutes(jet, south, north)).isCloseTo(10, EXACT);
            assertThat(routes.travelMinutes(ambulance, south, north)).isCloseTo(13, EXACT);
        }

        @Test
        void aRideOf111KmByRoadAt80KmhTakes108Minutes() {
            var routes = new Routes(problem().roadFactor(1.3).build());
            var ambulance = transport("ambulance").mode(ROAD).speedKmh(80).build();

            double minutes = routes.rideMinutes(
                    ambulance,
                    hospital("A").at(59, 18).build(),
                    hospital("B").at(60, 18).build());

            // 111.195 km × 1.3 = 144.553 km; at 80 km/h that is 1.80692 h = 108.415 minutes.
            assertThat(minutes).isCloseTo(108.415, within(0.001));
        }

        @Test
        void aTripGoesFromTheBaseViaBothHospitalsBackToTheBaseAndAddsTheFixedMinutes() {
            var routes = new Routes(problem().build());
            var jet = transport("jet")
                    .mode(AIR)
                    .baseAt(58, 18)
                    .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
                    .fixedMinutes(90)
                    .build();
            var from = hospital("from").at(59, 18).build();
            var to = hospital("to").at(60, 18).build();

            // base → from: 1°, from → to: 1°, to → base: 2°, at ten minutes a degree, plus 90 fixed.
            assertThat(routes.tripMinutes(jet, from, to)).isCloseTo(10 + 10 + 20 + 90, EXACT);
        }

        @Test
        void aTripByRoadStretchesEveryLegByTheRoadFactor() {
            var routes = new Routes(problem().roadFactor(1.3).build());
            var ambulance = transport("ambulance")
                    .mode(ROAD)
                    .baseAt(58, 18)
                    .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
                    .fixedMinutes(40)
                    .build();
            var from = hospital("from").at(59, 18).build();
            var to = hospital("to").at(60, 18).build();

            assertThat(routes.tripMinutes(ambulance, from, to)).isCloseTo(13 + 13 + 26 + 40, EXACT);
        }
    }

    @Nested
    class AllowedTransfers {

        // A ride of 10 minutes and a trip of 130 minutes: within every limit until a test says otherwise.
        private final TestData.HospitalBuilder origin = hospital("origin").at(59, 18);
        private final TestData.HospitalBuilder target = hospital("target").at(60, 18);
        private final TestData.GroupBuilder group = group("g1").from("origin").level(ICU_VENT);
        private final TestData.TransportBuilder jet = transport("jet")
                .mode(AIR)
                .baseAt(58, 18)
                .speedKmh(TEN_MINUTES_PER_DEGREE_KMH)
                .fixedMinutes(90)
                .dutyMinutes(600);
        private final TestData.ProblemBuilder problem = problem();

        @Test
        void allowsATransferThatMeetsEveryCondition() {
            assertThat(isAllowedTo("target")).isTrue();
        }

        @Test
        void forbidsATransferToTheHospitalThePatientsAreIn() {
            assertThat(isAllowedTo("origin")).isFalse();
        }

        @Test
        void forbidsATransportThatCannotCarryTheGroupsLevel() {
            jet.capacity(0, 1, 1);

            assertThat(isAllowedTo("target")).isFalse();
        }

        @Test
        void forbidsAHospitalWithoutAFreeBedOfTheGroupsLevel() {
            target.free(0, 5, 5);

            assertThat(isAllowedTo("target")).isFalse();
        }

        @Test
        void forbidsARideLongerThanTheLimitOfTheGroupsLevel() {
            problem.maxRideMinutes(9, 300, 480);

            assertThat(isAllowedTo("target")).isFalse();
        }

        @Test
        void forbidsATripLongerThanTheTransportsDuty() {
            jet.dutyMinutes(129);

            assertThat(isAllowedTo("target")).isFalse();
        }

        @Test
        void judgesEachConditionForTheGroupsOwnLevel() {
            jet.capacity(0, 1, 1);
            target.free(0, 5, 5);
            problem.maxRideMinutes(9, 300, 480);
            group.level(ICU);

            assertThat(isAllowedTo("target")).isTrue();
        }

        @Test
        void refusesAGroupFromAnotherProblem() {
            var routes =
                    new Routes(problem.hospitals(origin.build(), target.build()).build());
            var stranger = group("g9").from("elsewhere").build();

            assertThatThrownBy(() -> routes.isAllowed(stranger, target.build(), jet.build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("g9");
        }

        private boolean isAllowedTo(String hospitalId) {
            var built = problem.hospitals(origin.build(), target.build())
                    .patients(group.build())
                    .transports(jet.build())
                    .build();
            Hospital to = built.hospitals().stream()
                    .filter(hospital -> hospital.id().equals(hospitalId))
                    .findFirst()
                    .orElseThrow();
            return new Routes(built)
                    .isAllowed(built.patients().get(0), to, built.transports().get(0));
        }
    }
}

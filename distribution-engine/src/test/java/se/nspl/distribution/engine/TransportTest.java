package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.distribution.engine.TestData.counts;
import static se.nspl.distribution.engine.TestData.errorsOf;
import static se.nspl.distribution.engine.TransportMode.AIR;
import static se.nspl.distribution.engine.TransportMode.ROAD;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportTest {

    @Test
    void hasItsBaseAtItsBaseLatitudeAndLongitude() {
        var snam = new Transport("snam", AIR, 59.65, 17.92, 1, 780, 360, 2400, counts(6, 6, 12), 24);

        assertThat(snam.base()).isEqualTo(new GeoPoint(59.65, 17.92));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsSeatsBelowOne(int seats) {
        assertThat(errorsOf(() -> new Transport("amb", ROAD, 59, 18, 1, 80, 40, 720, counts(0, 1, 1), seats)))
                .containsExactly("seats: must be at least 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsACountBelowOne(int count) {
        assertThat(errorsOf(() -> new Transport("amb", ROAD, 59, 18, count, 80, 40, 720, counts(0, 1, 1), 1)))
                .containsExactly("count: must be at least 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -80, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsASpeedThatIsNotPositive(double speedKmh) {
        assertThat(errorsOf(() -> new Transport("amb", ROAD, 59, 18, 1, speedKmh, 40, 720, counts(0, 1, 1), 1)))
                .containsExactly("speedKmh: must be a positive number");
    }

    @Test
    void acceptsNoFixedMinutesButNotNegativeOnes() {
        assertThat(new Transport("amb", ROAD, 59, 18, 1, 80, 0, 720, counts(0, 1, 1), 1).fixedMinutes())
                .isZero();
        assertThat(errorsOf(() -> new Transport("amb", ROAD, 59, 18, 1, 80, -1, 720, counts(0, 1, 1), 1)))
                .containsExactly("fixedMinutes: must be zero or a positive number");
    }

    @Test
    void rejectsADutyThatIsNotPositive() {
        assertThat(errorsOf(() -> new Transport("amb", ROAD, 59, 18, 1, 80, 40, 0, counts(0, 1, 1), 1)))
                .containsExactly("dutyMinutes: must be a positive number");
    }

    @Test
    void rejectsABaseOffTheGlobeNamingTheBaseFields() {
        assertThat(errorsOf(() -> new Transport("amb", ROAD, 90.5, -181, 1, 80, 40, 720, counts(0, 1, 1), 1)))
                .containsExactly("baseLat: must be between -90 and 90", "baseLon: must be between -180 and 180");
    }

    @Test
    void requiresAnIdAModeAndACapacity() {
        assertThat(errorsOf(() -> new Transport(null, null, 59, 18, 1, 80, 40, 720, null, 1)))
                .containsExactly("id: is required", "mode: is required", "capacity: is required");
    }
}

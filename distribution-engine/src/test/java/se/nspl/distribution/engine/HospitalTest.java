package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.distribution.engine.TestData.counts;
import static se.nspl.distribution.engine.TestData.errorsOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HospitalTest {

    @Test
    void isLocatedAtItsLatitudeAndLongitude() {
        var hospital = new Hospital("akademiska", "03", 59.849, 17.6387, counts(5, 1, 11));

        assertThat(hospital.location()).isEqualTo(new GeoPoint(59.849, 17.6387));
    }

    @Test
    void rejectsABlankOrMissingId() {
        assertThat(errorsOf(() -> new Hospital(" ", "03", 59, 17, counts(0, 0, 0))))
                .containsExactly("id: must not be blank");
        assertThat(errorsOf(() -> new Hospital(null, "03", 59, 17, counts(0, 0, 0))))
                .containsExactly("id: is required");
    }

    @Test
    void rejectsABlankRegion() {
        assertThat(errorsOf(() -> new Hospital("akademiska", "", 59, 17, counts(0, 0, 0))))
                .containsExactly("region: must not be blank");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-90.01, 90.01, Double.NaN})
    void rejectsALatitudeOutsideMinus90To90(double lat) {
        assertThat(errorsOf(() -> new Hospital("akademiska", "03", lat, 17, counts(0, 0, 0))))
                .containsExactly("lat: must be between -90 and 90");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-180.01, 180.01, Double.NaN})
    void rejectsALongitudeOutsideMinus180To180(double lon) {
        assertThat(errorsOf(() -> new Hospital("akademiska", "03", 59, lon, counts(0, 0, 0))))
                .containsExactly("lon: must be between -180 and 180");
    }

    @Test
    void requiresItsFreeBeds() {
        assertThat(errorsOf(() -> new Hospital("akademiska", "03", 59, 17, null)))
                .containsExactly("free: is required");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(errorsOf(() -> new Hospital("", "", 91, 181, null)))
                .containsExactly(
                        "id: must not be blank",
                        "region: must not be blank",
                        "lat: must be between -90 and 90",
                        "lon: must be between -180 and 180",
                        "free: is required");
    }
}

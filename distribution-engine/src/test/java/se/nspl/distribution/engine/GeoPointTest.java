package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.distribution.engine.TestData.errorsOf;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void acceptsThePolesAndTheDateLine() {
        assertThat(new GeoPoint(-90, 180).lat()).isEqualTo(-90);
        assertThat(new GeoPoint(90, -180).lon()).isEqualTo(-180);
    }

    @Test
    void rejectsAPointOffTheGlobe() {
        assertThat(errorsOf(() -> new GeoPoint(-91, 200)))
                .containsExactly("lat: must be between -90 and 90", "lon: must be between -180 and 180");
    }
}

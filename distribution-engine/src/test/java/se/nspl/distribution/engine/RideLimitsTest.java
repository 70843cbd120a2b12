package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.CareLevel.ICU_VENT;
import static se.nspl.distribution.engine.CareLevel.WARD;
import static se.nspl.distribution.engine.TestData.errorsOf;

import org.junit.jupiter.api.Test;

class RideLimitsTest {

    @Test
    void defaultsToTheContracts240And300And480Minutes() {
        assertThat(RideLimits.DEFAULT.of(ICU_VENT)).isEqualTo(240);
        assertThat(RideLimits.DEFAULT.of(ICU)).isEqualTo(300);
        assertThat(RideLimits.DEFAULT.of(WARD)).isEqualTo(480);
    }

    @Test
    void rejectsALimitThatIsNotPositiveNamingTheLevel() {
        assertThat(errorsOf(() -> new RideLimits(0, 300, Double.NaN)))
                .containsExactly("ICU_VENT: must be a positive number", "WARD: must be a positive number");
    }
}

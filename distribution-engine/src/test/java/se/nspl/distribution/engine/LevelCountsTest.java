package se.nspl.distribution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.distribution.engine.CareLevel.ICU;
import static se.nspl.distribution.engine.CareLevel.ICU_VENT;
import static se.nspl.distribution.engine.CareLevel.WARD;
import static se.nspl.distribution.engine.TestData.errorsOf;

import org.junit.jupiter.api.Test;

class LevelCountsTest {

    @Test
    void givesTheCountOfEachLevel() {
        var free = new LevelCounts(1, 2, 10);

        assertThat(free.of(ICU_VENT)).isEqualTo(1);
        assertThat(free.of(ICU)).isEqualTo(2);
        assertThat(free.of(WARD)).isEqualTo(10);
    }

    @Test
    void acceptsZeroButRejectsNegativeCountsNamingTheLevel() {
        assertThat(new LevelCounts(0, 0, 0).of(ICU)).isZero();
        assertThat(errorsOf(() -> new LevelCounts(-1, 0, -2)))
                .containsExactly("ICU_VENT: must be at least 0", "WARD: must be at least 0");
    }
}

package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.nspl.shared.CareLevel;

class PlausibilityWarningsTest {

    @Test
    void warnsWhenStaffedBedsDouble() {
        assertThat(PlausibilityWarnings.between(icu(10), icu(20)))
                .singleElement()
                .asString()
                .contains("doubled");
    }

    @Test
    void warnsWhenStaffedBedsHalve() {
        assertThat(PlausibilityWarnings.between(icu(10), icu(5)))
                .singleElement()
                .asString()
                .contains("halved");
    }

    @Test
    void ordinaryChangesRaiseNoWarning() {
        assertThat(PlausibilityWarnings.between(icu(10), icu(14))).isEmpty();
        assertThat(PlausibilityWarnings.between(icu(10), icu(6))).isEmpty();
    }

    @Test
    void smallNumbersAreNotImplausible() {
        assertThat(PlausibilityWarnings.between(icu(1), icu(2))).isEmpty();
    }

    @Test
    void warnsWhenALevelReportedBeforeIsMissing() {
        var before = StatusRulesTest.status(
                Map.of(CareLevel.ICU, new LevelFigures(10, 5, 0, 0), CareLevel.ECMO, new LevelFigures(2, 1, 0, 0)));

        assertThat(PlausibilityWarnings.between(before, icu(10)))
                .singleElement()
                .asString()
                .contains("ECMO");
    }

    private static UnitStatus icu(int staffed) {
        return StatusRulesTest.icu(staffed, 0, 0);
    }
}

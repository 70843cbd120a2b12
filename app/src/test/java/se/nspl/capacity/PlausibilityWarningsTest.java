package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.capacity.UnitStatusBuilder.status;

import org.junit.jupiter.api.Test;
import se.nspl.shared.CareLevel;

class PlausibilityWarningsTest {

    @Test
    void warnsWhenStaffedBedsDouble() {
        assertThat(PlausibilityWarnings.between(icu(10).levels(), icu(20)))
                .singleElement()
                .asString()
                .contains("doubled");
    }

    @Test
    void warnsWhenStaffedBedsHalve() {
        assertThat(PlausibilityWarnings.between(icu(10).levels(), icu(5)))
                .singleElement()
                .asString()
                .contains("halved");
    }

    @Test
    void ordinaryChangesRaiseNoWarning() {
        assertThat(PlausibilityWarnings.between(icu(10).levels(), icu(14))).isEmpty();
        assertThat(PlausibilityWarnings.between(icu(10).levels(), icu(6))).isEmpty();
    }

    @Test
    void smallNumbersAreNotImplausible() {
        assertThat(PlausibilityWarnings.between(icu(1).levels(), icu(2))).isEmpty();
    }

    @Test
    void warnsWhenALevelReportedBeforeIsMissing() {
        var before =
                status().level(CareLevel.ICU, 10, 5).level(CareLevel.ECMO, 2, 1).build();

        assertThat(PlausibilityWarnings.between(before.levels(), icu(10)))
                .singleElement()
                .asString()
                .contains("ECMO");
    }

    private static UnitStatus icu(int staffed) {
        return status().level(CareLevel.ICU, staffed, 0).build();
    }
}

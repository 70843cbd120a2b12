package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.nspl.capacity.UnitStatusBuilder.status;
import static se.nspl.capacity.UnitStatusBuilder.ward;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException.FieldError;

class StatusRulesTest {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void acceptsAPlausibleIcuReport() {
        assertThat(icuErrors(icu(10, 8, 2))).isEmpty();
    }

    @Test
    void rejectsOccupiedAboveStaffedPlusSurge() {
        assertThat(icuErrors(icu(10, 13, 2))).containsExactly("levels.ICU.occupied");
    }

    @Test
    void acceptsOccupiedWithinSurge() {
        assertThat(icuErrors(icu(10, 12, 2))).isEmpty();
    }

    @Test
    void rejectsCountsOutsideZeroToFiveThousand() {
        var status = status().level(CareLevel.WARD, new LevelFigures(5001, -1, 0, 0));

        assertThat(wardErrors(status)).containsExactly("levels.WARD.staffed", "levels.WARD.occupied");
    }

    @Test
    void requiresStaffedAndOccupied() {
        var status = status().level(CareLevel.WARD, new LevelFigures(null, null, null, null));

        assertThat(wardErrors(status)).containsExactly("levels.WARD.staffed", "levels.WARD.occupied");
    }

    @Test
    void requiresAtLeastOneLevel() {
        assertThat(wardErrors(status())).containsExactly("levels");
    }

    @Test
    void rejectsALevelTheUnitDoesNotHave() {
        assertThat(icuErrors(status().level(CareLevel.PAEDIATRIC_ICU, 4, 2))).containsExactly("levels.PAEDIATRIC_ICU");
    }

    @Test
    void rejectsMoreVentilatedPatientsThanOccupiedIntensiveCareBeds() {
        assertThat(icuErrors(icu(10, 4, 0).patients(5, 0))).containsExactly("ventilatedPatients");
    }

    @Test
    void rejectsMoreEcmoPatientsThanOccupiedIntensiveCareBeds() {
        assertThat(icuErrors(icu(10, 4, 0).patients(4, 5))).containsExactly("ecmoPatients");
    }

    @Test
    void aRestrictedUnitSaysWhy() {
        assertThat(wardErrors(ward(10, 5).operating(OperationalStatus.RESTRICTED)))
                .containsExactly("restrictions");
    }

    @Test
    void aUnitOperatingNormallyHasNoRestrictions() {
        var status = ward(10, 5).operating(OperationalStatus.NORMAL, Restriction.STAFF);

        assertThat(wardErrors(status)).containsExactly("restrictions");
    }

    @Test
    void rejectsMorePostponedThanScheduled() {
        assertThat(wardErrors(ward(10, 5).plannedCare(10, 11))).containsExactly("electivePostponed");
    }

    @Test
    void rejectsACommentOverTwoThousandCharacters() {
        assertThat(wardErrors(ward(10, 5).comment("x".repeat(2001)))).containsExactly("comment");
    }

    @Test
    void rejectsAnObservationInTheFutureOrOlderThanFourteenDays() {
        assertThat(wardErrors(ward(10, 5).observedAt(NOW.plus(Duration.ofHours(1)))))
                .containsExactly("observedAt");
        assertThat(wardErrors(ward(10, 5).observedAt(NOW.minus(Duration.ofDays(15)))))
                .containsExactly("observedAt");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var status = ward(10, 20).operating(OperationalStatus.CLOSED);

        assertThat(wardErrors(status)).containsExactlyInAnyOrder("levels.WARD.occupied", "restrictions");
    }

    @Test
    void derivesAvailableBedsFromStaffedMinusOccupied() {
        assertThat(new LevelFigures(10, 7, 0, 0).available()).isEqualTo(3);
        assertThat(new LevelFigures(10, 12, 4, 0).available()).isEqualTo(-2);
    }

    static UnitStatusBuilder icu(int staffed, int occupied, int surge) {
        return status().level(CareLevel.ICU, new LevelFigures(staffed, occupied, surge, 0));
    }

    private static List<String> icuErrors(UnitStatusBuilder status) {
        return fields(StatusRules.check(status.build(), UnitKind.ADULT_ICU, NOW));
    }

    private static List<String> wardErrors(UnitStatusBuilder status) {
        return fields(StatusRules.check(status.build(), UnitKind.WARD, NOW));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}

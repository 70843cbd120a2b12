package se.nspl.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.CareLevel;
import se.nspl.shared.InvalidInputException.FieldError;

class StatusRulesTest {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void acceptsAPlausibleIcuReport() {
        assertThat(check(icu(10, 8, 2), UnitKind.ADULT_ICU)).isEmpty();
    }

    @Test
    void rejectsOccupiedAboveStaffedPlusSurge() {
        assertThat(fields(check(icu(10, 13, 2), UnitKind.ADULT_ICU))).containsExactly("levels.ICU.occupied");
    }

    @Test
    void acceptsOccupiedWithinSurge() {
        assertThat(check(icu(10, 12, 2), UnitKind.ADULT_ICU)).isEmpty();
    }

    @Test
    void rejectsCountsOutsideZeroToFiveThousand() {
        var errors = check(status(Map.of(CareLevel.WARD, new LevelFigures(5001, -1, 0, 0))), UnitKind.WARD);

        assertThat(fields(errors)).containsExactly("levels.WARD.staffed", "levels.WARD.occupied");
    }

    @Test
    void requiresStaffedAndOccupied() {
        var errors = check(status(Map.of(CareLevel.WARD, new LevelFigures(null, null, null, null))), UnitKind.WARD);

        assertThat(fields(errors)).containsExactly("levels.WARD.staffed", "levels.WARD.occupied");
    }

    @Test
    void requiresAtLeastOneLevel() {
        assertThat(fields(check(status(Map.of()), UnitKind.WARD))).containsExactly("levels");
    }

    @Test
    void rejectsALevelTheUnitDoesNotHave() {
        var errors = check(status(Map.of(CareLevel.PAEDIATRIC_ICU, new LevelFigures(4, 2, 0, 0))), UnitKind.ADULT_ICU);

        assertThat(fields(errors)).containsExactly("levels.PAEDIATRIC_ICU");
    }

    @Test
    void rejectsMoreVentilatedPatientsThanOccupiedIntensiveCareBeds() {
        var status = withPatients(icu(10, 4, 0), 5, 0);

        assertThat(fields(check(status, UnitKind.ADULT_ICU))).containsExactly("ventilatedPatients");
    }

    @Test
    void rejectsMoreEcmoPatientsThanOccupiedIntensiveCareBeds() {
        var status = withPatients(icu(10, 4, 0), 4, 5);

        assertThat(fields(check(status, UnitKind.ADULT_ICU))).containsExactly("ecmoPatients");
    }

    @Test
    void aRestrictedUnitSaysWhy() {
        var status = new UnitStatus(
                null,
                levels(CareLevel.WARD, 10, 5),
                OperationalStatus.RESTRICTED,
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(fields(check(status, UnitKind.WARD))).containsExactly("restrictions");
    }

    @Test
    void aUnitOperatingNormallyHasNoRestrictions() {
        var status = new UnitStatus(
                null,
                levels(CareLevel.WARD, 10, 5),
                OperationalStatus.NORMAL,
                Set.of(Restriction.STAFF),
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(fields(check(status, UnitKind.WARD))).containsExactly("restrictions");
    }

    @Test
    void rejectsMorePostponedThanScheduled() {
        var status = new UnitStatus(null, levels(CareLevel.WARD, 10, 5), null, null, null, null, null, 10, 11, null);

        assertThat(fields(check(status, UnitKind.WARD))).containsExactly("electivePostponed");
    }

    @Test
    void rejectsACommentOverTwoThousandCharacters() {
        var status = new UnitStatus(
                null, levels(CareLevel.WARD, 10, 5), null, null, null, null, null, null, null, "x".repeat(2001));

        assertThat(fields(check(status, UnitKind.WARD))).containsExactly("comment");
    }

    @Test
    void rejectsAnObservationInTheFutureOrOlderThanFourteenDays() {
        var future = new UnitStatus(
                NOW.plus(Duration.ofHours(1)),
                levels(CareLevel.WARD, 10, 5),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        var old = new UnitStatus(
                NOW.minus(Duration.ofDays(15)),
                levels(CareLevel.WARD, 10, 5),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(fields(check(future, UnitKind.WARD))).containsExactly("observedAt");
        assertThat(fields(check(old, UnitKind.WARD))).containsExactly("observedAt");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var status = new UnitStatus(
                null,
                Map.of(CareLevel.WARD, new LevelFigures(10, 20, 0, 0)),
                OperationalStatus.CLOSED,
                Set.of(),
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(fields(check(status, UnitKind.WARD)))
                .containsExactlyInAnyOrder("levels.WARD.occupied", "restrictions");
    }

    @Test
    void derivesAvailableBedsFromStaffedMinusOccupied() {
        assertThat(new LevelFigures(10, 7, 0, 0).available()).isEqualTo(3);
        assertThat(new LevelFigures(10, 12, 4, 0).available()).isEqualTo(-2);
    }

    static List<FieldError> check(UnitStatus status, UnitKind kind) {
        return StatusRules.check(status, kind, NOW);
    }

    static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    static UnitStatus icu(int staffed, int occupied, int surge) {
        return status(Map.of(CareLevel.ICU, new LevelFigures(staffed, occupied, surge, 0)));
    }

    static UnitStatus status(Map<CareLevel, LevelFigures> levels) {
        return new UnitStatus(null, levels, null, null, null, null, null, null, null, null);
    }

    static UnitStatus withPatients(UnitStatus status, int ventilated, int ecmo) {
        return new UnitStatus(null, status.levels(), null, null, null, ventilated, ecmo, null, null, null);
    }

    static Map<CareLevel, LevelFigures> levels(CareLevel level, int staffed, int occupied) {
        var levels = new EnumMap<CareLevel, LevelFigures>(CareLevel.class);
        levels.put(level, new LevelFigures(staffed, occupied, 0, 0));
        return levels;
    }
}

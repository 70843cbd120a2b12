package se.nspl.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.capacity.ReportingIntervals;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.ParticipationDecision;
import se.nspl.organisation.Region;
import se.nspl.organisation.ReportingUnit;
import se.nspl.organisation.UnitKind;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

class PictureCalculatorTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    static final RegionCode UPPSALA = RegionCode.of("03");
    static final RegionCode VASTERBOTTEN = RegionCode.of("24");

    final Hospital akademiska = hospital("Akademiska", UPPSALA);
    final Hospital enkoping = hospital("Enköping", UPPSALA);
    final Hospital umea = hospital("Umeå", VASTERBOTTEN);
    final ReportingUnit akademiskaIcu = unit(akademiska, UnitKind.ADULT_ICU, true);
    final ReportingUnit akademiskaWard = unit(akademiska, UnitKind.WARD, true);
    final ReportingUnit enkopingIcu = unit(enkoping, UnitKind.ADULT_ICU, true);
    final ReportingUnit closedIcu = unit(enkoping, UnitKind.ADULT_ICU, false);
    final ReportingUnit umeaIcu = unit(umea, UnitKind.ADULT_ICU, true);

    final PictureCalculator calculator =
            new PictureCalculator(new ReportingIntervals(null), new Thresholds(null, null));

    @Test
    void theFiguresAreTheSumsOfTheUnitsCurrentFigures() {
        var picture = compute(Map.of(
                akademiskaIcu.id(), state(akademiskaIcu, 1, Map.of(CareLevel.ICU, new Figures(20, 15, 4, 8))),
                enkopingIcu.id(), state(enkopingIcu, 2, Map.of(CareLevel.ICU, new Figures(6, 6, 0, 2))),
                umeaIcu.id(), state(umeaIcu, 3, Map.of(CareLevel.ICU, new Figures(14, 7, 2, 0)))));

        var uppsala = picture.region(UPPSALA).orElseThrow();
        assertThat(uppsala.level(CareLevel.ICU).orElseThrow())
                .isEqualTo(new LevelPicture(CareLevel.ICU, 26, 21, 5, 100.0 * 5 / 26, 4, 10, TrafficLight.YELLOW));
        assertThat(picture.level(CareLevel.ICU).orElseThrow())
                .isEqualTo(new LevelPicture(CareLevel.ICU, 40, 28, 12, 30.0, 6, 10, TrafficLight.YELLOW));
        assertThat(picture.region(VASTERBOTTEN).orElseThrow().light(CareLevel.ICU))
                .isEqualTo(TrafficLight.GREEN);
        assertThat(picture.hospitalsOf(UPPSALA))
                .extracting(HospitalPicture::name)
                .containsExactly("Akademiska", "Enköping");
    }

    @Test
    void aUnitThatNeverReportedIsOverdueAndAddsNothingRatherThanZero() {
        var picture = compute(Map.of(
                akademiskaIcu.id(), state(akademiskaIcu, 1, Map.of(CareLevel.ICU, new Figures(20, 10, 0, 0)))));

        var uppsala = picture.region(UPPSALA).orElseThrow();
        assertThat(uppsala.units()).isEqualTo(3);
        assertThat(uppsala.unitsOverdue()).isEqualTo(2);
        assertThat(uppsala.levels()).extracting(LevelPicture::level).containsExactly(CareLevel.ICU);
        var ward = picture.hospital(akademiska.id()).orElseThrow().unitPictures().stream()
                .filter(u -> u.id().equals(akademiskaWard.id()))
                .findFirst()
                .orElseThrow();
        assertThat(ward.overdue()).isTrue();
        assertThat(ward.levels()).isEmpty();
        assertThat(ward.observedAt()).isEmpty();
    }

    @Test
    void anOverdueUnitsLastFiguresStillCountAndItIsCountedAsOverdue() {
        var picture = compute(Map.of(
                akademiskaIcu.id(), state(akademiskaIcu, 30, Map.of(CareLevel.ICU, new Figures(20, 10, 0, 0))),
                enkopingIcu.id(), state(enkopingIcu, 23, Map.of(CareLevel.ICU, new Figures(5, 5, 0, 0)))));

        var uppsala = picture.region(UPPSALA).orElseThrow();
        assertThat(uppsala.level(CareLevel.ICU).orElseThrow().staffed()).isEqualTo(25);
        assertThat(uppsala.unitsOverdue())
                .as("the ward never reported; Akademiska's ICU 30 h ago")
                .isEqualTo(2);
        assertThat(picture.percentReportedInTime()).isEqualTo(100.0 * 1 / 4);
    }

    @Test
    void aRegionInKatastroflageExpectsReportsEveryFourHours() {
        var states = Map.of(
                akademiskaIcu.id(), state(akademiskaIcu, 5, Map.of(CareLevel.ICU, new Figures(20, 10, 0, 0))),
                umeaIcu.id(), state(umeaIcu, 5, Map.of(CareLevel.ICU, new Figures(20, 10, 0, 0))));

        var picture = calculator.compute(
                NOW,
                List.of(region(UPPSALA, "Region Uppsala"), region(VASTERBOTTEN, "Region Västerbotten")),
                List.of(akademiska, enkoping, umea),
                List.of(akademiskaIcu, akademiskaWard, enkopingIcu, closedIcu, umeaIcu),
                states,
                Map.of(UPPSALA, PreparednessLevel.KATASTROFLAGE));

        assertThat(picture.region(UPPSALA).orElseThrow().unitsOverdue()).isEqualTo(3);
        assertThat(picture.region(VASTERBOTTEN).orElseThrow().unitsOverdue()).isZero();
        assertThat(picture.regionsByPreparedness())
                .containsEntry(PreparednessLevel.KATASTROFLAGE, 1)
                .containsEntry(PreparednessLevel.NORMALLAGE, 1);
    }

    @Test
    void inactiveUnitsDoNotCount() {
        var picture =
                compute(Map.of(closedIcu.id(), state(closedIcu, 1, Map.of(CareLevel.ICU, new Figures(50, 0, 0, 0)))));

        assertThat(picture.level(CareLevel.ICU)).isEmpty();
        assertThat(picture.units()).isEqualTo(4);
    }

    @Test
    void trafficLightsFollowTheThresholds() {
        var thresholds = new Thresholds(10.0, 30.0);
        assertThat(TrafficLight.of(new Figures(10, 9, 0, 0), thresholds)).isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(new Figures(10, 10, 0, 0), thresholds)).isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(new Figures(10, 7, 0, 0), thresholds)).isEqualTo(TrafficLight.YELLOW);
        assertThat(TrafficLight.of(new Figures(10, 6, 0, 0), thresholds)).isEqualTo(TrafficLight.GREEN);
        assertThat(TrafficLight.of(new Figures(10, 14, 4, 0), thresholds))
                .as("occupancy above staffed (surge) is no room")
                .isEqualTo(TrafficLight.RED);
        assertThat(TrafficLight.of(Figures.NONE, thresholds)).isEqualTo(TrafficLight.NONE);
    }

    private NationalPicture compute(Map<UUID, UnitState> states) {
        return calculator.compute(
                NOW,
                List.of(region(UPPSALA, "Region Uppsala"), region(VASTERBOTTEN, "Region Västerbotten")),
                List.of(akademiska, enkoping, umea),
                List.of(akademiskaIcu, akademiskaWard, enkopingIcu, closedIcu, umeaIcu),
                states,
                Map.of());
    }

    private static UnitState state(ReportingUnit unit, int hoursAgo, Map<CareLevel, Figures> levels) {
        return new UnitState(unit.id(), NOW.minus(Duration.ofHours(hoursAgo)), levels);
    }

    private static Region region(RegionCode code, String name) {
        return new Region(code, name, "seat", null, null, 60, 17, ParticipationDecision.pending(), 0);
    }

    private static Hospital hospital(String name, RegionCode region) {
        return new Hospital(UUID.randomUUID(), name.toLowerCase(), name, region, name, 60, 17, false, "test", 0, NOW);
    }

    private static ReportingUnit unit(Hospital hospital, UnitKind kind, boolean active) {
        return new ReportingUnit(
                UUID.randomUUID(), hospital.id(), hospital.region(), kind.name(), kind, null, false, active, 0, NOW);
    }
}

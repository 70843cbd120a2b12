package se.nspl.picture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.capacity.ReportingIntervals;
import se.nspl.organisation.Hospital;
import se.nspl.organisation.Region;
import se.nspl.organisation.ReportingUnit;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * Adds the units' current figures up to hospitals, regions and the country: the same sum whether
 * the states come from the live view or from the history at an earlier time. Only active units
 * count; a unit is overdue when it never reported or its report is older than its region's
 * reporting interval, and an overdue unit's last figures still count (flagged by the overdue
 * count beside them), so that nothing silently becomes zero.
 */
final class PictureCalculator {

    private final ReportingIntervals intervals;
    private final Thresholds thresholds;

    PictureCalculator(ReportingIntervals intervals, Thresholds thresholds) {
        this.intervals = intervals;
        this.thresholds = thresholds;
    }

    NationalPicture compute(
            Instant asOf,
            List<Region> regions,
            List<Hospital> hospitals,
            List<ReportingUnit> units,
            Map<UUID, UnitState> states,
            Map<RegionCode, PreparednessLevel> preparedness) {
        var unitsByHospital =
                units.stream().filter(ReportingUnit::active).collect(Collectors.groupingBy(ReportingUnit::hospitalId));
        var hospitalsByRegion = new LinkedHashMap<RegionCode, List<HospitalPicture>>();
        var regionPictures = new ArrayList<RegionPicture>();
        var national = new EnumMap<CareLevel, Figures>(CareLevel.class);
        var byPreparedness = new EnumMap<PreparednessLevel, Integer>(PreparednessLevel.class);
        int allUnits = 0;
        int allOverdue = 0;
        for (var region : regions.stream()
                .sorted(Comparator.comparing(r -> r.code().value()))
                .toList()) {
            var level = preparedness.getOrDefault(region.code(), PreparednessLevel.NORMALLAGE);
            byPreparedness.merge(level, 1, Integer::sum);
            var interval = intervals.at(level);
            var regionFigures = new EnumMap<CareLevel, Figures>(CareLevel.class);
            var hospitalPictures = new ArrayList<HospitalPicture>();
            int regionUnits = 0;
            int regionOverdue = 0;
            Optional<Instant> regionLast = Optional.empty();
            for (var hospital : hospitals.stream()
                    .filter(h -> h.region().equals(region.code()))
                    .sorted(Comparator.comparing(Hospital::name))
                    .toList()) {
                var hospitalFigures = new EnumMap<CareLevel, Figures>(CareLevel.class);
                var unitPictures = new ArrayList<UnitPicture>();
                int overdue = 0;
                Optional<Instant> last = Optional.empty();
                for (var unit : unitsByHospital.getOrDefault(hospital.id(), List.of()).stream()
                        .sorted(Comparator.comparing(ReportingUnit::kind).thenComparing(ReportingUnit::name))
                        .toList()) {
                    var state = Optional.ofNullable(states.get(unit.id()));
                    var observed = state.map(UnitState::observedAt);
                    boolean isOverdue =
                            observed.map(t -> t.plus(interval).isBefore(asOf)).orElse(true);
                    overdue += isOverdue ? 1 : 0;
                    last = latest(last, observed);
                    var unitLevels = state.map(UnitState::levels).orElse(Map.of());
                    unitLevels.forEach(
                            (careLevel, figures) -> hospitalFigures.merge(careLevel, figures, Figures::plus));
                    unitPictures.add(new UnitPicture(
                            unit.id(), unit.name(), unit.kind(), pictures(unitLevels), observed, isOverdue));
                }
                hospitalFigures.forEach((careLevel, figures) -> regionFigures.merge(careLevel, figures, Figures::plus));
                hospitalPictures.add(new HospitalPicture(
                        hospital.id(),
                        hospital.name(),
                        region.code(),
                        pictures(hospitalFigures),
                        unitPictures.size(),
                        overdue,
                        last,
                        unitPictures));
                regionUnits += unitPictures.size();
                regionOverdue += overdue;
                regionLast = latest(regionLast, last);
            }
            regionFigures.forEach((careLevel, figures) -> national.merge(careLevel, figures, Figures::plus));
            regionPictures.add(new RegionPicture(
                    region.code(),
                    region.name(),
                    level,
                    pictures(regionFigures),
                    regionUnits,
                    regionOverdue,
                    regionLast));
            hospitalsByRegion.put(region.code(), hospitalPictures);
            allUnits += regionUnits;
            allOverdue += regionOverdue;
        }
        return new NationalPicture(
                asOf, pictures(national), allUnits, allOverdue, byPreparedness, regionPictures, hospitalsByRegion);
    }

    private List<LevelPicture> pictures(Map<CareLevel, Figures> figures) {
        var inLevelOrder = new EnumMap<CareLevel, Figures>(CareLevel.class);
        inLevelOrder.putAll(figures);
        return inLevelOrder.entrySet().stream()
                .map(e -> LevelPicture.of(e.getKey(), e.getValue(), thresholds))
                .toList();
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }
}

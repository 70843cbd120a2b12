package se.nspl.picture;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/**
 * The country's picture at {@code asOf}: beds per care level, every region, and how many units
 * reported within their interval (the rest are overdue: their last figures count, flagged).
 *
 * @param regionsByPreparedness how many regions are at each preparedness level
 */
public record NationalPicture(
        Instant asOf,
        List<LevelPicture> levels,
        int units,
        int unitsOverdue,
        Map<PreparednessLevel, Integer> regionsByPreparedness,
        List<RegionPicture> regions,
        @JsonIgnore Map<RegionCode, List<HospitalPicture>> hospitalsByRegion) {

    public NationalPicture {
        levels = List.copyOf(levels);
        regionsByPreparedness = Map.copyOf(regionsByPreparedness);
        regions = List.copyOf(regions);
        hospitalsByRegion = Map.copyOf(hospitalsByRegion);
    }

    /** Units that reported within their interval, in percent of all active units. */
    public double percentReportedInTime() {
        return units == 0 ? 100.0 : 100.0 * (units - unitsOverdue) / units;
    }

    public Optional<LevelPicture> level(CareLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** How many regions show this light for the level. */
    public long regionsWith(CareLevel level, TrafficLight light) {
        return regions.stream().filter(r -> r.light(level) == light).count();
    }

    public Optional<RegionPicture> region(RegionCode code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public List<HospitalPicture> hospitalsOf(RegionCode code) {
        return hospitalsByRegion.getOrDefault(code, List.of());
    }

    public Optional<HospitalPicture> hospital(UUID id) {
        return hospitalsByRegion.values().stream()
                .flatMap(List::stream)
                .filter(h -> h.id().equals(id))
                .findFirst();
    }
}

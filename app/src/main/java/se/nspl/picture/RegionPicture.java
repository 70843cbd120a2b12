package se.nspl.picture;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.nspl.capacity.PreparednessLevel;
import se.nspl.shared.CareLevel;
import se.nspl.shared.RegionCode;

/** A region in the picture: its hospitals' figures summed per care level, its preparedness level, its overdue units. */
public record RegionPicture(
        RegionCode code,
        String name,
        PreparednessLevel preparedness,
        List<LevelPicture> levels,
        int units,
        int unitsOverdue,
        Optional<Instant> lastReportAt) {

    public Optional<LevelPicture> level(CareLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    public TrafficLight light(CareLevel level) {
        return level(level).map(LevelPicture::light).orElse(TrafficLight.NONE);
    }
}

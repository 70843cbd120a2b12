package se.nspl.picture;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.nspl.shared.RegionCode;

/** A hospital in the picture: its units' figures summed per care level, and its units. */
public record HospitalPicture(
        UUID id,
        String name,
        RegionCode region,
        List<LevelPicture> levels,
        int units,
        int unitsOverdue,
        Optional<Instant> lastReportAt,
        List<UnitPicture> unitPictures) {}

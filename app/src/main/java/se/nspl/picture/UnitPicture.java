package se.nspl.picture;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.nspl.organisation.UnitKind;

/**
 * A unit in the picture: its figures as last reported, and whether that report is overdue. A
 * unit that never reported has no figures and is overdue: it counts as unknown, never as zero.
 */
public record UnitPicture(
        UUID id,
        String name,
        UnitKind kind,
        List<LevelPicture> levels,
        Optional<Instant> observedAt,
        boolean overdue) {}

package se.nspl.picture;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import se.nspl.shared.CareLevel;

/** A unit's figures per care level as its current report gives them: what the picture adds up. */
public record UnitState(UUID unitId, Instant observedAt, Map<CareLevel, Figures> levels) {

    public UnitState {
        levels = Map.copyOf(levels);
    }
}

package se.nspl.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.nspl.shared.CareLevel;

/**
 * Changes from the unit's previous report that are possible but unlikely, such as staffed beds
 * doubling or halving overnight. The report is accepted and the warning kept with it, so that
 * whoever reads the figures can ask (what registers call a plausibility check).
 */
final class PlausibilityWarnings {

    /** Below this many beds, doubling is ordinary (2 to 4) and says nothing. */
    static final int MIN_BEDS = 4;

    private PlausibilityWarnings() {}

    static List<String> between(Map<CareLevel, LevelFigures> previous, UnitStatus current) {
        var warnings = new ArrayList<String>();
        current.levels().forEach((level, now) -> {
            var before = previous.get(level);
            if (before == null || Math.max(before.staffed(), now.staffed()) < MIN_BEDS) {
                return;
            }
            if (now.staffed() >= 2 * before.staffed()) {
                warnings.add(level + ": staffed beds doubled or more, " + before.staffed() + " → " + now.staffed());
            } else if (2 * now.staffed() <= before.staffed()) {
                warnings.add(level + ": staffed beds halved or less, " + before.staffed() + " → " + now.staffed());
            }
        });
        previous.keySet().stream()
                .filter(level -> !current.levels().containsKey(level))
                .sorted()
                .forEach(level -> warnings.add(level + ": reported before, missing now"));
        return warnings;
    }
}

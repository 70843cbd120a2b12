package se.nspl.capacity;

import java.util.Map;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;
import se.nspl.shared.CareLevel;

/**
 * A report's care levels and each of their figures as texts joined by commas, in the map's order:
 * how many reports' figures travel to one statement, which makes them arrays again with
 * {@code string_to_array} (the tables keep a unit's levels and figures as arrays, the same
 * position in each).
 */
public final class LevelTexts {

    private LevelTexts() {}

    /** The care levels' names. */
    public static String levels(Map<CareLevel, LevelFigures> figures) {
        var joined = new StringJoiner(",");
        figures.keySet().forEach(level -> joined.add(level.name()));
        return joined.toString();
    }

    /** One figure of each level. */
    public static String figure(Map<CareLevel, LevelFigures> figures, ToIntFunction<LevelFigures> figure) {
        var joined = new StringJoiner(",");
        figures.values().forEach(f -> joined.add(Integer.toString(figure.applyAsInt(f))));
        return joined.toString();
    }
}

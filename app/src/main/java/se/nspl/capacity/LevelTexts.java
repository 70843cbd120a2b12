package se.nspl.capacity;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.ToIntFunction;
import se.nspl.shared.CareLevel;

/**
 * Many reports' care levels and figures as five columns of texts joined by commas (a report's
 * levels; its staffed, occupied, surge and reserve beds, in the same order): how they travel to one
 * statement, which makes each text an array again with {@code string_to_array} (the tables keep a
 * unit's levels and figures as arrays, the same position in each; ADR 0010).
 */
public final class LevelTexts {

    private final String[] levels;
    private final String[] staffed;
    private final String[] occupied;
    private final String[] surge;
    private final String[] reserve;

    public LevelTexts(int reports) {
        levels = new String[reports];
        staffed = new String[reports];
        occupied = new String[reports];
        surge = new String[reports];
        reserve = new String[reports];
    }

    /** The figures of report number {@code i}. */
    public void set(int i, Map<CareLevel, LevelFigures> figures) {
        var names = new StringJoiner(",");
        figures.keySet().forEach(level -> names.add(level.name()));
        levels[i] = names.toString();
        staffed[i] = joined(figures, LevelFigures::staffed);
        occupied[i] = joined(figures, LevelFigures::occupied);
        surge[i] = joined(figures, LevelFigures::surge24h);
        reserve[i] = joined(figures, LevelFigures::reserve7d);
    }

    /** The five columns, in the order above, as a statement's parameters. */
    public List<String[]> columns() {
        return List.of(levels, staffed, occupied, surge, reserve);
    }

    private static String joined(Map<CareLevel, LevelFigures> figures, ToIntFunction<LevelFigures> figure) {
        var joined = new StringJoiner(",");
        figures.values().forEach(f -> joined.add(Integer.toString(figure.applyAsInt(f))));
        return joined.toString();
    }
}

package se.nspl.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import se.nspl.shared.CareLevel;

/**
 * The care levels' figures of many reports as one array per column (key, level, staffed, occupied,
 * surge, reserve), for one statement that unnests them into a row per report and level, however
 * many reports there are.
 *
 * @param <K> what names each row's report in the statement
 */
final class LevelColumns<K> {

    private final List<K> keys = new ArrayList<>();
    private final List<String> levels = new ArrayList<>();
    private final List<Integer> staffed = new ArrayList<>();
    private final List<Integer> occupied = new ArrayList<>();
    private final List<Integer> surge = new ArrayList<>();
    private final List<Integer> reserve = new ArrayList<>();

    /** A row per level of the report named {@code key}. */
    void add(K key, Map<CareLevel, LevelFigures> figures) {
        figures.forEach((level, f) -> {
            keys.add(key);
            levels.add(level.name());
            staffed.add(f.staffed());
            occupied.add(f.occupied());
            surge.add(f.surge24h());
            reserve.add(f.reserve7d());
        });
    }

    /** The six columns, in the order above, as arrays a statement's parameters take. */
    List<Object> arrays(IntFunction<K[]> keyArray) {
        return List.of(
                keys.toArray(keyArray),
                levels.toArray(String[]::new),
                staffed.toArray(Integer[]::new),
                occupied.toArray(Integer[]::new),
                surge.toArray(Integer[]::new),
                reserve.toArray(Integer[]::new));
    }
}

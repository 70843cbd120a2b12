package se.nspl.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.RegionCode;

/**
 * The regions × areas view of the register: the secretariat's national row first, then a row per
 * region; in each cell the worst standing of its items ({@link Standing}), how many items there are
 * and how many are overdue. An empty cell has no standing.
 */
public record PlanningMatrix(LocalDate today, List<PlanningArea> areas, List<Row> rows) {

    /** A row's place: a region with its name, or the country (region null). */
    public record Party(@Nullable RegionCode region, String name) {

        /** The value of the list's region filter: the code, or {@code national}. */
        public String key() {
            return region == null ? PlanningFilter.NATIONAL : region.value();
        }
    }

    public record Cell(PlanningArea area, @Nullable Standing standing, int items, int overdue) {

        public boolean empty() {
            return items == 0;
        }
    }

    public record Row(Party party, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public int items() {
            return cells.stream().mapToInt(Cell::items).sum();
        }
    }

    public PlanningMatrix {
        areas = List.copyOf(areas);
        rows = List.copyOf(rows);
    }

    /** The matrix of the items for the parties given (in their order), as they stand on {@code today}. */
    public static PlanningMatrix of(Collection<PlanningItem> items, List<Party> parties, LocalDate today) {
        var areas = Arrays.asList(PlanningArea.values());
        var rows = new ArrayList<Row>();
        for (var party : parties) {
            var cells = new ArrayList<Cell>();
            for (var area : areas) {
                cells.add(cell(
                        area,
                        items.stream()
                                .filter(i -> i.area() == area && Objects.equals(i.region(), party.region()))
                                .toList(),
                        today));
            }
            rows.add(new Row(party, cells));
        }
        return new PlanningMatrix(today, areas, rows);
    }

    static Cell cell(PlanningArea area, List<PlanningItem> items, LocalDate today) {
        Standing worst = null;
        int overdue = 0;
        for (var item : items) {
            var standing = item.standingOn(today);
            worst = worst == null ? standing : worst.worse(standing);
            if (item.overdueOn(today)) {
                overdue++;
            }
        }
        return new Cell(area, worst, items.size(), overdue);
    }
}

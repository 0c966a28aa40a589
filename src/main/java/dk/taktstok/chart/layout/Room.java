package dk.taktstok.chart.layout;

import java.util.HashMap;
import java.util.Map;

/**
 * Space a plot leaves free for its annotations, asked for by annotation layout and granted when the
 * plot is computed again: a band under a row for the notes anchored there (so a note stays on its
 * anchor's row), lines above the rows for reference lines' labels, and a band under the last row, above
 * the axis, for notes and arrow labels anchored to no row. A request only ever grows, so laying a chart
 * out again with it ends.
 *
 * @param below           extra height under a row's marks, by the row's key (an item, group or gap id)
 * @param referenceLevels lines of reference-line labels above the rows
 * @param underRows       extra height under the last row
 */
record Room(Map<String, Double> below, int referenceLevels, double underRows) {

    static final Room NONE = new Room(Map.of(), 0, 0);
    /** Heights closer than this are the same: a request met to within a hundredth of a unit is met. */
    private static final double EPSILON = 0.01;

    Room {
        below = Map.copyOf(below);
    }

    double below(String row) {
        return row == null ? 0 : below.getOrDefault(row, 0.0);
    }

    /** The larger of each request. */
    Room union(Room other) {
        var merged = new HashMap<>(below);
        other.below.forEach((row, height) -> merged.merge(row, height, Math::max));
        return new Room(merged, Math.max(referenceLevels, other.referenceLevels), Math.max(underRows, other.underRows));
    }

    /** Whether this grants at least everything {@code other} asks for. */
    boolean covers(Room other) {
        for (var asked : other.below.entrySet()) {
            if (asked.getValue() > below(asked.getKey()) + EPSILON) {
                return false;
            }
        }
        return other.referenceLevels <= referenceLevels && other.underRows <= underRows + EPSILON;
    }

    Room withBelow(String row, double height) {
        var more = new HashMap<>(below);
        more.merge(row, height, Math::max);
        return new Room(more, referenceLevels, underRows);
    }

    Room withReferenceLevels(int levels) {
        return new Room(below, Math.max(referenceLevels, levels), underRows);
    }

    Room withUnderRows(double height) {
        return new Room(below, referenceLevels, Math.max(underRows, height));
    }
}

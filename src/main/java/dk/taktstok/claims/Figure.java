package dk.taktstok.claims;

import dk.taktstok.model.Measure;
import java.util.List;

/**
 * A number the study gives, named so that a reader can find it: its table, item or group, categories and
 * measure, its value, its margin of error, and its formula worked out from the cells behind it.
 *
 * @param table      the table's title; null for a goal
 * @param subject    the item's, group's or goal's label, or both sides' for a balance, a gap, a difference
 * @param categories the labels of the categories it sums; empty for a measure that is not a sum
 * @param measure    the measure it is, if it is one
 * @param base       whom it is a share of; null where that is not the question (a mean score, a goal)
 * @param value      percent, points or a ratio
 * @param margin     its 95 % margin of error, in points; NaN where the number of answers is not known
 * @param formula    how it is computed, with the numbers, in the report's language
 * @param parts      the two figures of a difference, a ratio or a gap; empty otherwise
 */
public record Figure(Kind kind, String tableId, String itemId, String groupId, String benchmarkId, String gapId,
                     String table, String subject, List<String> categories, Measure measure, Base base,
                     double value, double margin, String formula, List<Cell> cells, List<Figure> parts) {

    public Figure {
        categories = List.copyOf(categories);
        cells = List.copyOf(cells);
        parts = List.copyOf(parts);
    }

    /** What kind of number a figure is. */
    public enum Kind {
        /** One category's share of an item. */
        SHARE("categoryShare"),
        /** The sum of named categories' shares of an item ("som regel eller somme tider"). */
        SUM("categorySum"),
        /** A derived measure of an item (top box, mean score, net, don't know). */
        MEASURE("itemMeasure"),
        /** A group's index: the mean of a measure over its items. */
        GROUP("groupIndex"),
        /** The first group's index minus the second's, in points. */
        BALANCE("balance"),
        /** A stated goal. */
        BENCHMARK("benchmark"),
        /** A goal minus a practice figure, in points. */
        GAP("gap"),
        /** One figure minus another, in points. */
        DIFFERENCE("difference"),
        /** One figure divided by another. */
        RATIO("ratio");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The table and item of the figure's first cell, for selecting it; null for a goal. */
    public Cell firstCell() {
        if (!cells.isEmpty()) {
            return cells.getFirst();
        }
        for (Figure part : parts) {
            Cell cell = part.firstCell();
            if (cell != null) {
                return cell;
            }
        }
        return null;
    }
}

package dk.taktstok.analysis;

import dk.taktstok.model.Item;
import dk.taktstok.model.SurveyTable;
import java.util.List;

/**
 * A study's items by the groups of one banner, with the tests between the groups (docs/measures.md,
 * "Differences between groups").
 *
 * @param name    what the groups are split by
 * @param groups  the groups, each with its letter
 * @param tables  per table and item, the rows of shares and measures
 * @param options the level, the correction and the smallest group tested
 */
public record Crosstab(String name, List<Group> groups, List<Table> tables, CrosstabOptions options) {

    public Crosstab {
        groups = List.copyOf(groups);
        tables = List.copyOf(tables);
    }

    /** A group: its label, the letter its column goes by, and its number of respondents (null if not known). */
    public record Group(String label, String letter, Integer respondents) {
    }

    public record Table(SurveyTable table, List<ItemRows> items) {
        public Table {
            items = List.copyOf(items);
        }
    }

    /**
     * An item by group.
     *
     * @param chiSquare the test of its whole distribution across the groups that are tested; not adjusted
     */
    public record ItemRows(Item item, TestResult chiSquare, List<Row> rows) {
        public ItemRows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One share or measure of an item, per group.
     *
     * @param key   {@code share} for a category's share, else the measure's key ({@code topBox}, {@code meanScore}…)
     * @param label the category's name, or the measure's key
     * @param test  {@code z} (two proportions) or {@code t} (Welch)
     * @param total the value among all respondents
     */
    public record Row(String key, String label, String test, double total, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** Whether some difference in this row passed its test. */
        public boolean anySignificant() {
            return cells.stream().anyMatch(c -> !c.higherThan().isEmpty() || c.differsFromRest() != 0);
        }
    }

    /**
     * One group's value in a row.
     *
     * @param value      in percent or points; NaN where not known
     * @param n          the group's answers to the item
     * @param effectiveN Kish's effective n (n without weights)
     * @param small      fewer answers than the options' minimum: shown, not tested
     * @param higherThan the letters of the groups this one is significantly higher than
     * @param pairs      the test against each other tested group, in the groups' order (null for itself and
     *                   for groups not tested)
     * @param vsRest     the test against every respondent not in the group
     * @param vsRestAdjusted its p-value adjusted over the row's groups
     */
    public record Cell(double value, int n, double effectiveN, boolean small, List<String> higherThan,
                       List<Pair> pairs, TestResult vsRest, double vsRestAdjusted, double restValue, double alpha) {
        public Cell {
            higherThan = List.copyOf(higherThan);
            pairs = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pairs));
        }

        /** +1 when significantly above the rest, −1 below, 0 when not (or not tested). */
        public int differsFromRest() {
            if (!(vsRestAdjusted < alpha) || !Double.isFinite(restValue)) {
                return 0;
            }
            return Double.compare(value, restValue);
        }
    }

    /** A test between two groups: the p-value and the one adjusted over the row's pairs. */
    public record Pair(String letter, double p, double adjusted) {
    }
}

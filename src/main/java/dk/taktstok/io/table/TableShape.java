package dk.taktstok.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the numbers of a found table are, judged as a person would before reading them: shares of each
 * row's answers (the common report table); counts, from which the shares are computed (whole numbers whose
 * rows do not sum to 100, or under a count column); shares of each column's answers (a crosstab with the
 * groups in the columns and the answers in the rows); or a crosstab whose numbers add up neither way.
 *
 * @param kind      what the numbers are
 * @param valueCols the columns read: the answer categories (or, for groups in columns, the groups)
 * @param names     the name of each column read
 * @param countCol  a column giving each row's number of respondents ("n", "Tot. Respondents"), or -1
 * @param notes     what the reading left out, or why, in plain words (warnings at the table)
 */
record TableShape(Kind kind, List<Integer> valueCols, List<String> names, int countCol, List<String> notes) {

    enum Kind { SHARES, COUNTS, GROUPS_IN_COLUMNS, UNREADABLE_CROSSTAB }

    /** Most rows (or columns) must add up to call a table's numbers shares of them. */
    private static final double MOST = 0.8;

    /**
     * @param names the names of the table's category columns and total columns, by column
     * @param rows  the table's item rows
     */
    static TableShape of(Grid grid, FoundTable table, Map<Integer, HeaderNames.Column> names, List<Integer> rows) {
        List<Integer> categories = table.categoryCols();
        List<Integer> percent = new ArrayList<>();
        List<Integer> plain = new ArrayList<>();
        for (int c : categories) {
            (isPercentColumn(grid, table.headerRow(), c, rows) ? percent : plain).add(c);
        }
        int countCol = countColumn(grid, table);
        List<String> notes = new ArrayList<>();
        if (!percent.isEmpty() && !plain.isEmpty() && areCounts(grid, rows, plain)
                && percentagesOfCounts(grid, table, rows, plain, percent)) {
            notes.add("counts and percentages stand side by side; the counts are read, and the percentages ("
                    + quoted(percent, names) + ") are left out");
            return counts(grid, table, names, rows, plain, countCol, notes);
        }
        boolean whole = areCounts(grid, rows, categories);
        Sums rowSums = rowSums(grid, rows, categories, whole);
        if (whole && rowSums.complete() > 0 && (rowSums.off() * 2 > rowSums.complete()
                || countCol >= 0 && rowSums.off() > 0) && countEvidence(grid, table, names, rows, categories, countCol)) {
            return counts(grid, table, names, rows, categories, countCol, notes);
        }
        if (rowSums.complete() == 0 || rowSums.off() <= rowSums.complete() * (1 - MOST) || rows.size() < 2) {
            return shares(categories, names, countCol, notes);
        }
        List<Integer> groups = new ArrayList<>(categories);
        table.totalCols().stream().filter(c -> !isCount(grid, table, c)).forEach(groups::add);
        groups.sort(null);
        if (columnsAddUp(grid, rows, groups)) {
            return new TableShape(Kind.GROUPS_IN_COLUMNS, groups, groups.stream().map(c -> names.get(c).name()).toList(),
                    -1, notes);
        }
        if (answersInRows(grid, table, rows, categories, names)) {
            return new TableShape(Kind.UNREADABLE_CROSSTAB, categories, names(categories, names), -1, notes);
        }
        return shares(categories, names, countCol, notes);
    }

    /**
     * Whole numbers whose rows do not sum to 100 are counts only where something else says so: a count column,
     * a total column holding the rows' sums, or categories that form a known scale. Ranks (1 … 6 in each row),
     * codes or a sheet of figures are no counts.
     */
    private static boolean countEvidence(Grid grid, FoundTable table, Map<Integer, HeaderNames.Column> names,
            List<Integer> rows, List<Integer> cols, int countCol) {
        if (countCol >= 0 || ScaleGuesser.formsKnownScale(names(cols, names))) {
            return true;
        }
        for (int c : table.totalCols()) {
            if (holdsRowSums(grid, rows, cols, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the columns of percentages are shares of the counts beside them, each out of its row: "Yes | % |
     * No | %", or "GOP%" = the Republicans' total out of all respondents. Most of them must be; the rest may be
     * shares of sums of counts (all "White" respondents across the groups).
     */
    private static boolean percentagesOfCounts(Grid grid, FoundTable table, List<Integer> rows, List<Integer> counts,
            List<Integer> percents) {
        List<Integer> numerators = new ArrayList<>(counts);
        numerators.addAll(table.totalCols());
        List<double[]> denominators = new ArrayList<>();
        denominators.add(rows.stream().mapToDouble(r -> rowSum(grid, r, counts)).toArray());
        for (int c : table.totalCols()) {
            denominators.add(rows.stream().mapToDouble(r -> ShareCells.quiet(grid.cell(r, c))).toArray());
        }
        int derived = 0;
        for (int p : percents) {
            boolean found = false;
            for (int n = 0; n < numerators.size() && !found; n++) {
                for (double[] totals : denominators) {
                    if (agrees(grid, rows, p, numerators.get(n), totals)) {
                        found = true;
                        break;
                    }
                }
            }
            derived += found ? 1 : 0;
        }
        return derived * 2 >= percents.size();
    }

    /** Whether most rows' percentage in {@code col} is the count in {@code numerator} out of the row's total. */
    private static boolean agrees(Grid grid, List<Integer> rows, int col, int numerator, double[] totals) {
        int agree = 0;
        for (int i = 0; i < rows.size(); i++) {
            double share = ShareCells.quiet(grid.cell(rows.get(i), col));
            double expected = totals[i] > 0 ? ShareCells.quiet(grid.cell(rows.get(i), numerator)) / totals[i] * 100
                    : Double.NaN;
            if (Math.abs(share - expected) <= 1 || Math.abs(share * 100 - expected) <= 1) {
                agree++;
            }
        }
        return agree * 2 > rows.size();
    }

    /** Whether a column holds each row's sum of the other columns. */
    private static boolean holdsRowSums(Grid grid, List<Integer> rows, List<Integer> cols, int total) {
        int matches = 0;
        for (int r : rows) {
            matches += Math.abs(ShareCells.quiet(grid.cell(r, total)) - rowSum(grid, r, cols)) < 0.5 ? 1 : 0;
        }
        return matches * 2 > rows.size();
    }

    private static double rowSum(Grid grid, int row, List<Integer> cols) {
        double sum = 0;
        for (int c : cols) {
            double v = ShareCells.quiet(grid.cell(row, c));
            sum += Double.isNaN(v) ? 0 : v;
        }
        return sum;
    }

    private static TableShape shares(List<Integer> cols, Map<Integer, HeaderNames.Column> names, int countCol,
            List<String> notes) {
        return new TableShape(Kind.SHARES, cols, names(cols, names), countCol, notes);
    }

    /**
     * A table of counts. Where groups of columns each have their total ("Democrat: … Total", "Republican:
     * … Total"), the groups' totals are the categories and the columns under them their breakdown.
     */
    private static TableShape counts(Grid grid, FoundTable table, Map<Integer, HeaderNames.Column> names,
            List<Integer> rows, List<Integer> cols, int countCol, List<String> notes) {
        Set<String> groups = new LinkedHashSet<>();
        cols.forEach(c -> groups.add(names.get(c).group()));
        Map<String, Integer> totalOf = new HashMap<>();
        for (int c : table.totalCols()) {
            HeaderNames.Column column = names.get(c);
            if (column.group() != null && Vocabulary.isTotalColumn(column.label())
                    && totalOf.put(column.group(), c) != null) {
                totalOf.put(column.group(), -1); // two totals in one group: no reading by groups
            }
        }
        if (!groups.contains(null) && groups.size() >= 2 && groups.stream().allMatch(g -> totalOf.getOrDefault(g, -1) >= 0)) {
            List<Integer> totals = groups.stream().map(totalOf::get).sorted().toList();
            if (areCounts(grid, rows, totals)) {
                notes.add("the columns stand in groups (" + String.join(", ", groups.stream().map(g -> "'" + g + "'").toList())
                        + "), each with its total; the groups' totals are read as the categories");
                return new TableShape(Kind.COUNTS, totals, names(totals, names), countCol, notes);
            }
        }
        return new TableShape(Kind.COUNTS, cols, names(cols, names), countCol, notes);
    }

    private static List<String> names(List<Integer> cols, Map<Integer, HeaderNames.Column> names) {
        return cols.stream().map(c -> names.get(c).name()).toList();
    }

    private static String quoted(List<Integer> cols, Map<Integer, HeaderNames.Column> names) {
        return String.join(", ", cols.stream().limit(6).map(c -> "'" + names.get(c).name() + "'").toList())
                + (cols.size() > 6 ? ", …" : "");
    }

    /** The first column headed as a count of respondents: "n", "Antal", "Base", "Tot. Respondents". */
    private static int countColumn(Grid grid, FoundTable table) {
        for (int c : table.totalCols()) {
            if (isCount(grid, table, c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isCount(Grid grid, FoundTable table, int col) {
        return Vocabulary.isCountColumn(grid.cell(table.headerRow(), col).text());
    }

    /** A column of percentages: headed so ("%", "Percent", "GOP%"), or most of its numbers shown or written as percent. */
    private static boolean isPercentColumn(Grid grid, int headerRow, int col, List<Integer> rows) {
        if (Vocabulary.isPercentColumn(grid.cell(headerRow, col).text())) {
            return true;
        }
        int numbers = 0;
        int percents = 0;
        for (int r : rows) {
            GridCell cell = grid.cell(r, col);
            if (!Double.isNaN(ShareCells.quiet(cell))) {
                numbers++;
                percents += ShareCells.isPercent(cell) ? 1 : 0;
            }
        }
        return numbers > 0 && percents * 2 > numbers;
    }

    /** Every number in the columns is a whole number of 0 or more, none shown as a percent, and there is one. */
    static boolean areCounts(Grid grid, List<Integer> rows, List<Integer> cols) {
        int numbers = 0;
        for (int r : rows) {
            for (int c : cols) {
                GridCell cell = grid.cell(r, c);
                double v = ShareCells.quiet(cell);
                if (Double.isNaN(v)) {
                    continue;
                }
                if (v < 0 || v != Math.rint(v) || ShareCells.isPercent(cell)) {
                    return false;
                }
                numbers++;
            }
        }
        return numbers > 0;
    }

    /** How many rows are complete, and how many of them do not sum to 100 (or to 1, as fractions). */
    record Sums(int complete, int off) {
    }

    static Sums rowSums(Grid grid, List<Integer> rows, List<Integer> cols, boolean whole) {
        int complete = 0;
        int off = 0;
        double tolerance = tolerance(cols.size(), whole);
        for (int r : rows) {
            double sum = 0;
            boolean full = true;
            for (int c : cols) {
                double v = ShareCells.quiet(grid.cell(r, c));
                if (Double.isNaN(v)) {
                    full = false;
                    break;
                }
                sum += v;
            }
            if (full) {
                complete++;
                if (Math.abs(sum - 100) > tolerance && Math.abs(sum - 1) > tolerance / 100) {
                    off++;
                }
            }
        }
        return new Sums(complete, off);
    }

    /** Each column's numbers sum to 100 (or 1), blanks read as 0. */
    private static boolean columnsAddUp(Grid grid, List<Integer> rows, List<Integer> cols) {
        int good = 0;
        for (int c : cols) {
            double sum = 0;
            for (int r : rows) {
                double v = ShareCells.quiet(grid.cell(r, c));
                sum += Double.isNaN(v) ? 0 : v;
            }
            double tolerance = tolerance(rows.size(), false);
            if (Math.abs(sum - 100) <= tolerance || Math.abs(sum - 1) <= tolerance / 100) {
                good++;
            }
        }
        return good >= cols.size() * MOST;
    }

    /** How far a sum of rounded shares may lie from 100: half a unit per whole-number share, else a tenth. */
    private static double tolerance(int values, boolean whole) {
        return Math.max(1.0, values * (whole ? 0.5 : 0.1));
    }

    /** The row labels form an answer scale that the header does not: the answers are in the rows. */
    private static boolean answersInRows(Grid grid, FoundTable table, List<Integer> rows, List<Integer> categories,
            Map<Integer, HeaderNames.Column> names) {
        List<String> labels = new ArrayList<>();
        for (int r : rows) {
            GridCell cell = grid.cell(r, table.labelCol());
            if (cell != null) {
                labels.add(Texts.clean(cell.display()));
            }
        }
        return isScale(labels) && !isScale(names(categories, names));
    }

    private static boolean isScale(List<String> labels) {
        return ScaleGuesser.formsKnownScale(labels);
    }
}

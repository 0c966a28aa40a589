package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.io.table.FoundTable.Line;
import dk.taktstok.model.Item;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads a table whose answer categories stand in its rows and whose items are its columns: a table of
 * measures of each answer ("Count | Percentage | Percentage in 2018") and a crosstab with groups in the
 * columns ("Total | Men | Women", each column summing to 100).
 */
final class TransposedTables {

    /** How far a percentage may lie from the share computed from its count and still be the same number. */
    private static final double SAME_SHARE = 0.6;

    private TransposedTables() {
    }

    /**
     * "Answer | Count | Percent": one set of numbers is read — the counts where there are any (the shares
     * computed from them, their sum the n), else the columns of percentages that sum to 100; the other
     * columns are left out, and the table says which.
     */
    static BuiltTable ofMeasures(FoundTable table, TableHeader header, TableBuilder.Body body, List<Problem> problems) {
        Grid grid = table.grid();
        TableBuilder.totalRowWarnings(table, body, problems);
        List<Integer> rows = body.rowNumbers();
        Map<Integer, HeaderNames.Column> names = header.names();
        List<Integer> counts = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        sort(grid, table.headerRow(), rows, table.categoryCols(), counts, percents);
        boolean fromCounts = !counts.isEmpty();
        List<Integer> read = fromCounts ? counts : percents;
        List<Integer> same = new ArrayList<>();
        if (fromCounts) {
            for (int c : table.categoryCols()) {
                if (!read.contains(c) && sameShares(grid, rows, read.getFirst(), c)) {
                    same.add(c);
                }
            }
        }
        List<Integer> left = new ArrayList<>(table.categoryCols());
        left.removeAll(read);
        left.removeAll(same);
        String tableLocation = TableBuilder.tableLocation(table);
        String note = "the answers stand in the rows, so each column that holds them is an item; "
                + (fromCounts ? "the counts in " + quoted(read, names) + " are read and the shares computed from them"
                : "the percentages in " + quoted(read, names) + " are read")
                + (same.isEmpty() ? "" : "; " + quoted(same, names) + " hold" + (same.size() == 1 ? "s" : "")
                + " the same shares")
                + (left.isEmpty() ? "" : "; " + quoted(left, names) + (left.size() == 1 ? " is" : " are")
                + " left out: one set of numbers is read");
        problems.add(Problem.warning(tableLocation, note));
        String labelHeading = labelHeading(table);
        String title = header.title() != null ? header.title() : labelHeading;
        List<String> itemLabels = new ArrayList<>();
        for (int c : read) {
            itemLabels.add(read.size() == 1 ? firstOf(labelHeading, title, names.get(c).name()) : names.get(c).name());
        }
        Columns columns = readColumns(table, body, read, itemLabels, fromCounts, problems);
        return columns.built(table, header, title, fromCounts ? "counts" : "table", problems);
    }

    /** The columns of counts (under a count heading) and of percentages that sum to 100, among {@code cols}. */
    private static void sort(Grid grid, int headerRow, List<Integer> rows, List<Integer> cols, List<Integer> counts,
            List<Integer> percents) {
        for (int c : cols) {
            boolean countHeading = Vocabulary.isCountColumn(grid.cell(headerRow, c).text());
            if (countHeading && TableShape.areCounts(grid, rows, List.of(c))) {
                counts.add(c);
            } else if (!countHeading && addsUp(grid, rows, c)) {
                percents.add(c);
            }
        }
    }

    /**
     * Whether a table of measures of answers in rows ("Count | Percent") holds a set of numbers to read: a
     * column of counts, or one of percentages summing to 100. A budget's "Amount | Share of income" does not.
     */
    static boolean readable(Grid grid, int headerRow, int labelCol, List<Integer> dataRows, List<Integer> cols) {
        List<Integer> rows = dataRows.stream().filter(r -> {
            GridCell label = grid.cell(r, labelCol);
            return label == null || !(Vocabulary.isTotalRow(label.display()) || Vocabulary.isBaseRow(label.display()));
        }).toList();
        List<Integer> counts = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        sort(grid, headerRow, rows, cols, counts, percents);
        return !counts.isEmpty() || !percents.isEmpty();
    }

    /** A crosstab with groups in the columns: each column (group) is an item, its base row its n. */
    static BuiltTable ofGroups(FoundTable table, TableHeader header, TableBuilder.Body body, TableShape shape,
            List<Problem> problems) {
        Grid grid = table.grid();
        problems.add(Problem.warning(TableBuilder.tableLocation(table), "each column sums to 100 and the rows do not:"
                + " the groups stand in the columns and the answers in the rows, so each column is read as an item"));
        Columns columns = readColumns(table, body, shape.valueCols(), shape.names(), false, problems);
        for (int r : body.totalRows()) {
            GridCell label = grid.cell(r, table.labelCol());
            boolean base = label != null && Vocabulary.isBaseRow(label.display())
                    && TableShape.areCounts(grid, List.of(r), shape.valueCols());
            if (base) {
                for (int k = 0; k < columns.items.size(); k++) {
                    Integer n = TableBuilder.wholeNumber(grid.cell(r, shape.valueCols().get(k)));
                    Item item = columns.items.get(k);
                    columns.items.set(k, item.withCounts(n, null));
                }
            } else if (label != null) {
                problems.add(Problem.warning(label.location(),
                        "'" + Texts.clean(label.display()) + "' looks like a total, not an answer, so it is left out"));
            }
        }
        return columns.built(table, header, header.title(), "banner", problems);
    }

    /** The items read from columns; the categories are the rows' labels. */
    private record Columns(List<String> categories, List<Item> items, List<String> itemLocations,
            List<List<String>> shareLocations) {

        BuiltTable built(FoundTable table, TableHeader header, String title, String layout, List<Problem> problems) {
            Grid grid = table.grid();
            int firstRow = header.firstRow();
            int lastRow = table.body().getLast().row();
            int lastCol = table.labelCol();
            for (int c : table.categoryCols()) {
                lastCol = Math.max(lastCol, c);
            }
            return new BuiltTable(grid, title, header.question(), categories, items, null, List.of(),
                    table.notes().stream().map(Line::text).toList(), TableBuilder.tableLocation(table), itemLocations,
                    shareLocations, problems, layout, grid.range(firstRow, table.labelCol(), lastRow, lastCol),
                    lastRow - firstRow + 1 - categories.size(), false);
        }
    }

    private static Columns readColumns(FoundTable table, TableBuilder.Body body, List<Integer> cols,
            List<String> itemLabels, boolean counts, List<Problem> problems) {
        Grid grid = table.grid();
        List<String> labels = body.rows().stream().map(TableBuilder.Row::label).toList();
        List<String> categories = HeaderNames.unique(labels, Collections.nCopies(labels.size(), null));
        for (int i = 0; i < labels.size(); i++) {
            if (!categories.get(i).equals(labels.get(i))) {
                problems.add(Problem.error(body.rows().get(i).location(), "the answer '" + labels.get(i)
                        + "' appears twice in the table"));
            }
        }
        ShareCells cells = new ShareCells(problems, counts);
        List<Item> items = new ArrayList<>();
        List<String> itemLocations = new ArrayList<>();
        List<List<String>> shareLocations = new ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            int c = cols.get(k);
            double[] values = new double[categories.size()];
            List<String> locations = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                int r = body.rows().get(i).row();
                locations.add(grid.locate(r, c));
                values[i] = cells.read(grid.cell(r, c), categories.get(i), locations.getLast());
            }
            Integer n = null;
            if (counts) {
                double sum = 0;
                for (double v : values) {
                    sum += Double.isNaN(v) ? 0 : v;
                }
                n = (int) sum;
                for (int i = 0; i < values.length; i++) {
                    values[i] = sum > 0 ? values[i] / sum * 100 : Double.NaN;
                }
            } else if (!cells.percentShown() && TableBuilder.areFractions(List.of(values))) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = Numbers.percentOf(values[i]);
                }
                problems.add(Problem.warning(grid.locate(table.headerRow(), c), "the shares of '" + itemLabels.get(k)
                        + "' are fractions (they sum to 1), so they are read as percent (×100)"));
            }
            items.add(new Item("c" + (k + 1), Text.of(itemLabels.get(k)), null, Map.of(),
                    java.util.Arrays.stream(values).boxed().toList(), n, null));
            itemLocations.add(grid.locate(table.headerRow(), c));
            shareLocations.add(locations);
        }
        if (!cells.blanks().isEmpty()) {
            problems.add(Problem.warning(cells.blanks().getFirst(), "blank cells in a table of counts are read as 0"
                    + (cells.blanks().size() > 1 ? " (" + cells.blanks().size() + " cells)" : "")));
        }
        return new Columns(categories, items, itemLocations, shareLocations);
    }

    /** The column's numbers sum to 100 (or 1) down the rows. */
    private static boolean addsUp(Grid grid, List<Integer> rows, int col) {
        double sum = 0;
        for (int r : rows) {
            double v = ShareCells.quiet(grid.cell(r, col));
            sum += Double.isNaN(v) ? 0 : v;
        }
        double tolerance = Math.max(1.0, rows.size() * 0.5);
        return Math.abs(sum - 100) <= tolerance || Math.abs(sum - 1) <= tolerance / 100;
    }

    /** Whether {@code col} holds the shares computed from the counts in {@code countCol}. */
    private static boolean sameShares(Grid grid, List<Integer> rows, int countCol, int col) {
        double total = 0;
        for (int r : rows) {
            double v = ShareCells.quiet(grid.cell(r, countCol));
            total += Double.isNaN(v) ? 0 : v;
        }
        if (total <= 0) {
            return false;
        }
        int compared = 0;
        for (int r : rows) {
            double count = ShareCells.quiet(grid.cell(r, countCol));
            double share = ShareCells.quiet(grid.cell(r, col));
            if (Double.isNaN(count) || Double.isNaN(share)) {
                continue;
            }
            double expected = count / total * 100;
            if (Math.abs(share - expected) > SAME_SHARE && Math.abs(share * 100 - expected) > SAME_SHARE) {
                return false;
            }
            compared++;
        }
        return compared > 0;
    }

    /** The heading over the row labels ("Annual salary for Germany"), or null. */
    private static String labelHeading(FoundTable table) {
        GridCell cell = table.grid().cell(table.headerRow(), table.labelCol());
        String text = cell == null ? "" : Texts.clean(cell.display());
        return text.isEmpty() ? null : text;
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return "All";
    }

    private static String quoted(List<Integer> cols, Map<Integer, HeaderNames.Column> names) {
        return String.join(", ", cols.stream().map(c -> "'" + names.get(c).name() + "'").toList());
    }
}

package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.io.table.FoundTable.BodyRow;
import dk.taktstok.io.table.FoundTable.Data;
import dk.taktstok.io.table.FoundTable.Heading;
import dk.taktstok.io.table.FoundTable.Line;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Text;
import dk.taktstok.text.NumberText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a found table's cells into items. Shares are kept as read (a negative share or one over 100
 * is the validator's business), except that a number shown as a percent (0.267 as 26,7 %) becomes
 * 26.7, a table of plain fractions whose every row sums to 1 is read ×100, and a table of counts is
 * turned into percentages of each row's total, which becomes the item's n ({@link TableShape} tells
 * which). A table whose categories stand in its rows is read by {@link TransposedTables}.
 */
public final class TableBuilder {

    /** The tag of the groups that section headings inside a table make. */
    public static final String SECTION_TAG = "group";

    /** How far a row of fractions may sum from 1 (rounding of the source). */
    private static final double FRACTION_SUM_TOLERANCE = 0.02;

    /** A row of the table that becomes an item, before its values are read. */
    record Row(int row, String label, String location, Map<String, String> tags) {
    }

    /** The rows that became items, the rows left out as totals, and the groups the rows are tagged by. */
    record Body(List<Row> rows, List<Integer> totalRows, String groupTag, List<Group> groups) {
        List<Integer> rowNumbers() {
            return rows.stream().map(Row::row).toList();
        }
    }

    public BuiltTable build(FoundTable found) {
        List<Problem> problems = new ArrayList<>();
        TableHeader header = TableHeader.of(found);
        FoundTable table = header.table();
        Grid grid = table.grid();
        for (int c : table.unheadedCols()) {
            problems.add(Problem.warning(grid.locate(table.headerRow(), c),
                    "this column has numbers but no heading, so it is left out"));
        }
        for (int c : table.droppedCols()) {
            GridCell heading = grid.cell(table.headerRow(), c);
            problems.add(Problem.warning(heading.location(),
                    "the column '" + Texts.clean(heading.display()) + "' has no numbers under it, so it is left out"));
        }
        Body body = body(table, problems);
        if (table.transposed()) {
            return TransposedTables.ofMeasures(table, header, body, problems);
        }
        TableShape shape = TableShape.of(grid, table, header.names(), body.rowNumbers());
        String tableLocation = tableLocation(table);
        shape.notes().forEach(note -> problems.add(Problem.warning(tableLocation, note)));
        return switch (shape.kind()) {
            case GROUPS_IN_COLUMNS -> TransposedTables.ofGroups(table, header, body, shape, problems);
            case UNREADABLE_CROSSTAB -> unreadable(table, header, body, shape, problems);
            case SHARES, COUNTS -> {
                totalRowWarnings(table, body, problems);
                yield rowsAsItems(table, header, body, shape, problems);
            }
        };
    }

    private BuiltTable rowsAsItems(FoundTable table, TableHeader header, Body body, TableShape shape,
            List<Problem> problems) {
        Grid grid = table.grid();
        boolean counts = shape.kind() == TableShape.Kind.COUNTS;
        header.duplicateErrors(shape.valueCols(), problems);
        List<String> categories = shape.names();
        ShareCells cells = new ShareCells(problems, counts);
        List<Item> items = new ArrayList<>();
        List<String> itemLocations = new ArrayList<>();
        List<List<String>> shareLocations = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Integer> ns = new ArrayList<>();
        List<String> countsDiffer = new ArrayList<>();
        for (Row row : body.rows()) {
            double[] values = new double[categories.size()];
            List<String> locations = new ArrayList<>();
            for (int k = 0; k < values.length; k++) {
                int c = shape.valueCols().get(k);
                String location = grid.locate(row.row(), c);
                locations.add(location);
                values[k] = cells.read(grid.cell(row.row(), c), categories.get(k), location);
            }
            Integer n = shape.countCol() < 0 ? null : wholeNumber(grid.cell(row.row(), shape.countCol()));
            if (counts) {
                double sum = 0;
                for (double v : values) {
                    sum += Double.isNaN(v) ? 0 : v;
                }
                if (n != null && n != sum) {
                    countsDiffer.add(grid.locate(row.row(), shape.countCol()));
                }
                n = (int) sum;
                for (int k = 0; k < values.length; k++) {
                    values[k] = sum > 0 ? values[k] / sum * 100 : Double.NaN;
                }
            }
            items.add(new Item("r" + (items.size() + 1), Text.of(row.label()), null, row.tags(), List.of(), n, null));
            itemLocations.add(row.location());
            shareLocations.add(locations);
            rows.add(values);
        }
        String tableLocation = tableLocation(table);
        if (counts) {
            problems.add(Problem.warning(tableLocation, "the numbers are counts, so the shares are computed from them"
                    + " (each count out of its row's total, which is the item's n)"));
        } else if (!cells.percentShown() && areFractions(rows)) {
            rows.replaceAll(TableBuilder::timesHundred);
            problems.add(Problem.warning(tableLocation,
                    "the shares are fractions (each row sums to 1), so they are read as percent (×100)"));
        }
        if (!countsDiffer.isEmpty()) {
            problems.add(Problem.warning(countsDiffer.getFirst(), "the number of respondents given here differs from"
                    + " the sum of the counts" + (countsDiffer.size() > 1 ? " (and in " + (countsDiffer.size() - 1)
                    + " more rows)" : "") + "; the shares and n are of the counts"));
        }
        if (!cells.blanks().isEmpty()) {
            problems.add(Problem.warning(cells.blanks().getFirst(), "blank cells in a table of counts are read as 0"
                    + (cells.blanks().size() > 1 ? " (" + cells.blanks().size() + " cells)" : "")));
        }
        NegativeColumns.check(table, shape, rows, shareLocations, problems);
        for (int i = 0; i < items.size(); i++) {
            items.set(i, items.get(i).withShares(java.util.Arrays.stream(rows.get(i)).boxed().toList()));
        }
        int firstCol = Math.min(table.labelCol(), shape.valueCols().getFirst());
        int lastCol = shape.valueCols().getLast();
        if (shape.countCol() >= 0) {
            lastCol = Math.max(lastCol, shape.countCol());
        }
        int firstRow = header.firstRow();
        int lastRow = table.body().getLast().row();
        return new BuiltTable(grid, header.title(), header.question(), categories, items, body.groupTag(), body.groups(),
                table.notes().stream().map(Line::text).toList(), tableLocation, itemLocations, shareLocations, problems,
                counts ? "counts" : "table", grid.range(firstRow, firstCol, lastRow, lastCol),
                lastRow - firstRow + 1 - items.size(), false);
    }

    private static BuiltTable unreadable(FoundTable table, TableHeader header, Body body, TableShape shape,
            List<Problem> problems) {
        Grid grid = table.grid();
        List<String> answers = body.rows().stream().limit(3).map(r -> "'" + r.label() + "'").toList();
        List<String> groups = shape.names().stream().limit(3).map(n -> "'" + n + "'").toList();
        problems.add(Problem.error(tableLocation(table), "this looks like a crosstab, with the answers ("
                + String.join(", ", answers) + ", …) in the rows and groups (" + String.join(", ", groups)
                + ", …) in the columns, but neither its rows nor its columns sum to 100, so Taktstok cannot tell what"
                + " the numbers are shares of; give each group's column its shares of 100 (and a base row such as"
                + " 'Unweighted N'), or turn the table so that each row is an item and each column an answer"));
        int lastRow = table.body().getLast().row();
        return new BuiltTable(grid, header.title(), header.question(), shape.names(), List.of(), null, List.of(),
                List.of(), tableLocation(table), List.of(), List.of(), problems, "table",
                grid.range(header.firstRow(), table.labelCol(), lastRow, shape.valueCols().getLast()), 0, false);
    }

    static String tableLocation(FoundTable table) {
        Line title = table.title();
        return title != null ? title.location() : table.grid().locate(table.headerRow(), table.labelCol());
    }

    /** A whole number of respondents in a cell, or null. */
    static Integer wholeNumber(GridCell cell) {
        double v = ShareCells.quiet(cell);
        return !Double.isNaN(v) && v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE && !ShareCells.isPercent(cell)
                ? (int) v : null;
    }

    private static double[] timesHundred(double[] values) {
        double[] scaled = values.clone();
        for (int k = 0; k < scaled.length; k++) {
            scaled[k] = Numbers.percentOf(scaled[k]);
        }
        return scaled;
    }

    /**
     * The rows that become items, with their tags from section headings and group columns; rows with numbers
     * but no label are reported, total rows ("I alt", "Gennemsnit") set aside.
     */
    static Body body(FoundTable table, List<Problem> problems) {
        Grid grid = table.grid();
        Groups sections = new Groups(SECTION_TAG);
        List<Groups> columns = new ArrayList<>();
        for (int g : table.groupCols()) {
            GridCell heading = grid.cell(table.headerRow(), g);
            String tag = heading == null ? "" : TableIds.slug(heading.display());
            tag = tag.isEmpty() || tag.equals(SECTION_TAG) ? SECTION_TAG + "-" + (columns.size() + 2) : tag;
            columns.add(new Groups(tag));
        }
        String[] filledDown = new String[columns.size()];
        List<Row> rows = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        String section = null;
        for (BodyRow bodyRow : table.body()) {
            if (bodyRow instanceof Heading heading) {
                section = Texts.clean(heading.cell().display());
                continue;
            }
            int r = ((Data) bodyRow).row();
            for (int k = 0; k < columns.size(); k++) {
                GridCell cell = grid.cell(r, table.groupCols().get(k));
                if (cell != null) {
                    filledDown[k] = Texts.clean(cell.display()); // merged cells hold their value in the first row
                }
            }
            GridCell labelCell = grid.cell(r, table.labelCol());
            String labelLocation = grid.locate(r, table.labelCol());
            if (labelCell == null) {
                problems.add(Problem.error(labelLocation, "this row has numbers but no label, so it is left out"));
                continue;
            }
            String label = Texts.clean(labelCell.display());
            if (Vocabulary.isTotalRow(label) || Vocabulary.isBaseRow(label)) {
                totals.add(r);
                continue;
            }
            Map<String, String> tags = new LinkedHashMap<>();
            if (section != null) {
                tags.put(SECTION_TAG, sections.idOf(section));
            }
            for (int k = 0; k < columns.size(); k++) {
                if (filledDown[k] != null) {
                    tags.put(columns.get(k).tag, columns.get(k).idOf(filledDown[k]));
                }
            }
            rows.add(new Row(r, label, labelLocation, tags));
        }
        String groupTag = null;
        List<Group> groups = List.of();
        if (!sections.groups.isEmpty()) {
            groupTag = SECTION_TAG;
            groups = sections.groups;
        } else if (!columns.isEmpty() && !columns.getFirst().groups.isEmpty()) {
            groupTag = columns.getFirst().tag;
            groups = columns.getFirst().groups;
        }
        return new Body(rows, totals, groupTag, groups);
    }

    static void totalRowWarnings(FoundTable table, Body body, List<Problem> problems) {
        Grid grid = table.grid();
        for (int r : body.totalRows()) {
            String label = Texts.clean(grid.cell(r, table.labelCol()).display());
            problems.add(Problem.warning(grid.locate(r, table.labelCol()),
                    "'" + label + "' looks like a total, not an item, so it is left out"));
        }
    }

    /** Every complete row sums to about 1 and no value lies outside 0..1. */
    static boolean areFractions(List<double[]> rows) {
        boolean anyComplete = false;
        for (double[] values : rows) {
            double sum = 0;
            boolean complete = true;
            for (double v : values) {
                if (Double.isNaN(v)) {
                    complete = false;
                } else if (v < 0 || v > 1) {
                    return false;
                } else {
                    sum += v;
                }
            }
            if (complete) {
                if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
                    return false;
                }
                anyComplete = true;
            }
        }
        return anyComplete;
    }

    /** The groups of one tag, in first-appearance order, with unique slug ids. */
    private static final class Groups {
        final String tag;
        final List<Group> groups = new ArrayList<>();
        final Map<String, String> idByLabel = new java.util.HashMap<>();

        Groups(String tag) {
            this.tag = tag;
        }

        String idOf(String label) {
            return idByLabel.computeIfAbsent(label, l -> {
                String base = TableIds.slug(l).isEmpty() ? "group" : TableIds.slug(l);
                String id = base;
                for (int n = 2; idByLabel.containsValue(id); n++) {
                    id = base + "-" + n;
                }
                groups.add(new Group(id, Text.of(l)));
                return id;
            });
        }
    }
}

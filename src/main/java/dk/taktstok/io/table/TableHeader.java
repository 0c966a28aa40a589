package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.io.table.FoundTable.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A found table's header as a person reads it: the name of each value column and, where a heading repeats
 * ("Asian" under "Democrat" and again under "Republican"), the row of group names above it that tells the
 * columns apart. A row taken as group names is no longer the table's title.
 *
 * @param table     the found table, its title and question without a row of group names
 * @param names     each category and total column's name, by column
 * @param groupRow  the row of group names above the header, or -1
 */
record TableHeader(FoundTable table, Map<Integer, HeaderNames.Column> names, int groupRow) {

    static TableHeader of(FoundTable table) {
        Grid grid = table.grid();
        List<Integer> cols = new ArrayList<>(table.categoryCols());
        cols.addAll(table.totalCols());
        cols.sort(null);
        List<HeaderNames.Column> plain = HeaderNames.of(grid, List.of(table.headerRow()), cols);
        boolean repeats = plain.stream().anyMatch(c -> !c.name().equals(c.label()));
        int groupRow = repeats ? groupRowAbove(table) : -1;
        List<HeaderNames.Column> columns = groupRow < 0 ? plain
                : HeaderNames.of(grid, List.of(groupRow, table.headerRow()), cols);
        Map<Integer, HeaderNames.Column> names = new HashMap<>();
        columns.forEach(c -> names.put(c.col(), c));
        FoundTable shown = table;
        if (groupRow >= 0) {
            List<Line> above = new ArrayList<>();
            if (table.title() != null) {
                above.add(table.title());
            }
            above.addAll(table.question());
            String groupPlace = grid.row(groupRow).getFirst().location();
            above.removeIf(line -> line.location().equals(groupPlace));
            shown = table.withText(above.isEmpty() ? null : above.getFirst(),
                    above.isEmpty() ? List.of() : above.subList(1, above.size()), table.notes());
        }
        return new TableHeader(shown, names, groupRow);
    }

    /**
     * The row just above the header, if its every cell stands over the value columns ("Democrat" over
     * the first of its columns): the names of the groups the header's columns fall in.
     */
    private static int groupRowAbove(FoundTable table) {
        Grid grid = table.grid();
        int above = table.headerRow() - 1;
        List<GridCell> cells = above < 0 ? List.of() : grid.row(above);
        if (cells.isEmpty()) {
            return -1;
        }
        int firstValueCol = table.categoryCols().getFirst();
        for (int c : table.totalCols()) {
            firstValueCol = Math.min(firstValueCol, c);
        }
        for (GridCell cell : cells) {
            if (!cell.isText() || cell.col() < firstValueCol) {
                return -1;
            }
        }
        return above;
    }

    /** The first row of the table: its row of group names or its header. */
    int firstRow() {
        return groupRow >= 0 ? groupRow : table.headerRow();
    }

    String title() {
        return table.title() == null ? null : table.title().text();
    }

    String question() {
        return table.question().isEmpty() ? null
                : String.join(" ", table.question().stream().map(Line::text).toList());
    }

    /** An error for each read column whose heading another read column has too, nothing telling them apart. */
    void duplicateErrors(List<Integer> cols, List<Problem> problems) {
        Map<String, String> first = new HashMap<>();
        for (int c : cols) {
            HeaderNames.Column column = names.get(c);
            String key = column.label();
            if (column.group() == null && first.containsKey(key)) {
                problems.add(Problem.error(column.location(), "the category '" + column.label()
                        + "' appears twice in the header (also at " + first.get(key) + ")"));
            }
            first.putIfAbsent(key, column.location());
        }
    }
}

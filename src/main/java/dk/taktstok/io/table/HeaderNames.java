package dk.taktstok.io.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of columns under a header of one or more rows, as a person reads them: the lowest text above
 * a column names it; a text in a row further up names the column's group, and stands over the columns to
 * its right up to the next text in that row, as a merged cell does ("Age" over "18-24 … 65 and older").
 * A name met more than once is made unique by its group: "Republican (Party ID)", "Republican (5-Point
 * Party ID)"; where that is not enough, by a number.
 */
final class HeaderNames {

    /**
     * One column's name.
     *
     * @param label    the text nearest above the column, as written
     * @param group    the text of its group, or null
     * @param name     the label, made unique among the columns
     * @param location the place of the label's cell
     */
    record Column(int col, String label, String group, String name, String location) {
    }

    private HeaderNames() {
    }

    /**
     * @param headerRows the header's rows, top to bottom
     * @param cols       the columns to name, left to right
     */
    static List<Column> of(Grid grid, List<Integer> headerRows, List<Integer> cols) {
        int lastCol = cols.isEmpty() ? -1 : cols.getLast();
        List<String> labels = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int c : cols) {
            int labelRow = -1;
            for (int k = headerRows.size() - 1; k >= 0 && labelRow < 0; k--) {
                if (grid.cell(headerRows.get(k), c) != null) {
                    labelRow = k;
                }
            }
            if (labelRow < 0) {
                labels.add("");
                groups.add(null);
                locations.add(grid.locate(headerRows.isEmpty() ? 0 : headerRows.getLast(), c));
                continue;
            }
            GridCell cell = grid.cell(headerRows.get(labelRow), c);
            labels.add(Texts.clean(cell.display()));
            locations.add(cell.location());
            String group = null;
            for (int k = labelRow - 1; k >= 0 && group == null; k--) {
                group = spanning(grid, headerRows.get(k), c, cols.getFirst(), lastCol);
            }
            groups.add(group);
        }
        List<String> names = unique(labels, groups);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            columns.add(new Column(cols.get(i), labels.get(i), groups.get(i), names.get(i), locations.get(i)));
        }
        return columns;
    }

    /** The text of the cell in {@code row} that stands over column {@code col}: the nearest filled cell to its left. */
    private static String spanning(Grid grid, int row, int col, int firstCol, int lastCol) {
        GridCell over = null;
        for (GridCell cell : grid.row(row)) {
            if (cell.col() > col || cell.col() > lastCol) {
                break;
            }
            if (cell.col() >= firstCol || cell.col() == col) {
                over = cell;
            }
        }
        if (over == null) {
            return null;
        }
        String text = Texts.clean(over.display());
        return text.isEmpty() ? null : text;
    }

    /** Labels met more than once get their group beside them, then a number. */
    static List<String> unique(List<String> labels, List<String> groups) {
        Map<String, Integer> times = new HashMap<>();
        labels.forEach(l -> times.merge(key(l), 1, Integer::sum));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String group = groups.get(i);
            boolean repeated = times.get(key(label)) > 1;
            names.add(repeated && group != null && !key(group).equals(key(label)) ? label + " (" + group + ")" : label);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String base = names.get(i);
            int n = seen.merge(key(base), 1, Integer::sum);
            if (n > 1) {
                String name = base + " (" + n + ")";
                while (seen.containsKey(key(name))) {
                    name = base + " (" + ++n + ")";
                }
                seen.put(key(name), 1);
                names.set(i, name);
            }
        }
        return names;
    }

    /** Names are told apart as written: "Both" and "both" are two names, as a scale keeps them. */
    private static String key(String label) {
        return label.strip();
    }
}

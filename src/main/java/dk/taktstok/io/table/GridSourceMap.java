package dk.taktstok.io.table;

import dk.taktstok.io.SourceMap;
import java.util.List;

/**
 * Where each table, item and share of a study read from a spreadsheet or CSV file came from:
 * cells such as {@code Data!C5}, or {@code line:column} in a CSV file. It also keeps the sheet each
 * table was found on, so that a table can be chosen by its sheet's name.
 */
public final class GridSourceMap implements SourceMap {

    /** The places of one table. */
    public record TablePlaces(String sheet, String table, List<String> items, List<List<String>> shares) {
        public TablePlaces {
            items = List.copyOf(items);
            shares = shares.stream().map(List::copyOf).toList();
        }
    }

    private final List<TablePlaces> tables;

    public GridSourceMap(List<TablePlaces> tables) {
        this.tables = List.copyOf(tables);
    }

    /** The name of the sheet (or, for CSV, of the file) the table was found on; null if there is no such table. */
    public String sheet(int table) {
        return inRange(table, tables.size()) ? tables.get(table).sheet() : null;
    }

    @Override
    public String share(int table, int item, int category) {
        if (!inRange(table, tables.size()) || !inRange(item, tables.get(table).shares().size())) {
            return null;
        }
        List<String> row = tables.get(table).shares().get(item);
        return inRange(category, row.size()) ? row.get(category) : null;
    }

    @Override
    public String item(int table, int item) {
        if (!inRange(table, tables.size())) {
            return null;
        }
        List<String> items = tables.get(table).items();
        return inRange(item, items.size()) ? items.get(item) : null;
    }

    @Override
    public String table(int table) {
        return inRange(table, tables.size()) ? tables.get(table).table() : null;
    }

    private static boolean inRange(int index, int size) {
        return index >= 0 && index < size;
    }
}

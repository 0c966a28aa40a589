package dk.taktstok.chart.layout;

import java.util.List;

/**
 * A chart's numbers as a table, written as the chart writes them: what a screen reader reads in place
 * of the picture (the web embed's table), in the chart's language and number format.
 *
 * @param caption what the table shows
 * @param corner  the heading over the rows' labels
 * @param columns the headings of the value columns
 */
public record DataTable(String caption, String corner, List<String> columns, List<Row> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its label and a cell under each column. */
    public record Row(String label, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }
}

package dk.taktstok.io.table;

import java.util.List;

/**
 * Where a table lies in a grid, as the {@link TableFinder} saw it; {@link TableBuilder} reads the
 * values.
 *
 * @param title         the first text line above the header, or null
 * @param question      further text lines between the title and the header
 * @param headerRow     the row of answer categories
 * @param labelCol      the column of item labels
 * @param categoryCols  the columns of the answer categories, left to right (totals and counts left out)
 * @param groupCols     text columns between the labels and the values, for example "Initiativ"
 * @param body          the data rows and section headings, top to bottom
 * @param notes         text lines under the table: "Kilde: …", "Note: …"
 * @param unheadedCols  columns with numbers in the data rows but no heading; left out
 * @param droppedCols   columns with a heading but no numbers under it; left out
 * @param totalCols     columns of a total or a count ("I alt", "n", "Antal"): no categories, but in a table
 *                      of counts each row's number of respondents
 * @param transposed    whether every column measures the rows ("Count | Percent"), so that the row labels
 *                      are the answer categories and a column is an item
 */
public record FoundTable(
        Grid grid,
        Line title,
        List<Line> question,
        int headerRow,
        int labelCol,
        List<Integer> categoryCols,
        List<Integer> groupCols,
        List<BodyRow> body,
        List<Line> notes,
        List<Integer> unheadedCols,
        List<Integer> droppedCols,
        List<Integer> totalCols,
        boolean transposed) {

    public FoundTable {
        question = List.copyOf(question);
        categoryCols = List.copyOf(categoryCols);
        groupCols = List.copyOf(groupCols);
        body = List.copyOf(body);
        notes = List.copyOf(notes);
        unheadedCols = List.copyOf(unheadedCols);
        droppedCols = List.copyOf(droppedCols);
        totalCols = List.copyOf(totalCols);
    }

    /** A line of text and the place of its first cell. */
    public record Line(String text, String location) {
    }

    /** A row of the table body. */
    public sealed interface BodyRow permits Heading, Data {
        int row();
    }

    /** A section heading: a label with no values, naming the group of the rows under it. */
    public record Heading(int row, GridCell cell) implements BodyRow {
    }

    /** A row of values; its label is in the table's label column. */
    public record Data(int row) implements BodyRow {
    }

    public FoundTable withText(Line newTitle, List<Line> newQuestion, List<Line> newNotes) {
        return new FoundTable(grid, newTitle, newQuestion, headerRow, labelCol, categoryCols, groupCols, body,
                newNotes, unheadedCols, droppedCols, totalCols, transposed);
    }
}

package dk.taktstok.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a table was read from and how, so that a reader of the numbers can check the reading: the
 * layout it was taken for, the sheet and range, the rows that were not taken as data, and the answers
 * that were set aside. A table a person wrote in a study file has none.
 *
 * @param layout      how the file was read: {@code table} (a report's table), {@code respondents} (one
 *                    row per respondent), {@code banner} (groups in columns), {@code counts} (a table of
 *                    counts turned into percentages), {@code long} (one row per item and answer)
 * @param sheet       the sheet's name; null for a CSV file
 * @param range       the cells read, such as {@code A3:G9} or {@code 1:1186} for lines; null if unknown
 * @param rowsSkipped rows inside the range that were not taken as data (summary rows, header rows)
 * @param setAside    answers that were not counted as answers on the scale, with how many and why
 */
public record TableSource(String layout, String sheet, String range, int rowsSkipped, List<SetAside> setAside) {

    public TableSource {
        Objects.requireNonNull(layout, "layout");
        setAside = List.copyOf(setAside);
        if (rowsSkipped < 0) {
            throw new IllegalArgumentException("rowsSkipped must not be negative");
        }
    }

    /**
     * Answers of one item that were left out of the scale's answers.
     *
     * @param item   the item's id
     * @param answer the answer as the file writes it
     * @param count  how many times it was given (weighted counts are not used here)
     * @param place  where it first appears, or the column's header cell
     * @param why    in plain words: "missing", "not an answer on the scale"
     */
    public record SetAside(String item, String answer, long count, String place, String why) {
        public SetAside {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(why, "why");
        }
    }
}

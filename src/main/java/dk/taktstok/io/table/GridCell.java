package dk.taktstok.io.table;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One filled cell of a {@link Grid}, whatever file it came from.
 *
 * @param row      0-based row in the grid
 * @param col      0-based column in the grid
 * @param text     the text of a TEXT, ERROR or NO_RESULT cell; null for a number
 * @param number   the value of a NUMBER cell as stored (0.267 for a cell shown as 26,7 %); null otherwise
 * @param percent  whether the number is shown as a percent (its format string multiplies by 100)
 * @param location where a person finds the cell: {@code Data!C5} or {@code 12:3}
 */
public record GridCell(int row, int col, CellKind kind, String text, Double number, boolean percent, String location) {

    public GridCell {
        Objects.requireNonNull(kind, "kind");
        if ((kind == CellKind.NUMBER) != (number != null)) {
            throw new IllegalArgumentException("a NUMBER cell, and only it, has a number");
        }
        if (kind != CellKind.NUMBER && text == null) {
            throw new IllegalArgumentException("a " + kind + " cell needs its text");
        }
    }

    public static GridCell text(int row, int col, String text, String location) {
        return new GridCell(row, col, CellKind.TEXT, text, null, false, location);
    }

    public static GridCell number(int row, int col, double number, boolean percent, String location) {
        return new GridCell(row, col, CellKind.NUMBER, null, number, percent, location);
    }

    public static GridCell error(int row, int col, String code, String location) {
        return new GridCell(row, col, CellKind.ERROR, code, null, false, location);
    }

    public static GridCell noResult(int row, int col, String formula, String location) {
        return new GridCell(row, col, CellKind.NO_RESULT, formula, null, false, location);
    }

    public boolean isText() {
        return kind == CellKind.TEXT;
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    /** The cell as a person reads it: the text, or the number written plainly (2016, 26.7). */
    public String display() {
        if (kind != CellKind.NUMBER) {
            return text;
        }
        double value = percent ? Numbers.percentOf(number) : number;
        String plain = Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : Double.toString(value);
        return percent ? plain + "%" : plain;
    }
}

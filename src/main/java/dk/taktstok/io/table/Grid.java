package dk.taktstok.io.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The filled cells of one sheet (or one CSV file), sparse: rows and columns with nothing in them
 * cost nothing. Blank text counts as nothing.
 */
public final class Grid {

    /** Names the place of any cell, filled or not, the way the source's users know it. */
    @FunctionalInterface
    public interface Locator {
        String at(int row, int col);

        /** The cells from one corner to the other, as the source's users write it: {@code A3:G9}. */
        default String range(int firstRow, int firstCol, int lastRow, int lastCol) {
            return unprefixed(at(firstRow, firstCol)) + ":" + unprefixed(at(lastRow, lastCol));
        }

        /** The sheet the cells are on; null where the source has no sheets (a CSV file). */
        default String sheet() {
            return null;
        }

        private static String unprefixed(String place) {
            return place.substring(place.lastIndexOf('!') + 1);
        }
    }

    private static final GridCell[] NO_CELLS = new GridCell[0];

    private final String name;
    private final Locator locator;
    private final int[] rowNumbers;
    private final GridCell[][] rows;

    private Grid(String name, Locator locator, int[] rowNumbers, GridCell[][] rows) {
        this.name = name;
        this.locator = locator;
        this.rowNumbers = rowNumbers;
        this.rows = rows;
    }

    public static Builder builder(String name, Locator locator) {
        return new Builder(name, locator);
    }

    /** The sheet's name, or the file's name without extension. */
    public String name() {
        return name;
    }

    /** The place of a cell, filled or not: {@code Data!C5}, {@code 12:3}. */
    public String locate(int row, int col) {
        return locator.at(row, col);
    }

    /** The cells from one corner to the other: {@code A3:G9} on a sheet, {@code 3:9} (lines) in a CSV file. */
    public String range(int firstRow, int firstCol, int lastRow, int lastCol) {
        return locator.range(firstRow, firstCol, lastRow, lastCol);
    }

    /** The sheet's name as a workbook gives it; null for a CSV file. */
    public String sheet() {
        return locator.sheet();
    }

    public boolean isEmpty() {
        return rowNumbers.length == 0;
    }

    /** The rows that hold at least one cell, top to bottom. */
    public int[] filledRows() {
        return rowNumbers.clone();
    }

    /** The first filled row after {@code row}, or -1. */
    public int nextFilledRow(int row) {
        int at = Arrays.binarySearch(rowNumbers, row);
        int next = at >= 0 ? at + 1 : -at - 1;
        return next < rowNumbers.length ? rowNumbers[next] : -1;
    }

    /** The filled cells of a row, left to right; empty for a blank row. */
    public List<GridCell> row(int row) {
        return List.of(cellsOf(row));
    }

    /** The cell at a place, or null where it is blank. */
    public GridCell cell(int row, int col) {
        GridCell[] cells = cellsOf(row);
        int low = 0;
        int high = cells.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = cells[mid].col();
            if (c < col) {
                low = mid + 1;
            } else if (c > col) {
                high = mid - 1;
            } else {
                return cells[mid];
            }
        }
        return null;
    }

    public int cellCount() {
        int count = 0;
        for (GridCell[] cells : rows) {
            count += cells.length;
        }
        return count;
    }

    private GridCell[] cellsOf(int row) {
        int at = Arrays.binarySearch(rowNumbers, row);
        return at >= 0 ? rows[at] : NO_CELLS;
    }

    @Override
    public String toString() {
        return "Grid[" + name + ", " + rowNumbers.length + " rows]";
    }

    /** Collects cells in any order; a later cell at the same place replaces an earlier one. */
    public static final class Builder {
        private final String name;
        private final Locator locator;
        private final List<GridCell> cells = new ArrayList<>();

        private Builder(String name, Locator locator) {
            this.name = Objects.requireNonNull(name, "name");
            this.locator = Objects.requireNonNull(locator, "locator");
        }

        public Builder add(GridCell cell) {
            if (cell.kind() == CellKind.TEXT && cell.text().isBlank()) {
                return this;
            }
            if (cell.row() < 0 || cell.col() < 0) {
                throw new IllegalArgumentException("cell outside the grid: " + cell);
            }
            cells.add(cell);
            return this;
        }

        public int size() {
            return cells.size();
        }

        public Grid build() {
            // stable sort keeps insertion order among equal places, so the later cell wins below
            cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::col));
            List<Integer> numbers = new ArrayList<>();
            List<GridCell[]> rowCells = new ArrayList<>();
            int i = 0;
            while (i < cells.size()) {
                int row = cells.get(i).row();
                List<GridCell> inRow = new ArrayList<>();
                while (i < cells.size() && cells.get(i).row() == row) {
                    GridCell cell = cells.get(i++);
                    if (!inRow.isEmpty() && inRow.getLast().col() == cell.col()) {
                        inRow.set(inRow.size() - 1, cell);
                    } else {
                        inRow.add(cell);
                    }
                }
                numbers.add(row);
                rowCells.add(inRow.toArray(NO_CELLS));
            }
            return new Grid(name, locator, numbers.stream().mapToInt(Integer::intValue).toArray(),
                    rowCells.toArray(new GridCell[0][]));
        }
    }
}

package dk.taktstok.io.table;

import dk.taktstok.text.NumberText;
import java.util.HashSet;
import java.util.List;

/**
 * What the value columns under a candidate header hold, as the {@link TableFinder} judges it before it
 * takes them for a table: shares (mostly 0 to 100), counts (whole numbers, where the header says so), or
 * texts that repeat.
 */
final class ColumnEvidence {

    private ColumnEvidence() {
    }

    /** Whether the cells at the rows and columns hold no text twice. */
    static boolean distinctTexts(Grid grid, List<Integer> rows, List<Integer> cols) {
        var seen = new HashSet<String>();
        for (int r : rows) {
            for (int c : cols) {
                GridCell cell = grid.cell(r, c);
                if (cell != null && !seen.add(Texts.clean(cell.display()).toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }


    /**
     * A table of counts is a survey table only where its header says so: a count column ("n", "Antal",
     * "Base") or answer categories that form a scale ("Agree … Disagree"). A balance sheet or a parts list
     * has neither.
     */
    static boolean hasCountEvidence(Grid grid, int headerRow, List<Integer> categories, List<Integer> totals) {
        for (int c : totals) {
            if (Vocabulary.isCountColumn(grid.cell(headerRow, c).text())) {
                return true;
            }
        }
        List<String> labels = categories.stream().map(c -> Texts.clean(grid.cell(headerRow, c).display())).toList();
        return ScaleGuesser.formsKnownScale(labels);
    }

    /** The value cells are mostly filled with whole numbers of 0 or more. */
    static boolean looksLikeCounts(Grid grid, List<Integer> dataRows, List<Integer> categories) {
        int cells = dataRows.size() * categories.size();
        int counts = 0;
        for (int r : dataRows) {
            for (int c : categories) {
                GridCell cell = grid.cell(r, c);
                if (cell == null || !CellTypes.isNumeric(cell) || cell.percent()) {
                    continue;
                }
                double value = cell.isNumber() ? cell.number() : NumberText.valueOf(cell.text());
                if (value >= 0 && value == Math.rint(value)) {
                    counts++;
                }
            }
        }
        return counts * 2 >= cells;
    }

    /**
     * A survey table holds percentages: its value cells are mostly filled with numbers, and most of
     * them lie between 0 and 100. A grid of counts, prices or dates is not one, and reporting each of
     * its cells as an error would bury the one message that matters: no table of shares was found.
     * A few bad cells in a real table stay, to be reported cell by cell.
     */
    static boolean looksLikeShares(Grid grid, List<Integer> dataRows, List<Integer> categories) {
        int cells = dataRows.size() * categories.size();
        int numbers = 0;
        int outside = 0;
        for (int c : categories) {
            // a category written negative all the way down ("No" for a diverging chart) holds shares too,
            // for the builder to report
            boolean negative = dataRows.size() > 1;
            for (int r : dataRows) {
                negative &= !(ShareCells.quiet(grid.cell(r, c)) > 0);
            }
            for (int r : dataRows) {
                GridCell cell = grid.cell(r, c);
                if (cell == null || !CellTypes.isNumeric(cell)) {
                    continue;
                }
                double value = ShareCells.quiet(cell);
                numbers++;
                if (!(Math.abs(value) <= 100 && (value >= 0 || negative))) {
                    outside++;
                }
            }
        }
        return numbers * 2 >= cells && outside * 4 <= numbers;
    }
}

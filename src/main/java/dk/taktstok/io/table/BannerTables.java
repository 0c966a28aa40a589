package dk.taktstok.io.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a pollster's banner crosstab on a sheet: a header of group names over the value columns ("Total",
 * "Gender": "Male", "Female", "Age": "18-24" …), and under it blocks of questions stacked one after the
 * other, each a base row ("Unweighted N", "Base") of the groups' numbers of respondents and then one row per
 * answer with each group's share, the question in a column left of the answers on the block's first row.
 * Each block is read as a table by {@link BannerBlocks}: the groups are its items, the answers its categories.
 */
final class BannerTables {

    /** A block: its base row, the answers' rows, the column of answer labels and the value columns. */
    record Block(int baseRow, List<Integer> answerRows, int labelCol, List<Integer> valueCols) {
        int lastRow() {
            return answerRows.isEmpty() ? baseRow : answerRows.getLast();
        }
    }

    /** Longer texts are no base label ("Unweighted N", "Base: all adults"). */
    private static final int MAX_BASE_LABEL = 40;

    /** Most columns of a block must add up to 100 to take it for column percentages. */
    private static final double MOST = 0.8;

    private BannerTables() {
    }

    /** The grid's banner tables, or null when it holds no banner crosstab. */
    static List<BuiltTable> read(Grid grid) {
        List<Block> blocks = blocks(grid);
        if (blocks.isEmpty() || blocks.stream().noneMatch(b -> addsUp(grid, b))) {
            return null;
        }
        return BannerBlocks.read(grid, blocks);
    }

    /** Whether the grid holds a banner crosstab: a block of answers under a base row whose columns sum to 100. */
    static boolean isBanner(Grid grid) {
        return blocks(grid).stream().anyMatch(b -> addsUp(grid, b));
    }

    /** The blocks of the grid, top to bottom. */
    static List<Block> blocks(Grid grid) {
        List<Block> blocks = new ArrayList<>();
        int[] rows = grid.filledRows();
        for (int i = 0; i < rows.length; i++) {
            Block block = blockAt(grid, rows[i]);
            if (block != null) {
                blocks.add(block);
                while (i + 1 < rows.length && rows[i + 1] <= block.lastRow()) {
                    i++;
                }
            }
        }
        return blocks;
    }

    /** The block whose base row is {@code row}, or null. */
    private static Block blockAt(Grid grid, int row) {
        List<GridCell> cells = grid.row(row);
        int labelCol = -1;
        List<Integer> valueCols = new ArrayList<>();
        for (GridCell cell : cells) {
            if (labelCol < 0) {
                // base labels are short; a long cell (a question, an answer) is judged without normalising it
                if (cell.isText() && cell.text().length() <= MAX_BASE_LABEL && Vocabulary.isBaseRow(cell.text())) {
                    labelCol = cell.col();
                }
                continue;
            }
            Integer n = TableBuilder.wholeNumber(cell);
            if (n == null) {
                return null; // a base row holds numbers of respondents only
            }
            valueCols.add(cell.col());
        }
        if (labelCol < 0 || valueCols.isEmpty()) {
            return null;
        }
        List<Integer> answers = new ArrayList<>();
        for (int r = grid.nextFilledRow(row); r == (answers.isEmpty() ? row : answers.getLast()) + 1; r = grid.nextFilledRow(r)) {
            if (!isAnswerRow(grid, r, labelCol, valueCols)) {
                break;
            }
            answers.add(r);
        }
        return answers.size() < 2 ? null : new Block(row, answers, labelCol, valueCols);
    }

    /** An answer's row: its label in the label column, shares under most of the base row's numbers, nothing else. */
    private static boolean isAnswerRow(Grid grid, int row, int labelCol, List<Integer> valueCols) {
        GridCell label = grid.cell(row, labelCol);
        if (label == null || !CellTypes.isWordy(label) || Vocabulary.isBaseRow(label.text())) {
            return false;
        }
        int values = 0;
        Set<Integer> cols = new LinkedHashSet<>(valueCols);
        for (GridCell cell : grid.row(row)) {
            if (cell.col() <= labelCol) {
                continue;
            }
            if (!cols.contains(cell.col())) {
                return false;
            }
            double v = ShareCells.quiet(cell);
            if (Double.isNaN(v) && !Vocabulary.isPlaceholder(cell.display())) {
                return false;
            }
            if (!Double.isNaN(v) && (v < 0 || v > 100)) {
                return false;
            }
            values++;
        }
        return values * 2 >= valueCols.size();
    }

    /** Most of the block's columns sum to 100 (or 1): shares of each group's answers. */
    static boolean addsUp(Grid grid, Block block) {
        int good = 0;
        int filled = 0;
        for (int c : block.valueCols()) {
            double sum = columnSum(grid, block, c);
            if (sum > 0) {
                filled++;
                double tolerance = Math.max(1.5, block.answerRows().size() * 0.5);
                if (Math.abs(sum - 100) <= tolerance || Math.abs(sum - 1) <= tolerance / 100) {
                    good++;
                }
            }
        }
        return filled > 0 && good >= filled * MOST;
    }

    /** Whether most of the block's columns sum to well over 100: an answer where several could be chosen. */
    static boolean isMultiple(Grid grid, Block block) {
        int over = 0;
        int filled = 0;
        boolean fractions = true;
        for (int c : block.valueCols()) {
            for (int r : block.answerRows()) {
                double v = ShareCells.quiet(grid.cell(r, c));
                fractions &= Double.isNaN(v) || v <= 1 || ShareCells.isPercent(grid.cell(r, c));
            }
        }
        for (int c : block.valueCols()) {
            double sum = columnSum(grid, block, c);
            if (sum > 0) {
                filled++;
                double limit = fractions && sum < 10 ? 1.05 : 105;
                over += sum > limit ? 1 : 0;
            }
        }
        return filled > 0 && over >= filled * MOST;
    }

    /** A column's shares summed as read (a share shown as percent counted as its percent). */
    private static double columnSum(Grid grid, Block block, int col) {
        double sum = 0;
        for (int r : block.answerRows()) {
            double v = ShareCells.quiet(grid.cell(r, col));
            sum += Double.isNaN(v) ? 0 : v;
        }
        return sum;
    }
}

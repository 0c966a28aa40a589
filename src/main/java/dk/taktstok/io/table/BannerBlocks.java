package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.io.table.BannerTables.Block;
import dk.taktstok.model.Item;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the blocks of a banner crosstab into tables: the groups in the columns ("Total", "Male", "Female",
 * named from the header as {@link HeaderNames} reads it) are the items, each with its base as n and its
 * banner's heading as the tag {@code banner}; the
 * answers in the rows are the categories; the question beside the block is its title.
 */
final class BannerBlocks {

    /** The tag that carries a group's banner heading: the groups under one heading are compared with each other. */
    static final String BANNER_TAG = "banner";

    private BannerBlocks() {
    }

    static List<BuiltTable> read(Grid grid, List<Block> blocks) {
        Block first = blocks.getFirst();
        TreeSet<Integer> cols = new TreeSet<>();
        blocks.forEach(b -> cols.addAll(b.valueCols()));
        List<Integer> headerRows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int r : grid.filledRows()) {
            if (r >= first.baseRow()) {
                break;
            }
            boolean overValues = false;
            for (GridCell cell : grid.row(r)) {
                if (cols.contains(cell.col()) || cell.col() > cols.first()) {
                    overValues = true;
                } else if (cell.isText() && cell.col() < first.labelCol()) {
                    notes.add(Texts.clean(cell.display())); // "AMONG 3,912 ADULTS INTERVIEWED …"
                }
            }
            if (overValues) {
                headerRows.add(r);
            }
        }
        Map<Integer, HeaderNames.Column> names = new HashMap<>();
        HeaderNames.of(grid, headerRows, List.copyOf(cols)).forEach(c -> names.put(c.col(), c));
        List<BuiltTable> tables = new ArrayList<>();
        int previousEnd = headerRows.isEmpty() ? -1 : headerRows.getLast();
        for (Block block : blocks) {
            tables.add(table(grid, block, names, notes, previousEnd));
            previousEnd = block.lastRow();
        }
        return tables;
    }

    private static BuiltTable table(Grid grid, Block block, Map<Integer, HeaderNames.Column> names, List<String> notes,
            int previousEnd) {
        List<Problem> problems = new ArrayList<>();
        Question question = question(grid, block, previousEnd);
        String tableLocation = question.location() != null ? question.location()
                : grid.locate(block.baseRow(), block.labelCol());
        List<Integer> answerRows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int skipped = 1; // the base row
        for (int r : block.answerRows()) {
            String label = Texts.clean(grid.cell(r, block.labelCol()).display());
            if (Vocabulary.isTotalRow(label)) {
                skipped++;
                problems.add(Problem.warning(grid.locate(r, block.labelCol()),
                        "'" + label + "' looks like a total, not an answer, so it is left out"));
                continue;
            }
            answerRows.add(r);
            labels.add(label);
        }
        List<String> categories = HeaderNames.unique(labels, Collections.nCopies(labels.size(), null));
        for (int i = 0; i < labels.size(); i++) {
            if (!categories.get(i).equals(labels.get(i))) {
                problems.add(Problem.error(grid.locate(answerRows.get(i), block.labelCol()),
                        "the answer '" + labels.get(i) + "' appears twice in the block"));
            }
        }
        boolean fractions = areFractions(grid, block, answerRows);
        ShareCells cells = new ShareCells(problems, true);
        List<Item> items = new ArrayList<>();
        List<String> itemLocations = new ArrayList<>();
        List<List<String>> shareLocations = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (int c : block.valueCols()) {
            HeaderNames.Column column = names.get(c);
            String label = column.name().isEmpty() ? "Column at " + grid.locate(block.baseRow(), c) : column.name();
            Integer n = TableBuilder.wholeNumber(grid.cell(block.baseRow(), c));
            if (n == null || n == 0) {
                empty.add(label);
                continue;
            }
            List<Double> shares = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (int i = 0; i < answerRows.size(); i++) {
                String place = grid.locate(answerRows.get(i), c);
                double v = cells.read(grid.cell(answerRows.get(i), c), categories.get(i), place);
                shares.add(fractions && !ShareCells.isPercent(grid.cell(answerRows.get(i), c)) ? Numbers.percentOf(v) : v);
                places.add(place);
            }
            // the banner's heading over the group ("Gender" over "Male") says which groups are compared together
            Map<String, String> tags = column.group() == null || column.group().isBlank() ? Map.of()
                    : Map.of(BANNER_TAG, Texts.clean(column.group()));
            items.add(new Item("c" + (items.size() + 1), Text.of(label), null, tags, shares, n, null));
            itemLocations.add(column.location());
            shareLocations.add(places);
        }
        if (!empty.isEmpty()) {
            problems.add(Problem.warning(grid.locate(block.baseRow(), block.labelCol()), "no one in "
                    + String.join(", ", empty.stream().limit(5).map(e -> "'" + e + "'").toList())
                    + (empty.size() > 5 ? " and " + (empty.size() - 5) + " more" : "")
                    + " was asked this question (the base is 0 or blank), so " + (empty.size() == 1 ? "it is" : "they are")
                    + " left out"));
        }
        if (!cells.blanks().isEmpty()) {
            problems.add(Problem.warning(cells.blanks().getFirst(), "blank cells among the shares are read as 0"
                    + (cells.blanks().size() > 1 ? " (" + cells.blanks().size() + " cells)" : "")));
        }
        if (fractions) {
            problems.add(Problem.warning(tableLocation,
                    "the shares are fractions (each column sums to 1), so they are read as percent (×100)"));
        }
        int firstCol = question.col() >= 0 ? Math.min(question.col(), block.labelCol()) : block.labelCol();
        String range = grid.range(block.baseRow(), firstCol, block.lastRow(), block.valueCols().getLast());
        return new BuiltTable(grid, question.text(), null, categories, items, null, List.of(), notes, tableLocation,
                itemLocations, shareLocations, problems, "banner", range, skipped, BannerTables.isMultiple(grid, block));
    }

    /** The block's question: the text left of its answers, or the lines just above its base row. */
    private record Question(String text, String location, int col) {
    }

    private static Question question(Grid grid, Block block, int previousEnd) {
        List<Integer> rows = new ArrayList<>(List.of(block.baseRow()));
        rows.addAll(block.answerRows());
        for (int r : rows) {
            for (GridCell cell : grid.row(r)) {
                if (cell.col() < block.labelCol() && CellTypes.isWordy(cell)) {
                    return new Question(Texts.clean(cell.display()), cell.location(), cell.col());
                }
            }
        }
        List<String> lines = new ArrayList<>();
        String location = null;
        int col = -1;
        for (int r : grid.filledRows()) {
            if (r <= previousEnd || r >= block.baseRow()) {
                continue;
            }
            List<GridCell> cells = grid.row(r);
            if (cells.stream().allMatch(CellTypes::isWordy)) {
                lines.add(String.join(" ", cells.stream().map(c -> Texts.clean(c.display())).toList()));
                if (location == null) {
                    location = cells.getFirst().location();
                    col = cells.getFirst().col();
                }
            }
        }
        return new Question(lines.isEmpty() ? null : String.join(" ", lines), location, col);
    }

    /** The shares are plain fractions: none shown as percent, and the columns sum to 1. */
    private static boolean areFractions(Grid grid, Block block, List<Integer> answerRows) {
        boolean any = false;
        for (int c : block.valueCols()) {
            double sum = 0;
            for (int r : answerRows) {
                GridCell cell = grid.cell(r, c);
                double v = ShareCells.quiet(cell);
                if (ShareCells.isPercent(cell) || v > 1) {
                    return false;
                }
                sum += Double.isNaN(v) ? 0 : v;
            }
            any |= sum > 0.5;
        }
        return any;
    }
}

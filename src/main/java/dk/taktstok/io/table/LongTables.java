package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Item;
import dk.taktstok.model.Text;
import dk.taktstok.scales.Recognition;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a table in long format, one row per item and answer: "item | response | (year) | count | total |
 * proportion". The columns before the answer name the item (and its year or group), the answers become
 * the categories, the shares are computed from the counts, and an item's n is the sum of its counts.
 * Items with the same answers form one table; the answers stand in their scale's order where they form
 * one (the rows' order is no author's order of answers), else the most given first.
 */
final class LongTables {

    /** Headings of the column of answers. */
    private static final Pattern RESPONSE = Pattern.compile("(?iu)^(response|responses|answer|answers|answer option"
            + "|reply|category|option|choice|value|level|rating|svar|svarmulighed|svarkategori|kategori|antwort"
            + "|svarsalternativ|svaralternativ)$");
    /** Headings of the column of counts. */
    private static final Pattern COUNT = Pattern.compile("(?iu)^(count|n|freq|frequency|antal|anzahl|antall|number"
            + "|responses count|respondents|number of respondents|number of responses|weighted count|unweighted count)$");
    /** Headings of a column of each item's total. */
    private static final Pattern TOTAL = Pattern.compile("(?iu)^(total|total count|total n|n total|base|total responses"
            + "|total respondents|i alt|antal i alt|gesamt)$");
    /** Fewer rows than this are no long table. */
    private static final int MIN_ROWS = 4;

    private LongTables() {
    }

    /** Where a long table's columns are. */
    private record Columns(int header, List<Integer> keys, int response, int count, int total, List<Integer> rest) {
    }

    /** Whether the grid starts with a long table's header: a column of answers and one of counts. */
    static boolean isLong(Grid grid) {
        return columns(grid) != null;
    }

    /** The grid's long tables, or null when it holds none. */
    static List<BuiltTable> read(Grid grid) {
        Columns columns = columns(grid);
        if (columns == null) {
            return null;
        }
        List<Integer> rows = dataRows(grid, columns);
        if (rows.size() < MIN_ROWS) {
            return null;
        }
        Map<List<String>, Map<String, Integer>> counts = new LinkedHashMap<>(); // item key → answer → row
        Map<List<String>, Integer> firstRow = new HashMap<>();
        for (int r : rows) {
            List<String> key = new ArrayList<>();
            for (int c : columns.keys()) {
                GridCell cell = grid.cell(r, c);
                key.add(cell == null ? "" : Texts.clean(cell.display()));
            }
            String answer = Texts.clean(grid.cell(r, columns.response()).display());
            if (counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(answer, r) != null) {
                return null; // one answer twice for an item: not one row per item and answer
            }
            firstRow.putIfAbsent(key, r);
        }
        if (counts.size() < 1 || counts.values().stream().allMatch(a -> a.size() < 2)) {
            return null;
        }
        List<BuiltTable> tables = new ArrayList<>();
        for (List<List<String>> items : byAnswers(counts)) {
            tables.add(table(grid, columns, counts, firstRow, items, rows));
        }
        return tables;
    }

    /** Items grouped by their answers: an item whose answers are all among another group's joins it. */
    private static List<List<List<String>>> byAnswers(Map<List<String>, Map<String, Integer>> counts) {
        List<Set<String>> sets = new ArrayList<>();
        List<List<List<String>>> groups = new ArrayList<>();
        for (var entry : counts.entrySet()) {
            Set<String> answers = entry.getValue().keySet();
            int found = -1;
            for (int g = 0; g < sets.size() && found < 0; g++) {
                Set<String> union = new HashSet<>(sets.get(g));
                union.addAll(answers);
                if (union.size() <= Math.max(sets.get(g).size(), answers.size())) {
                    found = g;
                }
            }
            if (found < 0) {
                sets.add(new LinkedHashSet<>(answers));
                groups.add(new ArrayList<>());
                found = sets.size() - 1;
            }
            sets.get(found).addAll(answers);
            groups.get(found).add(entry.getKey());
        }
        return groups;
    }

    private static BuiltTable table(Grid grid, Columns columns, Map<List<String>, Map<String, Integer>> counts,
            Map<List<String>, Integer> firstRow, List<List<String>> keys, List<Integer> rows) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Double> given = new LinkedHashMap<>();
        for (List<String> key : keys) {
            counts.get(key).forEach((answer, r) -> given.merge(answer, Math.max(0, count(grid, r, columns.count())), Double::sum));
        }
        Recognition recognition = ScaleRecogniser.standard().recognise(List.copyOf(given.keySet()), null, given);
        List<String> categories = new ArrayList<>(recognition.answers().stream().map(Recognition.Answer::label)
                .filter(given::containsKey).toList());
        given.keySet().stream().filter(a -> !categories.contains(a)).forEach(categories::add);
        List<Item> items = new ArrayList<>();
        List<String> itemLocations = new ArrayList<>();
        List<List<String>> shareLocations = new ArrayList<>();
        int absent = 0;
        List<String> totalsDiffer = new ArrayList<>();
        for (List<String> key : keys) {
            Map<String, Integer> answers = counts.get(key);
            String itemPlace = grid.locate(firstRow.get(key), columns.keys().getFirst());
            double sum = 0;
            List<Double> values = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (String category : categories) {
                Integer r = answers.get(category);
                double v = r == null ? 0 : count(grid, r, columns.count());
                absent += r == null ? 1 : 0;
                if (Double.isNaN(v) || v < 0) {
                    problems.add(Problem.error(grid.locate(r, columns.count()),
                            "'" + display(grid.cell(r, columns.count())) + "' is not a count"));
                    v = Double.NaN;
                }
                values.add(v);
                places.add(r == null ? itemPlace : grid.locate(r, columns.count()));
                sum += Double.isNaN(v) ? 0 : v;
            }
            if (columns.total() >= 0) {
                double total = count(grid, firstRow.get(key), columns.total());
                if (!Double.isNaN(total) && total != sum) {
                    totalsDiffer.add(grid.locate(firstRow.get(key), columns.total()));
                }
            }
            double n = sum;
            values.replaceAll(v -> n > 0 ? v / n * 100 : Double.NaN);
            items.add(new Item("r" + (items.size() + 1), Text.of(label(key)), null, Map.of(), values, (int) n, null));
            itemLocations.add(itemPlace);
            shareLocations.add(places);
        }
        String tableLocation = grid.locate(columns.header(), 0);
        problems.add(Problem.warning(tableLocation, "the table is in long format (one row per item and answer), so each "
                + String.join(" and ", columns.keys().stream().map(c -> "'" + heading(grid, columns.header(), c) + "'")
                .toList()) + " is an item and the shares are computed from the counts in '"
                + heading(grid, columns.header(), columns.count()) + "'"
                + (columns.rest().isEmpty() ? "" : "; " + String.join(", ", columns.rest().stream()
                .map(c -> "'" + heading(grid, columns.header(), c) + "'").toList()) + " left out")));
        if (absent > 0) {
            problems.add(Problem.warning(tableLocation, absent + (absent == 1 ? " answer is" : " answers are")
                    + " not in the file for an item (no row), so read as 0"));
        }
        if (!totalsDiffer.isEmpty()) {
            problems.add(Problem.warning(totalsDiffer.getFirst(), "the total given here differs from the sum of the"
                    + " item's counts" + (totalsDiffer.size() > 1 ? " (and for " + (totalsDiffer.size() - 1)
                    + " more items)" : "") + "; the shares and n are of the counts"));
        }
        int lastCol = 0;
        for (GridCell cell : grid.row(columns.header())) {
            lastCol = Math.max(lastCol, cell.col());
        }
        return new BuiltTable(grid, null, null, categories, items, null, List.of(), List.of(), tableLocation,
                itemLocations, shareLocations, problems, "long",
                grid.range(columns.header(), 0, rows.getLast(), lastCol), rows.getLast() - columns.header() + 1 - rows.size(), false);
    }

    private static String label(List<String> key) {
        List<String> parts = key.stream().filter(k -> !k.isEmpty()).toList();
        if (parts.isEmpty()) {
            return "(no name)";
        }
        return parts.size() == 1 ? parts.getFirst()
                : parts.getFirst() + " (" + String.join(", ", parts.subList(1, parts.size())) + ")";
    }

    private static double count(Grid grid, int row, int col) {
        double v = ShareCells.quiet(grid.cell(row, col));
        return v == Math.rint(v) ? v : Double.NaN;
    }

    private static String display(GridCell cell) {
        return cell == null ? "" : Texts.clean(cell.display());
    }

    private static String heading(Grid grid, int row, int col) {
        return display(grid.cell(row, col));
    }

    /** The columns of a long table whose header is the grid's first row, or null. */
    private static Columns columns(Grid grid) {
        int[] filled = grid.filledRows();
        if (filled.length < MIN_ROWS + 1) {
            return null;
        }
        int header = filled[0];
        List<GridCell> cells = grid.row(header);
        if (cells.size() < 3 || !cells.stream().allMatch(CellTypes::isWordy)) {
            return null;
        }
        int response = -1;
        int count = -1;
        int total = -1;
        List<Integer> keys = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (GridCell cell : cells) {
            String heading = Vocabulary.key(cell.text());
            if (response < 0 && RESPONSE.matcher(heading).matches()) {
                response = cell.col();
            } else if (count < 0 && COUNT.matcher(heading).matches()) {
                count = cell.col();
            } else if (total < 0 && TOTAL.matcher(heading).matches()) {
                total = cell.col();
            } else if (Vocabulary.isPercentColumn(cell.text()) || count >= 0) {
                rest.add(cell.col()); // proportions, and whatever follows the counts
            } else {
                keys.add(cell.col());
            }
        }
        if (response < 0 || count < 0 || keys.isEmpty() || count < response) {
            return null;
        }
        return new Columns(header, keys, response, count, total, rest);
    }

    /** The rows under the header down to the first blank one, each with an answer and a whole-number count. */
    private static List<Integer> dataRows(Grid grid, Columns columns) {
        List<Integer> rows = new ArrayList<>();
        int previous = columns.header();
        for (int r = grid.nextFilledRow(columns.header()); r >= 0 && r == previous + 1; r = grid.nextFilledRow(r)) {
            previous = r;
            GridCell answer = grid.cell(r, columns.response());
            if (answer == null || Double.isNaN(count(grid, r, columns.count()))) {
                GridCell first = grid.row(r).getFirst();
                if (first.isText() && ScaleRecogniser.standard().isSummaryRow(first.text())) {
                    continue;
                }
                return List.of(); // a row of something else: no long table
            }
            rows.add(r);
        }
        return rows;
    }
}

package dk.taktstok.io.table;

import dk.taktstok.io.table.FoundTable.BodyRow;
import dk.taktstok.io.table.FoundTable.Data;
import dk.taktstok.io.table.FoundTable.Heading;
import dk.taktstok.io.table.FoundTable.Line;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds survey tables in a grid the way a person would: a header row of answer categories; under
 * it rows that start with an item label followed by numbers; maybe section headings between them;
 * title lines above and notes below. Several tables on one grid are found top to bottom.
 */
public final class TableFinder {

    /** Blank rows allowed inside a table (between header and data, between sections). */
    private static final int MAX_BLANK_ROWS = 2;
    /** Blank rows allowed between the title lines above a table and between them and the header. */
    private static final int MAX_BLANK_ROWS_ABOVE = 3;
    /** Section headings allowed in a row before data follows. */
    private static final int MAX_HEADINGS_IN_A_ROW = 3;

    /**
     * A fault for tests to inject (InjectedFaultTest shows that the fuzz targets and property tests
     * catch it): while set, {@link #find} throws an IllegalStateException with this message on the first
     * table it finds. Never set by the application.
     */
    static volatile String injectedFault;

    public List<FoundTable> find(Grid grid) {
        List<FoundTable> spans = new ArrayList<>();
        int[] rows = grid.filledRows();
        int i = 0;
        while (i < rows.length) {
            FoundTable span = tableUnder(grid, rows[i]);
            if (span == null) {
                i++;
                continue;
            }
            if (injectedFault != null) {
                throw new IllegalStateException(injectedFault);
            }
            spans.add(span);
            int last = span.body().getLast().row();
            while (i < rows.length && rows[i] <= last) {
                i++;
            }
        }
        return withTextAround(grid, spans);
    }

    /** Title and question above each table, notes under it. */
    private static List<FoundTable> withTextAround(Grid grid, List<FoundTable> spans) {
        List<FoundTable> tables = new ArrayList<>();
        int freeFrom = -1;
        for (int k = 0; k < spans.size(); k++) {
            FoundTable span = spans.get(k);
            List<Line> above = linesAbove(grid, span.headerRow(), freeFrom);
            int limit = k + 1 < spans.size() ? spans.get(k + 1).headerRow() : Integer.MAX_VALUE;
            List<Line> notes = new ArrayList<>();
            freeFrom = notesBelow(grid, span.body().getLast().row(), limit, notes);
            Line title = above.isEmpty() ? null : above.getFirst();
            List<Line> question = above.isEmpty() ? List.of() : above.subList(1, above.size());
            tables.add(span.withText(title, question, notes));
        }
        return tables;
    }

    /**
     * The text-only rows above the header, after {@code freeFrom}: the nearest block, where no
     * more than a few blank rows separate one line from the next.
     */
    private static List<Line> linesAbove(Grid grid, int headerRow, int freeFrom) {
        List<Line> lines = new ArrayList<>();
        int[] rows = grid.filledRows();
        int below = headerRow;
        for (int i = indexOf(rows, headerRow) - 1; i >= 0 && rows[i] > freeFrom; i--) {
            List<GridCell> cells = grid.row(rows[i]);
            if (below - rows[i] - 1 > MAX_BLANK_ROWS_ABOVE || !cells.stream().allMatch(GridCell::isText)) {
                break;
            }
            lines.addFirst(lineOf(cells));
            below = rows[i];
        }
        return lines;
    }

    /** Collects the notes under a table; answers the last row they take. */
    private static int notesBelow(Grid grid, int lastRow, int limit, List<Line> notes) {
        int end = lastRow;
        for (int r = grid.nextFilledRow(lastRow); r >= 0 && r < limit; r = grid.nextFilledRow(r)) {
            List<GridCell> cells = grid.row(r);
            if (!cells.stream().allMatch(GridCell::isText)) {
                break;
            }
            Line line = lineOf(cells);
            if (r != end + 1 && !Vocabulary.isNote(line.text())) {
                break; // after a blank row, only note-like lines still belong to this table
            }
            notes.add(line);
            end = r;
        }
        return end;
    }

    private static Line lineOf(List<GridCell> cells) {
        StringBuilder text = new StringBuilder();
        for (GridCell cell : cells) {
            text.append(text.isEmpty() ? "" : " ").append(cell.display());
        }
        return new Line(Texts.clean(text.toString()), cells.getFirst().location());
    }

    private static int indexOf(int[] rows, int row) {
        int i = java.util.Arrays.binarySearch(rows, row);
        return i >= 0 ? i : -i - 1;
    }

    // ---- one table under a candidate header row

    private record Classified(Kind kind, GridCell label, int firstValueCol) {
    }

    private enum Kind { DATA, UNITS, HEADING, OTHER }

    /** Where a scan of the rows under a header stopped. */
    private enum Stop { END, TEXT_ROW_BEFORE_DATA, TEXT_ROW_AMONG_DATA }

    /** The result of one scan: the table, if any, and why the scan stopped. */
    private record Scan(FoundTable table, Stop stop) {
    }

    /**
     * The table under a header row. A first scan ends the table at any row that is not data. If it
     * stopped at a row that starts with words, it may be an item whose answers are missing or written
     * as words ("Ikke spurgt"): a second scan keeps such rows, for the builder to report cell by cell,
     * and goes on to the rows under them. Where the first scan found no table at all, the second one's
     * table must hold shares in every category column under distinct headings: a row with just a label
     * and a number may as well start a list that is no survey table (a balance sheet, a parts list),
     * and a grid with no table must stay one.
     */
    private FoundTable tableUnder(Grid grid, int headerRow) {
        Scan strict = tryHeader(grid, headerRow, false);
        if (strict.stop() == Stop.END
                || (strict.table() == null && strict.stop() == Stop.TEXT_ROW_AMONG_DATA)) {
            return strict.table();
        }
        FoundTable longer = tryHeader(grid, headerRow, true).table();
        if (longer == null) {
            return strict.table();
        }
        if (strict.table() == null) {
            return everyColumnHoldsShares(grid, longer) && categoriesAreDistinct(grid, longer) ? longer : null;
        }
        return longer.body().getLast().row() > strict.table().body().getLast().row() ? longer : strict.table();
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean categoriesAreDistinct(Grid grid, FoundTable table) {
        var names = new HashSet<String>();
        for (int c : table.categoryCols()) {
            if (!names.add(Texts.clean(grid.cell(table.headerRow(), c).text()).toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** In each category column, most of the numbers lie between 0 and 100 (or 0 and 1, as fractions). */
    private static boolean everyColumnHoldsShares(Grid grid, FoundTable table) {
        List<Integer> dataRows = table.body().stream().filter(Data.class::isInstance).map(BodyRow::row).toList();
        for (int c : table.categoryCols()) {
            if (!ColumnEvidence.looksLikeShares(grid, dataRows, List.of(c))) {
                return false;
            }
        }
        return true;
    }

    private Scan tryHeader(Grid grid, int headerRow, boolean keepItemsWithoutNumbers) {
        BitSet header = new BitSet();
        List<GridCell> headerCells = grid.row(headerRow);
        for (GridCell cell : headerCells) {
            if (CellTypes.isWordy(cell)) {
                header.set(cell.col());
            }
        }
        if (header.cardinality() < 2) {
            return new Scan(null, Stop.END);
        }
        boolean measuresOnly = true;
        for (GridCell cell : headerCells) {
            if (cell.isText() && Vocabulary.isUnit(cell.text())) {
                header.set(cell.col()); // "Yes | % | No | %": a column of percentages beside each answer
            }
            if (cell.col() > headerCells.getFirst().col()) {
                measuresOnly &= cell.isText() && Vocabulary.isMeasureColumn(cell.text());
            }
        }
        // under a header of measures only ("Answer | Percent"), one value makes a row
        int minValues = measuresOnly ? 1 : 2;
        Stop stop = Stop.END;
        List<BodyRow> body = new ArrayList<>();
        Map<Integer, Integer> firstValueCols = new HashMap<>();
        List<BodyRow> pending = new ArrayList<>(); // headings, and rows that may be items: kept when data follows
        int lastLabelCol = -1;
        int withoutNumbers = 0;
        int previous = headerRow;
        for (int r = grid.nextFilledRow(headerRow); r >= 0; r = grid.nextFilledRow(r)) {
            if (r - previous - 1 > MAX_BLANK_ROWS) {
                break;
            }
            List<GridCell> cells = grid.row(r);
            Classified row = classify(cells, header, minValues);
            if (row.kind() == Kind.DATA) {
                int labelCol = labelColumn(cells, row.firstValueCol());
                List<BodyRow> between = judged(grid, headerRow, pending, header, row.firstValueCol(), labelCol, false);
                if (between == null) {
                    break; // what stood between was the start of something else, such as a new table's header
                }
                withoutNumbers += (int) between.stream().filter(Data.class::isInstance).count();
                if (withoutNumbers > Math.max(MAX_HEADINGS_IN_A_ROW, firstValueCols.size() + 1)) {
                    // more items without numbers than with them: no survey table, and no scan to the end
                    // of the sheet from every row of it
                    break;
                }
                body.addAll(between);
                pending.clear();
                body.add(new Data(r));
                firstValueCols.put(r, row.firstValueCol());
                lastLabelCol = labelCol;
            } else if (row.kind() == Kind.UNITS && body.isEmpty() && pending.isEmpty()) {
                // a row of "%" or "pct." under the header belongs to the header
            } else if (row.kind() == Kind.HEADING && pending.size() < MAX_HEADINGS_IN_A_ROW) {
                pending.add(new Heading(r, cells.getFirst()));
            } else if (row.kind() == Kind.OTHER && CellTypes.isWordy(cells.getFirst())) {
                if (!keepItemsWithoutNumbers || pending.size() >= MAX_HEADINGS_IN_A_ROW) {
                    stop = body.isEmpty() ? Stop.TEXT_ROW_BEFORE_DATA : Stop.TEXT_ROW_AMONG_DATA;
                    break;
                }
                pending.add(new Data(r)); // judged when data follows, or at the end
            } else {
                break;
            }
            previous = r;
        }
        if (firstValueCols.isEmpty()) {
            return new Scan(null, stop);
        }
        int firstValueCol = mode(firstValueCols.values());
        // at the end, an item whose answers are all one word ("Ikke spurgt") still belongs to the table;
        // other rows there are left for the notes (a "Kilde: | KORA" line)
        var headings = new ArrayList<BodyRow>();
        for (BodyRow row : pending) {
            List<BodyRow> kept = row instanceof Data
                    ? judged(grid, headerRow, List.of(row), header, firstValueCol, lastLabelCol, true) : null;
            if (row instanceof Heading) {
                headings.add(row);
            } else if (kept == null) {
                break;
            } else {
                body.addAll(headings); // headings count only with an item under them
                body.addAll(kept);
                headings.clear();
            }
        }
        // a "heading" standing among the values is not one: the table ends above it
        for (int k = 0; k < body.size(); k++) {
            if (body.get(k) instanceof Heading h && h.cell().col() >= firstValueCol) {
                body = trimTrailingHeadings(body.subList(0, k));
                break;
            }
        }
        if (body.stream().noneMatch(Data.class::isInstance)) {
            return new Scan(null, stop);
        }
        return new Scan(layout(grid, headerRow, header, body, firstValueCol), stop);
    }

    /** The label's column in a data row: its last word cell left of the values. */
    private static int labelColumn(List<GridCell> cells, int firstValueCol) {
        int labelCol = -1;
        for (GridCell cell : cells) {
            if (cell.col() < firstValueCol && CellTypes.isWordy(cell)) {
                labelCol = cell.col();
            }
        }
        return labelCol;
    }

    /**
     * The rows among {@code pending} as they belong to the table, or null if one of them does not. A row
     * that may be an item is one when left of the values it has only words, none a note or a title
     * ("Kilde:", "Tabel 2", "Borgere:"), the last in the label column; and under header cells fewer
     * than two values and at most one word, maybe in several cells ("Ikke aktuelt"). A row whose only
     * value stands in a count column ("Antal", "N") is a section heading with its number of
     * respondents. At the end of a table ({@code atTheEnd}) an item needs its one word in two or more
     * cells or only stand-ins for numbers ("n/a", "Ikke spurgt"): a line such as "Antal besvarelser |
     * 480" or "Q7 | se note" under a table is left for the notes.
     */
    private static List<BodyRow> judged(Grid grid, int headerRow, List<BodyRow> pending, BitSet header,
            int firstValueCol, int labelCol, boolean atTheEnd) {
        var rows = new ArrayList<BodyRow>();
        for (BodyRow candidate : pending) {
            if (!(candidate instanceof Data data)) {
                rows.add(candidate);
                continue;
            }
            GridCell label = null;
            String word = null;
            int words = 0;
            int numbers = 0;
            int standIns = 0;
            int counts = 0;
            for (GridCell cell : grid.row(data.row())) {
                if (cell.col() < firstValueCol) {
                    if (!CellTypes.isWordy(cell) || Vocabulary.isNote(cell.display())
                            || Vocabulary.isTitleOrLeadIn(cell.display())) {
                        return null;
                    }
                    label = cell;
                } else if (!header.get(cell.col())) {
                    return null;
                } else if (CellTypes.isWordy(cell)) {
                    String text = cell.text().strip(); // not Texts.clean: a cell may hold 32,767 characters
                    if (word != null && !word.equals(text)) {
                        return null;
                    }
                    word = text;
                    words++;
                } else if (CellTypes.isNumeric(cell)) {
                    numbers++;
                    if (Vocabulary.isTotalOrCountColumn(grid.cell(headerRow, cell.col()).text())) {
                        counts++;
                    }
                } else {
                    standIns++;
                }
            }
            if (label == null || label.col() != labelCol || numbers + standIns >= 2) {
                return null;
            }
            if (counts == 1 && words == 0 && standIns == 0) {
                rows.add(new Heading(data.row(), label)); // "Mænd | … | 480" under "Antal"
                continue;
            }
            if (atTheEnd && !(words >= 2 || (words == 0 && numbers == 0 && standIns > 0))) {
                return null;
            }
            rows.add(data);
        }
        return rows;
    }

    private static List<BodyRow> trimTrailingHeadings(List<BodyRow> body) {
        List<BodyRow> kept = new ArrayList<>(body);
        while (!kept.isEmpty() && kept.getLast() instanceof Heading) {
            kept.removeLast();
        }
        return kept;
    }

    /** Label, group and value columns, given the rows. */
    private static FoundTable layout(Grid grid, int headerRow, BitSet header, List<BodyRow> body, int firstValueCol) {
        List<Integer> dataRows = body.stream().filter(Data.class::isInstance).map(BodyRow::row).toList();
        Map<Integer, int[]> wordy = new HashMap<>();   // col → count
        Map<Integer, int[]> valueLike = new HashMap<>();
        Map<Integer, int[]> numeric = new HashMap<>();
        Map<Integer, Set<String>> distinct = new HashMap<>();
        int lastValueCol = -1;
        for (int r : dataRows) {
            for (GridCell cell : grid.row(r)) {
                int c = cell.col();
                if (CellTypes.isWordy(cell)) {
                    wordy.computeIfAbsent(c, x -> new int[1])[0]++;
                    distinct.computeIfAbsent(c, x -> new HashSet<>()).add(Texts.clean(cell.text()));
                } else {
                    valueLike.computeIfAbsent(c, x -> new int[1])[0]++;
                    if (CellTypes.isNumeric(cell)) {
                        numeric.computeIfAbsent(c, x -> new int[1])[0]++;
                    }
                    if (c >= firstValueCol && header.get(c)) {
                        lastValueCol = Math.max(lastValueCol, c);
                    }
                }
            }
        }
        int labelCol = -1;
        int best = 0;
        for (int c = 0; c < firstValueCol; c++) {
            int n = count(wordy, c);
            // labels differ from row to row; a group column filled on every row repeats itself
            if (n > best || (n == best && n > 0 && distinctIn(distinct, c) > distinctIn(distinct, labelCol))) {
                best = n;
                labelCol = c;
            }
        }
        if (labelCol < 0) {
            return null;
        }
        List<Integer> groupCols = new ArrayList<>();
        for (int c = 0; c < firstValueCol; c++) {
            boolean repeats = distinct.containsKey(c) && distinct.get(c).size() < dataRows.size();
            if (c != labelCol && count(wordy, c) > 0 && count(numeric, c) == 0 && repeats) {
                groupCols.add(c);
            }
        }
        List<Integer> categories = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        boolean measuresOnly = true;
        for (int c = header.nextSetBit(firstValueCol); c >= 0; c = header.nextSetBit(c + 1)) {
            String heading = grid.cell(headerRow, c).text();
            boolean filled = c <= lastValueCol && count(wordy, c) * 2 <= dataRows.size();
            if (filled) {
                measuresOnly &= Vocabulary.isMeasureColumn(heading);
            }
            if (Vocabulary.isTotalOrCountColumn(heading)) {
                if (filled) {
                    totals.add(c);
                }
            } else if (filled) {
                categories.add(c);
            } else {
                dropped.add(c);
            }
        }
        boolean transposed = measuresOnly && categories.size() + totals.size() >= 1
                && ColumnEvidence.distinctTexts(grid, List.of(headerRow), concat(categories, totals))
                && ColumnEvidence.distinctTexts(grid, dataRows, List.of(labelCol));
        if (transposed) {
            // "Count | Percent": every column measures the rows, so the rows are the answer categories
            categories.addAll(totals);
            categories.sort(null);
            totals.clear();
            if (!TransposedTables.readable(grid, headerRow, labelCol, dataRows, categories)) {
                return null;
            }
        } else if (categories.size() < 2 || !(ColumnEvidence.looksLikeShares(grid, dataRows, categories)
                || ColumnEvidence.hasCountEvidence(grid, headerRow, categories, totals) && ColumnEvidence.looksLikeCounts(grid, dataRows, categories))) {
            return null;
        }
        List<Integer> unheaded = new ArrayList<>();
        for (var entry : numeric.entrySet()) {
            int c = entry.getKey();
            if (c >= firstValueCol && !header.get(c) && entry.getValue()[0] * 2 >= dataRows.size()) {
                unheaded.add(c);
            }
        }
        unheaded.sort(null);
        return new FoundTable(grid, null, List.of(), headerRow, labelCol, categories, groupCols, body, List.of(),
                unheaded, dropped, totals, transposed);
    }

    /**
     * A data row has words (its label) followed by at least two values under header cells. A row
     * with a single text cell may be a section heading; a row of "%" under the header gives units.
     */
    private static Classified classify(List<GridCell> cells, BitSet header, int minValues) {
        if (cells.stream().allMatch(c -> c.isText() && Vocabulary.isUnit(c.text()))) {
            return new Classified(Kind.UNITS, null, -1);
        }
        int values = 0;
        int firstValueCol = -1;
        GridCell label = null;
        boolean data = false;
        for (int i = cells.size() - 1; i >= 0; i--) {
            GridCell cell = cells.get(i);
            if (CellTypes.isWordy(cell)) {
                if (values >= minValues) {
                    data = true;
                }
                label = cell;
            } else if (header.get(cell.col()) && CellTypes.isValueLike(cell) && !data) {
                values++;
                firstValueCol = cell.col();
            }
        }
        if (data) {
            return new Classified(Kind.DATA, label, firstValueCol);
        }
        if (label != null && (cells.size() == 1
                || (cells.size() == 2 && cells.get(1).isText() && Vocabulary.isCount(cells.get(1).text())))) {
            return new Classified(Kind.HEADING, label, -1); // maybe with its number of respondents: "(n = 480)"
        }
        return new Classified(Kind.OTHER, null, -1);
    }

    private static int distinctIn(Map<Integer, Set<String>> distinct, int col) {
        Set<String> values = distinct.get(col);
        return values == null ? 0 : values.size();
    }

    private static int count(Map<Integer, int[]> counts, int col) {
        int[] n = counts.get(col);
        return n == null ? 0 : n[0];
    }

    /** The most common value; the smallest among equals. */
    private static int mode(Iterable<Integer> values) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        int best = -1;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}

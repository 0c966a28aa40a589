package dk.taktstok.io.respondents;

import dk.taktstok.io.Layout;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadCancelled;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.table.Grid;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes the cells of respondent rows as a file streams past — a header row of questions, then one row
 * per respondent — and counts the answers per question, without keeping the rows: memory depends on
 * the number of columns, not of rows. The first rows are held back until the columns' roles are
 * known (questions, id, weight; see {@link ColumnRoles}); from then on each row is counted as it
 * ends. Readers of a file format call {@link #sharedString}, {@link #number} and {@link #text} for the
 * filled cells of a row, then {@link #endRow}; blank cells are not reported.
 */
public final class RespondentRows {

    /** Rows looked at before the columns' roles are decided. */
    public static final int SAMPLE_ROWS = 200;
    /** Longer first cells are no summary word ("Average", "I alt"), and are not looked up. */
    private static final int MAX_SUMMARY_CHARS = 24;
    /** Progress is reported, and cancelling checked, after this many rows. */
    static final int PROGRESS_ROWS = 4096;

    /** What the first rows said. */
    public enum Verdict {
        /** Still looking at the first rows. */
        UNDECIDED,
        /** Respondent rows: every row is counted. */
        RESPONDENTS,
        /** Not respondent rows (in {@link Layout#AUTO}): the caller reads the file as tables. */
        NOT_RESPONDENTS
    }

    private final AnswerValues values;
    private final ReadOptions options;
    private final Grid.Locator locator;
    private final List<Problem> problems = new ArrayList<>();

    private List<String> header;
    private List<HeaderRows.Heading> headings = List.of();
    private int headerRow = -1;
    private int headerRows;
    private String title;
    private final List<int[]> sample = new ArrayList<>();
    private final List<Integer> sampleRowNumbers = new ArrayList<>();
    private Blocks blocks;
    private boolean ended;
    private long rowsSkipped;
    private String firstSkipped;
    private int lastDataRow = -1;
    private int firstDataRow = -1;
    private Verdict verdict = Verdict.UNDECIDED;
    private ColumnRoles.Decision decision;
    private ColumnRole[] roles = new ColumnRole[0];
    private AnswerColumn[] columns = new AnswerColumn[0];
    private int weightColumn = -1;
    /** The columns named with --by, each counted per group of its values. */
    private Split[] splits = new Split[0];

    private int[] row = new int[16];
    private double rowWeight = Double.NaN;
    private boolean rowFilled;
    private int rowWidth;
    private int rowCells;
    /** The text of the first column's cell of this row, where that column is only watched; else null. */
    private String firstCell;
    /** Whether the first column is only watched for summary rows (decided with the columns' roles). */
    private boolean watchFirst;
    private int rowFormulas;
    /** Per held row, whether most of its cells are formulas. */
    private final List<Boolean> sampleFormulas = new ArrayList<>();
    /** Whether the respondents' own rows are formulas (computed columns): then formulas end nothing. */
    private boolean formulasInData;
    private long respondents;
    private long unweighted;
    private String firstUnweighted;
    private long rowsSeen;
    private long bytesRead;
    private long bytesTotal = -1;

    /**
     * @param values  the answer texts (a workbook's shared strings come first)
     * @param locator names a cell's place, for problems: {@code Data!C5}, {@code 12:3}
     */
    public RespondentRows(AnswerValues values, ReadOptions options, Grid.Locator locator) {
        this.values = values;
        this.options = options;
        this.locator = locator;
        Arrays.fill(row, -1);
    }

    public Verdict verdict() {
        return verdict;
    }

    /** Whether the cells of a column are still wanted; readers may skip the others without decoding them. */
    public boolean wants(int col) {
        if (verdict == Verdict.UNDECIDED || verdict == Verdict.RESPONDENTS && !ended && col == 0) {
            return true; // the first column may say that a row sums up the rows above
        }
        return col < roles.length && (roles[col] == ColumnRole.QUESTION || roles[col] == ColumnRole.WEIGHT
                || blocks.blockOf(col) >= 0 || isSplit(col));
    }


    /** A cell holding shared string {@code index} of a workbook. */
    public void sharedString(int col, int index) {
        if (index < 0 || index >= values.size()) {
            return;
        }
        if (col == weightColumn && verdict == Verdict.RESPONDENTS) {
            rowWeight = AnswerValues.parseNumber(values.textOf(index));
            rowFilled = true;
            return;
        }
        if (watchedOnly(col)) {
            watch(values.textOf(index));
            return;
        }
        put(col, index);
    }

    /**
     * Whether a column is read only to see whether its cell ends the data ("Average"): the first column when
     * it is no question. Its cells are not given ids, so that a respondent id in every row costs no memory.
     */
    private boolean watchedOnly(int col) {
        return col == 0 && watchFirst;
    }

    private boolean isSplit(int col) {
        for (Split split : splits) {
            if (split.column == col) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number cell of a column is wanted as text: not in the watched first column, where a number
     * only says that the row starts with no summary word (a respondent's id).
     */
    public boolean wantsNumber(int col) {
        if (watchedOnly(col)) {
            watch("0");
            return false;
        }
        return true;
    }

    /** Keeps the watched cell's text for this row; alone it makes no respondent (as an unread id column). */
    private void watch(String text) {
        firstCell = text;
        rowCells++;
    }

    /** A cell holding a number as written in the file ("3", "0.8731"). */
    public void number(int col, String written) {
        if (col == weightColumn && verdict == Verdict.RESPONDENTS) {
            rowWeight = AnswerValues.parseNumber(written);
            rowFilled = true;
            return;
        }
        if (watchedOnly(col)) {
            watch(written);
            return;
        }
        put(col, values.number(written));
    }

    /** A cell holding text; blank text is a blank cell. */
    public void text(int col, String text) {
        if (text.isBlank()) {
            return;
        }
        if (col == weightColumn && verdict == Verdict.RESPONDENTS) {
            rowWeight = AnswerValues.parseNumber(text);
            rowFilled = true;
            return;
        }
        if (watchedOnly(col)) {
            watch(text);
            return;
        }
        put(col, values.text(text));
    }

    /** The cell of a column holds a formula: rows of formulas under data without them sum it up. */
    public void formula(int col) {
        rowFormulas++;
    }

    private void put(int col, int id) {
        if (col >= row.length) {
            int old = row.length;
            row = Arrays.copyOf(row, Math.max(col + 1, old * 2));
            Arrays.fill(row, old, row.length, -1);
        }
        if (row[col] < 0) {
            rowCells++;
        }
        row[col] = id;
        rowWidth = Math.max(rowWidth, col + 1);
        rowFilled = true;
    }

    /** How far the reader is in the file, for progress reports. */
    public void position(long read, long total) {
        bytesRead = read;
        bytesTotal = total;
    }

    /**
     * Ends a row ({@code sheetRow} counts from 0, blank rows included). Answers the verdict, which
     * changes once, when enough rows have been seen.
     *
     * @throws ReadCancelled when the reader's progress says stop
     */
    public Verdict endRow(int sheetRow) {
        if (rowFilled) {
            switch (verdict) {
                case UNDECIDED -> hold(sheetRow);
                case RESPONDENTS -> {
                    if (!ended && (isSummary(row, rowWidth, firstCell) || !formulasInData && rowFormulas * 2 > rowCells)) {
                        ended = true;
                    }
                    if (ended) {
                        skip(sheetRow);
                    } else {
                        count(row, rowWidth, rowWeight, sheetRow);
                    }
                }
                case NOT_RESPONDENTS -> { }
            }
        }
        Arrays.fill(row, 0, rowWidth, -1);
        rowWidth = 0;
        rowCells = 0;
        rowFormulas = 0;
        firstCell = null;
        rowFilled = false;
        rowWeight = Double.NaN;
        if (++rowsSeen % PROGRESS_ROWS == 0) {
            ReadProgress progress = options.progress();
            progress.progress(rowsSeen, bytesRead, bytesTotal);
            if (progress.cancelled()) {
                throw new ReadCancelled();
            }
        }
        return verdict;
    }

    /** Ends the file: decides on what was seen, if the first rows were all there is. */
    public Verdict end() {
        if (verdict == Verdict.UNDECIDED) {
            decide();
        }
        return verdict;
    }

    private void hold(int sheetRow) {
        int[] cells = Arrays.copyOf(row, rowWidth);
        if (sample.isEmpty() && title == null) {
            int filled = (int) Arrays.stream(cells).filter(id -> id >= 0).count();
            if (filled == 1) {
                title = values.textOf(Arrays.stream(cells).filter(id -> id >= 0).findFirst().getAsInt());
                return; // a title above the header
            }
        }
        sample.add(cells);
        sampleRowNumbers.add(sheetRow);
        sampleFormulas.add(rowFormulas * 2 > rowCells);
        if (sample.size() >= SAMPLE_ROWS + 1 + HeaderRows.MAX_EXTRA) {
            decide();
        }
    }

    /**
     * A row that summarises the rows above instead of being a respondent: its first cell says so
     * ("Average", "Total", "I alt") and the rest are numbers or blank.
     */
    private boolean isSummary(int[] cells, int width, String watchedFirst) {
        int first = -1;
        if (watchedFirst == null) {
            for (int c = 0; c < width; c++) {
                if (cells[c] >= 0) {
                    first = c;
                    break;
                }
            }
        }
        String text = watchedFirst != null ? watchedFirst : first >= 0 ? values.textOf(cells[first]) : null;
        if (text == null || text.isEmpty() || text.length() > MAX_SUMMARY_CHARS || !(Character.isLetter(text.charAt(0)) || text.charAt(0) == '(')
                || !Double.isNaN(AnswerValues.parseNumber(text))
                || !ScaleRecogniser.standard().isSummaryRow(text)) {
            return false;
        }
        for (int c = first + 1; c < width; c++) {
            if (cells[c] >= 0 && Double.isNaN(AnswerValues.parseNumber(values.textOf(cells[c])))) {
                return false;
            }
        }
        return true;
    }

    private void skip(int sheetRow) {
        rowsSkipped++;
        if (firstSkipped == null) {
            firstSkipped = locator.at(sheetRow, 0);
        }
    }

    private void decide() {
        var top = new ArrayList<>(sample);
        var topRows = new ArrayList<>(sampleRowNumbers);
        sample.clear();
        sampleRowNumbers.clear();
        if (sampleFormulas.size() < top.size()) {
            sampleFormulas.addAll(java.util.Collections.nCopies(top.size() - sampleFormulas.size(), false));
        }
        if (top.isEmpty()) {
            header = List.of();
        } else {
            HeaderRows.Result read = HeaderRows.read(top, values);
            headerRows = read.headerRows();
            headerRow = topRows.get(read.questionRow());
            headings = read.headings();
            header = new ArrayList<>();
            for (HeaderRows.Heading h : headings) {
                header.add(h.full());
            }
            int formulaRows = 0;
            for (int i = headerRows; i < top.size(); i++) {
                formulaRows += sampleFormulas.get(i) ? 1 : 0;
            }
            formulasInData = formulaRows * 2 > top.size() - headerRows;
            for (int i = headerRows; i < top.size(); i++) {
                int[] cells = top.get(i);
                if (!ended && (isSummary(cells, cells.length, null) || !formulasInData && sampleFormulas.get(i))) {
                    ended = true;
                }
                if (ended) {
                    skip(topRows.get(i));
                } else {
                    sample.add(cells);
                    sampleRowNumbers.add(topRows.get(i));
                }
            }
        }
        int named = namedWeight();
        if (named == -2) {
            verdict = Verdict.NOT_RESPONDENTS;
            return;
        }
        var splitColumns = new ArrayList<Split>();
        for (String by : options.by()) {
            int column = named(by, "--by");
            if (column < 0) {
                verdict = Verdict.NOT_RESPONDENTS;
                return;
            }
            splitColumns.add(new Split(column, header.get(column) == null ? by : header.get(column).strip()));
        }
        splits = splitColumns.toArray(new Split[0]);
        decision = ColumnRoles.decide(header, sample, values, named);
        boolean forced = options.effectiveLayout() == Layout.RESPONDENTS;
        if (!decision.looksLikeRespondents() && !(forced && decision.questions() > 0)) {
            verdict = Verdict.NOT_RESPONDENTS;
            return;
        }
        verdict = Verdict.RESPONDENTS;
        roles = decision.roles().toArray(new ColumnRole[0]);
        blocks = Blocks.of(headings, roles, sample, values);
        columns = new AnswerColumn[roles.length];
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.QUESTION) {
                columns[c] = new AnswerColumn();
            }
        }
        weightColumn = options.weight() == null ? -1 : decision.weightColumn();
        watchFirst = (columns.length == 0 || columns[0] == null) && blocks.blockOf(0) < 0 && weightColumn != 0
                && !isSplit(0);
        if (options.weight() == null && decision.weightColumn() >= 0) {
            problems.add(Problem.warning(locator.at(headerRow, decision.weightColumn()), "the column '"
                    + header.get(decision.weightColumn()) + "' looks like a weight; the shares are unweighted"
                    + " (--weight '" + header.get(decision.weightColumn()) + "' weights them)"));
        }
        for (int i = 0; i < sample.size(); i++) {
            int[] held = sample.get(i);
            double weight = weightColumn >= 0 && weightColumn < held.length && held[weightColumn] >= 0
                    ? AnswerValues.parseNumber(values.textOf(held[weightColumn])) : Double.NaN;
            count(held, held.length, weight, sampleRowNumbers.get(i));
        }
        sample.clear();
        sampleRowNumbers.clear();
    }

    /** The column the user named with --weight: -1 for none, -2 (after an error) when no column has that name. */
    private int namedWeight() {
        if (options.weight() == null) {
            return -1;
        }
        int column = named(options.weight(), "--weight");
        return column < 0 ? -2 : column;
    }

    /** The column named by its header or its letter for an option; -1, after an error, when there is none. */
    private int named(String wanted, String option) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c) != null && header.get(c).strip().equalsIgnoreCase(wanted)) {
                return c;
            }
        }
        for (int c = 0; c < header.size(); c++) {
            if (locator.at(headerRow, c).replaceAll("^.*!", "").equalsIgnoreCase(wanted + (headerRow + 1))) {
                return c; // the column's letter in a workbook: --weight AZ
            }
        }
        if (wanted.matches("[A-Za-z]{1,3}") && !locator.at(0, 0).contains("!")) {
            int c = letterIndex(wanted);
            if (c < header.size()) {
                return c; // a text file's columns go by letters too
            }
        }
        var names = header.stream().filter(h -> h != null && !h.isBlank()).map(h -> "'" + shorten(h) + "'").toList();
        problems.add(Problem.error(option, "no column is called '" + wanted + "'; the columns are "
                + String.join(", ", names.subList(0, Math.min(12, names.size()))) + (names.size() > 12 ? ", …" : "")));
        return -1;
    }

    /** A column's letters as an index from 0: A is 0, Z 25, AA 26. */
    static int letterIndex(String letters) {
        int index = 0;
        for (char ch : letters.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            index = index * 26 + (ch - 'A' + 1);
        }
        return index - 1;
    }

    private void count(int[] cells, int cellCount, double rowWeight, int sheetRow) {
        double weight = 1;
        if (weightColumn >= 0) {
            weight = rowWeight;
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                unweighted++;
                if (firstUnweighted == null) {
                    firstUnweighted = locator.at(sheetRow, weightColumn);
                }
                return;
            }
        }
        respondents++;
        if (firstDataRow < 0) {
            firstDataRow = sheetRow;
        }
        lastDataRow = sheetRow;
        int width = Math.min(cellCount, columns.length);
        for (int c = 0; c < width; c++) {
            int id = cells[c];
            AnswerColumn column = columns[c];
            if (id >= 0 && column != null) {
                column.add(id, weight);
            }
        }
        blocks.count(cells, width, weight);
        for (Split split : splits) {
            int id = split.column < cellCount ? cells[split.column] : -1;
            Split.Part part = id < 0 ? null : split.partOf(id, this);
            if (part == null) {
                continue;
            }
            part.respondents++;
            for (int c = 0; c < width; c++) {
                int answer = cells[c];
                if (answer >= 0 && part.columns[c] != null) {
                    part.columns[c].add(answer, weight);
                }
            }
            part.blocks.count(cells, width, weight);
        }
    }

    /**
     * The respondents of one --by column, counted per group (per distinct value) as the rows pass; a
     * respondent with no value there is in no group. Memory: one set of counts per group.
     */
    static final class Split {
        /** Distinct values a column of groups may have; more and it is not one. */
        static final int MAX_GROUPS = 40;

        final int column;
        final String name;
        final List<String> labels = new ArrayList<>();
        final List<Part> parts = new ArrayList<>();
        private final java.util.Map<String, Integer> indexOfLabel = new java.util.HashMap<>();
        private int[] groupOfId = new int[0];
        boolean overflow;

        Split(int column, String name) {
            this.column = column;
            this.name = name;
        }

        /** The counts of one group. */
        static final class Part {
            final AnswerColumn[] columns;
            final Blocks blocks;
            long respondents;

            Part(AnswerColumn[] columns, Blocks blocks) {
                this.columns = columns;
                this.blocks = blocks;
            }
        }

        Part partOf(int id, RespondentRows rows) {
            if (id >= groupOfId.length) {
                int old = groupOfId.length;
                groupOfId = Arrays.copyOf(groupOfId, Math.max(id + 1, old * 2 + 16));
                Arrays.fill(groupOfId, old, groupOfId.length, -2);
            }
            int group = groupOfId[id];
            if (group == -2) {
                String label = rows.values.textOf(id).strip();
                Integer known = indexOfLabel.get(label);
                if (known == null && labels.size() >= MAX_GROUPS) {
                    overflow = true;
                    known = -1;
                } else if (known == null) {
                    known = labels.size();
                    labels.add(label);
                    indexOfLabel.put(label, known);
                    AnswerColumn[] counts = new AnswerColumn[rows.columns.length];
                    for (int c = 0; c < counts.length; c++) {
                        counts[c] = rows.columns[c] == null ? null : new AnswerColumn();
                    }
                    parts.add(new Part(counts, rows.blocks.emptyCopy()));
                }
                group = known;
                groupOfId[id] = group;
            }
            return group < 0 ? null : parts.get(group);
        }
    }

    List<Split> splits() {
        return List.of(splits);
    }

    /** These rows as if only one group's respondents (or, with {@code rest}, all the others) had been counted. */
    RespondentRows view(Split.Part part, boolean rest) {
        var view = new RespondentRows(values, options, locator);
        view.header = header;
        view.headings = headings;
        view.headerRow = headerRow;
        view.headerRows = headerRows;
        view.title = title;
        view.rowsSkipped = rowsSkipped;
        view.firstSkipped = firstSkipped;
        view.firstDataRow = firstDataRow;
        view.lastDataRow = lastDataRow;
        view.verdict = verdict;
        view.decision = decision;
        view.roles = roles;
        view.weightColumn = weightColumn;
        view.columns = new AnswerColumn[columns.length];
        for (int c = 0; c < columns.length; c++) {
            view.columns[c] = columns[c] == null ? null : rest ? columns[c].minus(part.columns[c]) : part.columns[c];
        }
        view.blocks = rest ? blocks.minus(part.blocks) : part.blocks;
        view.respondents = rest ? respondents - part.respondents : part.respondents;
        return view;
    }

    /** The problems met so far, and those of the end (rows without a usable weight). */
    public List<Problem> problems() {
        var all = new ArrayList<>(problems);
        if (unweighted > 0) {
            all.add(Problem.warning(firstUnweighted, String.format("%,d", unweighted).replace('\u00A0', ',')
                    + (unweighted == 1 ? " row has" : " rows have") + " no usable weight (a number of 0 or more)"
                    + " and " + (unweighted == 1 ? "is" : "are") + " left out"));
        }
        return all;
    }

    // --- what the builder reads ------------------------------------------------------------------

    AnswerValues values() {
        return values;
    }

    List<String> header() {
        return header;
    }

    List<HeaderRows.Heading> headings() {
        return headings;
    }

    Blocks blocks() {
        return blocks;
    }

    /** Rows under the data that were not counted: summary rows and what follows them. */
    long rowsSkipped() {
        return rowsSkipped;
    }

    String firstSkipped() {
        return firstSkipped;
    }

    /** The sheet rows (from 0) of the first header row and of the last counted row; -1 when none. */
    int firstRow() {
        return firstDataRow < 0 ? -1 : Math.max(0, firstDataRow - headerRows);
    }

    int lastDataRow() {
        return lastDataRow;
    }

    int headerRow() {
        return headerRow;
    }

    String title() {
        return title;
    }

    ColumnRole role(int col) {
        return col < roles.length ? roles[col] : ColumnRole.OTHER;
    }

    AnswerColumn column(int col) {
        return col < columns.length ? columns[col] : null;
    }

    int columnCount() {
        return roles.length;
    }

    boolean weighted() {
        return weightColumn >= 0;
    }

    long respondents() {
        return respondents;
    }

    Grid.Locator locator() {
        return locator;
    }

    ReadOptions options() {
        return options;
    }

    /**
     * Whether a sheet read whole (an .xls workbook's) looks like respondent rows: a header of questions, then
     * one row per respondent with answers that repeat.
     */
    public static boolean looksLikeRespondents(Grid grid) {
        var rows = new RespondentRows(new AnswerValues(List.of()), ReadOptions.DEFAULT, grid::locate);
        int last = -1;
        for (int r : grid.filledRows()) {
            for (var cell : grid.row(r)) {
                rows.text(cell.col(), cell.display());
            }
            if (rows.endRow(r) != Verdict.UNDECIDED) {
                break;
            }
            last = r;
        }
        return rows.end() == Verdict.RESPONDENTS && last >= 0;
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 40 ? flat : flat.substring(0, 39).stripTrailing() + "…";
    }
}

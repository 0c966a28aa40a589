package dk.taktstok.io.respondents;

import dk.taktstok.io.Layout;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadCancelled;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.table.Grid;
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
    private int headerRow = -1;
    private String title;
    private final List<int[]> sample = new ArrayList<>();
    private final List<Integer> sampleRowNumbers = new ArrayList<>();
    private Verdict verdict = Verdict.UNDECIDED;
    private ColumnRoles.Decision decision;
    private ColumnRole[] roles = new ColumnRole[0];
    private AnswerColumn[] columns = new AnswerColumn[0];
    private int weightColumn = -1;

    private int[] row = new int[16];
    private double rowWeight = Double.NaN;
    private boolean rowFilled;
    private int rowWidth;
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
        if (verdict == Verdict.UNDECIDED) {
            return true;
        }
        return col < roles.length && (roles[col] == ColumnRole.QUESTION || roles[col] == ColumnRole.WEIGHT);
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
        put(col, index);
    }

    /** A cell holding a number as written in the file ("3", "0.8731"). */
    public void number(int col, String written) {
        if (col == weightColumn && verdict == Verdict.RESPONDENTS) {
            rowWeight = AnswerValues.parseNumber(written);
            rowFilled = true;
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
        put(col, values.text(text));
    }

    private void put(int col, int id) {
        if (col >= row.length) {
            int old = row.length;
            row = Arrays.copyOf(row, Math.max(col + 1, old * 2));
            Arrays.fill(row, old, row.length, -1);
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
                case RESPONDENTS -> count(row, rowWidth, rowWeight, sheetRow);
                case NOT_RESPONDENTS -> { }
            }
        }
        Arrays.fill(row, 0, rowWidth, -1);
        rowWidth = 0;
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
        if (header == null) {
            int filled = (int) Arrays.stream(cells).filter(id -> id >= 0).count();
            if (filled == 1 && title == null && sample.isEmpty()) {
                title = values.textOf(Arrays.stream(cells).filter(id -> id >= 0).findFirst().getAsInt());
                return; // a title above the header
            }
            header = new ArrayList<>();
            for (int id : cells) {
                header.add(id < 0 ? null : values.textOf(id));
            }
            headerRow = sheetRow;
            return;
        }
        sample.add(cells);
        sampleRowNumbers.add(sheetRow);
        if (sample.size() >= SAMPLE_ROWS) {
            decide();
        }
    }

    private void decide() {
        if (header == null) {
            header = List.of();
        }
        int named = namedWeight();
        if (named == -2) {
            verdict = Verdict.NOT_RESPONDENTS;
            return;
        }
        decision = ColumnRoles.decide(header, sample, values, named);
        boolean forced = options.effectiveLayout() == Layout.RESPONDENTS;
        if (!decision.looksLikeRespondents() && !(forced && decision.questions() > 0)) {
            verdict = Verdict.NOT_RESPONDENTS;
            return;
        }
        verdict = Verdict.RESPONDENTS;
        roles = decision.roles().toArray(new ColumnRole[0]);
        columns = new AnswerColumn[roles.length];
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] == ColumnRole.QUESTION) {
                columns[c] = new AnswerColumn();
            }
        }
        weightColumn = options.weight() == null ? -1 : decision.weightColumn();
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
        String wanted = options.weight();
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
        var names = header.stream().filter(h -> h != null && !h.isBlank()).map(h -> "'" + shorten(h) + "'").toList();
        problems.add(Problem.error("--weight", "no column is called '" + wanted + "'; the columns are "
                + String.join(", ", names.subList(0, Math.min(12, names.size()))) + (names.size() > 12 ? ", …" : "")));
        return -2;
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
        int width = Math.min(cellCount, columns.length);
        for (int c = 0; c < width; c++) {
            int id = cells[c];
            AnswerColumn column = columns[c];
            if (id >= 0 && column != null) {
                column.add(id, weight);
            }
        }
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

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 40 ? flat : flat.substring(0, 39).stripTrailing() + "…";
    }
}

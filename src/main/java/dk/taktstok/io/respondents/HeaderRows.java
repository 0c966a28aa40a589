package dk.taktstok.io.respondents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header rows of respondent data as survey tools write them, read into one heading per column: the
 * question it belongs to, the label of its item or option, and the block of columns that make one
 * question. Tools write one row of question texts (Google Forms, LimeSurvey, SurveyGizmo); SurveyMonkey a
 * second row with "Response" or the option's label under a question written only over the first column of
 * its block; Qualtrics a row of codes, a row of texts and a row of import ids; SurveyMonkey's numeric
 * export a row of codes, a row of texts and a row of "question - option" labels. A file read and written
 * again by a script may carry placeholders ("Unnamed: 13") where the tool left a cell blank.
 */
final class HeaderRows {

    /** Header rows looked at, besides the first. */
    static final int MAX_EXTRA = 3;

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^unnamed:? ?\\d+(_level_\\d+)?$");
    private static final Pattern NUMBERED = Pattern.compile("^(.+?)_\\d{1,3}$");
    private static final Set<String> RESPONSE = Set.of("response", "open-ended response", "open ended response");

    /**
     * One column's heading.
     *
     * @param question the question the column belongs to (a block's question over all its columns)
     * @param label    the column's own label: the option or item under a block's question, else the question
     * @param block    the columns that form one question share it; -1 for a column on its own
     * @param stem     whether the block comes from a common stem of the column's own texts ("Q2_1", "How
     *                 often do you: …") rather than from a question written over the block
     */
    record Heading(String question, String label, int block, boolean stem) {
        /** The text that names the column in problems and as an item's full label. */
        String full() {
            if (question == null) {
                return label;
            }
            return label == null || label.equals(question) ? question : question + " " + label;
        }
    }

    /** How many of the top rows are header rows, and the column headings they give. */
    record Result(int headerRows, List<Heading> headings, int questionRow) {
    }

    private HeaderRows() {
    }

    /**
     * @param top    the first rows (after a title), answer ids by column, -1 where blank; the first is a header
     * @param values the texts of the ids
     */
    static Result read(List<int[]> top, AnswerValues values) {
        int width = top.stream().mapToInt(r -> r.length).max().orElse(0);
        int count = 1;
        for (int r = 1; r < Math.min(top.size(), 1 + MAX_EXTRA); r++) {
            if (!isHeaderRow(top, r, values)) {
                break;
            }
            count = r + 1;
        }
        var rows = new ArrayList<String[]>();
        for (int r = 0; r < count; r++) {
            rows.add(texts(top.get(r), width, values));
        }
        rows.removeIf(HeaderRows::isImportIds);
        if (rows.isEmpty()) {
            rows.add(new String[width]);
        }
        // the question row: the one with the most text; a last row of "Response" or option labels is the sub-row
        String[] sub = null;
        if (rows.size() > 1 && (hasResponse(rows.getLast()) || fillsGaps(rows.get(rows.size() - 2), rows.getLast()))) {
            sub = rows.removeLast();
        }
        int questionRow = 0;
        long most = -1;
        for (int r = 0; r < rows.size(); r++) {
            long chars = Arrays.stream(rows.get(r)).filter(t -> t != null).mapToLong(String::length).sum();
            if (chars > most) {
                most = chars;
                questionRow = r;
            }
        }
        String[] questions = rows.get(questionRow);
        return new Result(count, headings(questions, sub, width), questionRow);
    }

    private static List<Heading> headings(String[] questions, String[] sub, int width) {
        var headings = new ArrayList<Heading>();
        if (sub != null) {
            String question = null;
            int block = -1;
            for (int c = 0; c < width; c++) {
                String q = questions[c];
                String s = sub[c];
                if (q != null) {
                    question = q;
                    block = c;
                } else if (s == null) {
                    question = null;
                    block = -1;
                }
                if (question == null) {
                    headings.add(new Heading(null, s, -1, false));
                } else if (s == null || RESPONSE.contains(s.strip().toLowerCase(Locale.ROOT))) {
                    headings.add(new Heading(null, question, block, false));
                } else {
                    headings.add(new Heading(question, s, block, false));
                }
            }
            // a block of one column is a question on its own
            for (int c = 0; c < width; c++) {
                Heading h = headings.get(c);
                if (h.block() >= 0 && blockSize(headings, h.block()) == 1) {
                    headings.set(c, new Heading(null, h.full(), -1, false));
                }
            }
            stems(headings);
            return headings;
        }
        for (int c = 0; c < width; c++) {
            headings.add(new Heading(null, questions[c], -1, false));
        }
        stems(headings);
        return headings;
    }

    private static int blockSize(List<Heading> headings, int block) {
        return (int) headings.stream().filter(h -> h.block() == block).count();
    }

    /**
     * Adjacent columns on their own whose texts start alike ("Q2_1", "Q2_2"; "How often do you: …") form a
     * block. Where a clause names the item ("… : Pray in public", "… - Selected Choice") that is its label;
     * a code's ("Q2_1", "likert2[affSat1]") label stays whole, since the rest names nothing alone.
     */
    private static void stems(List<Heading> headings) {
        int c = 0;
        while (c < headings.size()) {
            String stem = headings.get(c).block() < 0 ? stem(headings.get(c).label()) : null;
            int end = c + 1;
            while (stem != null && end < headings.size() && headings.get(end).block() < 0
                    && stem.equals(stem(headings.get(end).label()))) {
                end++;
            }
            if (stem != null && end - c >= 2) {
                for (int k = c; k < end; k++) {
                    String text = headings.get(k).label().strip();
                    String rest = text.substring(stem.length()).strip();
                    boolean clause = rest.startsWith(":") || rest.startsWith("-") || rest.startsWith("–");
                    String label = clause ? rest.substring(1).strip() : text;
                    headings.set(k, new Heading(stem, label.isEmpty() ? text : label, c, true));
                }
            }
            c = end;
        }
    }

    /** The part of a column's text that names its question: before "_N", "[", ":" or " - ". */
    static String stem(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Matcher numbered = NUMBERED.matcher(t);
        if (numbered.matches()) {
            return numbered.group(1).strip();
        }
        int cut = -1;
        for (String mark : List.of("[", ":", " - ", " – ")) {
            int at = t.indexOf(mark);
            if (at >= 1 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        return cut < 1 ? null : t.substring(0, cut).strip();
    }

    /**
     * A row under the first is a header row when it carries SurveyMonkey's "Response", Qualtrics' import
     * ids, or labels none of which comes back as an answer in its column below (data rows repeat answers).
     */
    private static boolean isHeaderRow(List<int[]> top, int r, AnswerValues values) {
        int[] row = top.get(r);
        int filled = 0;
        int recurring = 0;
        int numbers = 0;
        boolean response = false;
        boolean importIds = true;
        for (int c = 0; c < row.length; c++) {
            if (row[c] < 0) {
                continue;
            }
            filled++;
            String text = values.textOf(row[c]);
            numbers += Double.isNaN(AnswerValues.parseNumber(text)) ? 0 : 1;
            response |= RESPONSE.contains(text.strip().toLowerCase(Locale.ROOT));
            importIds &= text.startsWith("{\"ImportId\"");
            for (int below = r + 1; below < top.size(); below++) {
                int[] other = top.get(below);
                if (c < other.length && other[c] == row[c]) {
                    recurring++;
                    break;
                }
            }
        }
        if (filled == 0) {
            return false;
        }
        if (labelsEveryGap(top.get(r - 1), row, values)) {
            return true;
        }
        return response || importIds || filled >= 2 && recurring == 0 && numbers * 2 <= filled && top.size() - r > 5;
    }

    /**
     * Whether a row names every column its upper row leaves blank after that row's first question, each
     * with a text of its own: the labels of the options under questions written over their first column.
     * A respondent's row leaves some of them blank.
     */
    private static boolean labelsEveryGap(int[] upper, int[] row, AnswerValues values) {
        int first = 0;
        while (first < upper.length && upper[first] < 0) {
            first++;
        }
        int gaps = 0;
        int named = 0;
        var texts = new java.util.HashSet<Integer>();
        for (int c = first + 1; c < Math.max(upper.length, row.length); c++) {
            boolean blankAbove = c >= upper.length || upper[c] < 0
                    || PLACEHOLDER.matcher(values.textOf(upper[c]).strip()).matches();
            if (!blankAbove) {
                continue;
            }
            gaps++;
            if (c < row.length && row[c] >= 0 && Double.isNaN(AnswerValues.parseNumber(values.textOf(row[c])))
                    && texts.add(row[c])) {
                named++;
            }
        }
        // one gap is enough where the row is blank under the upper row's first heading (a respondent's id)
        boolean noId = first >= row.length || row[first] < 0;
        return named == gaps && (gaps >= 2 || gaps == 1 && noId);
    }

    private static boolean isImportIds(String[] row) {
        boolean any = false;
        for (String t : row) {
            if (t != null) {
                if (!t.startsWith("{\"ImportId\"")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean hasResponse(String[] row) {
        return Arrays.stream(row).anyMatch(t -> t != null && RESPONSE.contains(t.strip().toLowerCase(Locale.ROOT)));
    }

    /** Whether the lower row fills cells the upper leaves blank: labels of the options under a block's question. */
    private static boolean fillsGaps(String[] upper, String[] lower) {
        int gaps = 0;
        for (int c = 0; c < upper.length; c++) {
            if (upper[c] == null && lower[c] != null) {
                gaps++;
            }
        }
        return gaps >= 1;
    }

    private static String[] texts(int[] row, int width, AnswerValues values) {
        String[] texts = new String[width];
        for (int c = 0; c < row.length; c++) {
            if (row[c] >= 0) {
                String t = values.textOf(row[c]).strip();
                texts[c] = t.isEmpty() || PLACEHOLDER.matcher(t).matches() ? null : t;
            }
        }
        return texts;
    }
}

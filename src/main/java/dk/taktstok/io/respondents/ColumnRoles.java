package dk.taktstok.io.respondents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the columns of respondent rows apart from the header and the first rows, the way a person
 * glancing at the sheet would: a question's column repeats a few short answers; an id column has a
 * new value in every row; a weight column is named so and holds positive numbers.
 */
final class ColumnRoles {

    /** A sheet of respondent rows has at least this many of them; a report's table has fewer rows. */
    static final int MIN_ROWS = 30;
    /** Longer cells are not answers from a list. */
    static final int MAX_ANSWER_CHARS = 80;
    /** A question's answers repeat: at most one distinct answer per this many filled cells of the sample. */
    static final int REPEATS = 3;
    /** Headings of an id or weight column are short; a longer one is a question's text. */
    static final int MAX_NAME_CHARS = 24;
    /** Distinct answers in the sample that still make a question. */
    static final int MAX_DISTINCT = 30;

    private static final Pattern WEIGHT = Pattern.compile(
            "(?iu)^(weight|weights|wgt|wt|vaegt|vaegte|vaegtning|vaegtet|vaegtfaktor|weighting|weight factor|design weight|final weight)([ _-].*)?$");
    private static final Pattern ID = Pattern.compile(
            "(?iu)^(id|respondent|respondent id|respondentid|resp|respid|resp id|response id|responseid|lbnr|loebenr|loebenummer|"
                    + "nr|no|serial|serial no|case|caseid|case id|record|record id|interview|interview id|svar id|besvarelse)([ _-].*)?$");

    /**
     * @param roles     one per column
     * @param rows      data rows in the sample
     * @param questions how many columns are questions
     */
    record Decision(List<ColumnRole> roles, int rows, int questions, int weightColumn, boolean looksLikeRespondents) {
    }

    private ColumnRoles() {
    }

    /**
     * @param header       the header row's texts by column; null where a column has no header
     * @param sample       the first data rows, answer ids by column, -1 where blank
     * @param values       the texts of the ids
     * @param weightColumn the column the user named as weight, or -1
     */
    static Decision decide(List<String> header, List<int[]> sample, AnswerValues values, int weightColumn) {
        int columns = header.size();
        var roles = new ArrayList<ColumnRole>();
        int questions = 0;
        int counted = 0;
        int weight = -1;
        int textQuestions = 0;
        boolean itemLabels = false;
        for (int c = 0; c < columns; c++) {
            ColumnRole role = role(c, header.get(c), sample, values, weightColumn);
            if (role == ColumnRole.WEIGHT) {
                if (weight < 0 && (weightColumn < 0 || c == weightColumn)) {
                    weight = c;
                } else {
                    role = ColumnRole.OTHER;
                }
            }
            roles.add(role);
            if (role == ColumnRole.QUESTION) {
                questions++;
                textQuestions += mostlyNumbers(c, sample, values) ? 0 : 1;
            }
            itemLabels |= role == ColumnRole.ID && wordsEach(c, sample, values);
            if (role == ColumnRole.OTHER && mostlyNumbers(c, sample, values)) {
                counted++;
            }
        }
        // a report's table is numbers by item; respondent rows are answers, with free text and dates beside them
        // and a column of names, one a row, beside nothing but numbers is a table's items with their counts
        boolean respondents = sample.size() >= MIN_ROWS && questions > 0 && questions * 2 >= counted
                && !(itemLabels && textQuestions == 0);
        return new Decision(roles, sample.size(), questions, weight, respondents);
    }

    private static ColumnRole role(int c, String heading, List<int[]> sample, AnswerValues values, int weightColumn) {
        if (heading == null || heading.isBlank()) {
            return ColumnRole.OTHER;
        }
        String key = key(heading);
        Set<Integer> distinct = new HashSet<>();
        int filled = 0;
        int numbers = 0;
        int positive = 0;
        boolean shortTexts = true;
        for (int[] row : sample) {
            int id = c < row.length ? row[c] : -1;
            if (id < 0) {
                continue;
            }
            filled++;
            distinct.add(id);
            String text = values.textOf(id);
            double number = AnswerValues.parseNumber(text);
            if (!Double.isNaN(number)) {
                numbers++;
                positive += number > 0 ? 1 : 0;
            }
            shortTexts &= text.length() <= MAX_ANSWER_CHARS;
        }
        boolean allNumbers = filled > 0 && numbers == filled;
        boolean name = key.length() <= MAX_NAME_CHARS;
        if (c == weightColumn || name && WEIGHT.matcher(key).matches() && allNumbers && positive == filled) {
            return ColumnRole.WEIGHT;
        }
        if (name && ID.matcher(key).matches() || filled >= MIN_ROWS / 2 && distinct.size() == filled) {
            return ColumnRole.ID;
        }
        boolean repeats = filled >= REPEATS && distinct.size() <= MAX_DISTINCT && distinct.size() * REPEATS <= filled;
        // a few rows (a test form, a small class) show too little to repeat: short answers, some given twice, do
        boolean few = sample.size() < MIN_ROWS && filled >= 2 && !allNumbers && shortTexts
                && (distinct.size() < filled || onScale(distinct, values));
        if ((repeats || few) && shortTexts) {
            return ColumnRole.QUESTION;
        }
        return filled >= REPEATS && joinedOptionsRepeat(distinct, filled, values) ? ColumnRole.QUESTION : ColumnRole.OTHER;
    }

    /** Whether the answers stand on a scale the recogniser knows ("Meget bra", "Bra", "Grei"). */
    private static boolean onScale(Set<Integer> distinct, AnswerValues values) {
        var texts = new ArrayList<String>();
        distinct.forEach(id -> texts.add(values.textOf(id)));
        var kind = dk.taktstok.scales.ScaleRecogniser.standard().recognise(texts).kind();
        return kind == dk.taktstok.model.ScaleKind.ORDINAL || kind == dk.taktstok.model.ScaleKind.BINARY;
    }

    /** Whether cells join options chosen ("a, b, c") that repeat, though the cells as wholes do not. */
    private static boolean joinedOptionsRepeat(Set<Integer> distinct, int filled, AnswerValues values) {
        var texts = new java.util.LinkedHashSet<String>();
        distinct.forEach(id -> texts.add(values.textOf(id)));
        var split = JoinedAnswers.split(texts);
        if (split.isEmpty()) {
            return false;
        }
        var options = new HashSet<String>();
        split.get().values().forEach(options::addAll);
        return options.size() <= MAX_DISTINCT && options.size() * REPEATS <= filled;
    }

    /** Whether every cell of a column is words ("Dallas Cowboys"), not a number or a code. */
    private static boolean wordsEach(int c, List<int[]> sample, AnswerValues values) {
        int filled = 0;
        for (int[] row : sample) {
            if (c < row.length && row[c] >= 0) {
                String text = values.textOf(row[c]).strip();
                if (!text.matches(".*\\p{L}+\\s+\\p{L}+.*") || !Double.isNaN(AnswerValues.parseNumber(text))) {
                    return false;
                }
                filled++;
            }
        }
        return filled > 0;
    }

    private static boolean mostlyNumbers(int c, List<int[]> sample, AnswerValues values) {
        int filled = 0;
        int numbers = 0;
        for (int[] row : sample) {
            if (c < row.length && row[c] >= 0) {
                filled++;
                String text = values.textOf(row[c]).strip();
                numbers += Double.isNaN(AnswerValues.parseNumber(text.endsWith("%") ? text.substring(0, text.length() - 1)
                        : text)) ? 0 : 1;
            }
        }
        return filled > 0 && numbers * 2 > filled;
    }

    /** Lower case, Danish letters spelt out, punctuation as spaces: "Vægt (final)" → "vaegt final". */
    static String key(String heading) {
        String t = heading.strip().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^a-z0-9]+", " ").strip();
    }
}

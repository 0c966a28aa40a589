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
            }
            if (role != ColumnRole.ID && role != ColumnRole.WEIGHT && filled(c, sample) > 0) {
                counted++;
            }
        }
        boolean respondents = sample.size() >= MIN_ROWS && questions > 0 && questions * 2 >= counted;
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
        return repeats && shortTexts ? ColumnRole.QUESTION : ColumnRole.OTHER;
    }

    private static int filled(int c, List<int[]> sample) {
        int filled = 0;
        for (int[] row : sample) {
            filled += c < row.length && row[c] >= 0 ? 1 : 0;
        }
        return filled;
    }

    /** Lower case, Danish letters spelt out, punctuation as spaces: "Vægt (final)" → "vaegt final". */
    static String key(String heading) {
        String t = heading.strip().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^a-z0-9]+", " ").strip();
    }
}

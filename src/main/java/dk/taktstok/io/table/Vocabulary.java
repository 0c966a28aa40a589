package dk.taktstok.io.table;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words by which a person tells the parts of a table apart: totals, counts, notes, units and
 * stand-ins for a missing number. Danish and English.
 */
final class Vocabulary {

    /** Column headings of a total: not answer categories; in a table of counts, each row's number. */
    private static final Set<String> TOTAL_COLUMNS = Set.of(
            "i alt", "ialt", "total", "totalt", "sum", "in total", "samlet", "procent i alt", "total procent",
            "svar i alt", "grand total", "all", "alle", "gesamt", "insgesamt", "totalt antal");

    /** Column headings of a count of respondents: not answer categories; the number of respondents of each row. */
    private static final Set<String> COUNT_COLUMNS = Set.of(
            "n", "antal", "antal svar", "antal besvarelser", "antal respondenter", "antal personer",
            "base", "basis", "respondents", "respondenter", "number of respondents", "count", "obs",
            "observationer", "observations", "besvarelser", "unweighted base", "weighted base", "unweighted n",
            "weighted n", "tot respondents", "total respondents", "no of respondents", "total n", "total count",
            "total_count", "sample size", "anzahl", "antall", "frequency", "freq", "number of responses", "responses");

    /** Row labels of a total or an average: they are not items. */
    private static final Set<String> TOTAL_ROWS = Set.of(
            "i alt", "ialt", "total", "totalt", "sum", "in total", "samlet", "alle", "all", "overall",
            "gennemsnit", "gns", "average", "mean", "landsgennemsnit", "total procent", "procent i alt",
            "grand total", "total respondents", "all respondents", "gesamt", "insgesamt");

    /** Row labels of a base: the number of respondents of each column, not an answer. */
    private static final Set<String> BASE_ROWS = Set.of(
            "unweighted n", "unweighted base", "weighted n", "weighted base", "base", "n", "total", "sample size",
            "respondents", "total respondents", "antal", "antal svar", "antal besvarelser", "basis", "unweighted total",
            "weighted total", "unweighted count", "base all respondents", "base all", "anzahl", "antall");

    /** Headings of a column of percentages rather than of an answer category. */
    private static final Pattern PERCENT_HEADING = Pattern.compile(
            "(?iu)^(%|percent|percentage|pct\\.?|procent|prozent|andel|share|proportion|valid percent|valid %"
                    + "|column %|row %|col %|percent of (cases|responses|respondents))(\\s.*)?$|.*\\S\\s*%$");

    /** Headings of a column of something measured about each row (a count, a change), not an answer category. */
    private static final Pattern MEASURE_HEADING = Pattern.compile(
            "(?iu)^(difference|change|diff|cumulative percent|cumulative %|cum\\.? ?%|forskel|ændring|differenz"
                    + "|veränderung)(\\s.*)?$");

    /** Stand-ins for a number that a table writes where it has none. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "n/a", "na", "n.a.", "n.a", "nan", "null", "x", "(x)", "-", "--", "–", "—", "..", "...", "…", "*", "?",
            "#n/a", "ikke oplyst", "ej oplyst", "ikke spurgt", "not asked");

    /** Marks that a row under the header gives units ("%", "pct.") rather than data. */
    private static final Set<String> UNITS = Set.of(
            "%", "(%)", "pct", "pct.", "procent", "percent", "pct. af alle", "andel", "share", "n", "(n)", "antal");

    private static final Pattern NOTE_START = Pattern.compile(
            "(?iu)^(kilde|kilder|source|sources|note|noter|notes|anm\\.?|anmærkning|anmærkninger|fodnote|footnote"
                    + "|obs|base|basis|n\\s*=|\\*|\\(\\*|†|¹|²|³|[0-9]\\)).*");
    private static final Pattern TITLE_START = Pattern.compile("(?iu)^(tabel|table|figur|figure|fig\\.|bilag)\\s*[0-9].*");
    /** The number of respondents of a section, beside its name: "(n = 480)", "n=1.024", "(N: 98)". */
    private static final Pattern COUNT = Pattern.compile("(?iu)^\\(?\\s*n\\s*[=:]?\\s*[0-9][0-9 .,]*\\)?$");
    private static final Pattern SOURCE_START = Pattern.compile("(?iu)^(kilde|kilder|source|sources)\\s*:\\s*(.+)$");

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}/]+");

    /** Longer texts are none of these words; the bound keeps huge cells cheap. */
    private static final int SHORT = 60;

    private Vocabulary() {
    }

    static boolean isTotalOrCountColumn(String heading) {
        return isTotalColumn(heading) || isCountColumn(heading);
    }

    /** "Total", "I alt", "Sum". */
    static boolean isTotalColumn(String heading) {
        return isIn(TOTAL_COLUMNS, heading);
    }

    /** "n", "Antal", "Base", "Count", "Tot. Respondents". */
    static boolean isCountColumn(String heading) {
        return isIn(COUNT_COLUMNS, heading);
    }

    /** "%", "Percent", "Percentage in 2018", "Andel", "GOP%": a column of percentages. */
    static boolean isPercentColumn(String heading) {
        return heading.length() <= SHORT && PERCENT_HEADING.matcher(Texts.clean(heading)).matches();
    }

    /**
     * Whether a column heading names a measure of each row (a count, a percentage, a change) rather than an
     * answer category: a table whose every column is such a measure has its categories in the rows.
     */
    static boolean isMeasureColumn(String heading) {
        return isCountColumn(heading) || isTotalColumn(heading) || isPercentColumn(heading)
                || (heading.length() <= SHORT && MEASURE_HEADING.matcher(Texts.clean(heading)).matches());
    }

    /** A row label of a base: "Unweighted N", "Base", "Total", "n". */
    static boolean isBaseRow(String label) {
        return isIn(BASE_ROWS, label);
    }

    private static boolean isIn(Set<String> words, String text) {
        if (text.length() > SHORT) {
            return false;
        }
        return words.contains(key(text)) || words.contains(key(strip(text)));
    }

    static boolean isTotalRow(String label) {
        return isIn(TOTAL_ROWS, label);
    }

    static boolean isPlaceholder(String text) {
        if (text.length() > SHORT) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(t)) {
            return true;
        }
        if (t.startsWith("#") && (t.endsWith("!") || t.endsWith("?") || t.endsWith("/a"))) {
            return true; // a spreadsheet error written as text: #DIV/0!, #VALUE!, #NAME?
        }
        return t.length() <= 3 && t.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static boolean isUnit(String text) {
        return text.length() <= SHORT && UNITS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** A section's number of respondents written beside its name, such as "(n = 480)". */
    static boolean isCount(String text) {
        return text.length() <= SHORT && COUNT.matcher(text.strip()).matches();
    }

    /** Whether a line under a table reads as a note: "Kilde: …", "Note: …", "* …". */
    static boolean isNote(String line) {
        return NOTE_START.matcher(line.strip()).matches();
    }

    /** Whether a text reads as a table's title or a lead-in: "Tabel 2", "Figur 3.1", "Borgere:". */
    static boolean isTitleOrLeadIn(String text) {
        String t = text.strip();
        return t.endsWith(":") || (t.length() <= SHORT && TITLE_START.matcher(t).matches());
    }

    /** The source named by a "Kilde: …" or "Source: …" line, or null. */
    static String sourceOf(String line) {
        var m = SOURCE_START.matcher(line.strip());
        return m.matches() ? m.group(2).strip() : null;
    }

    /** Lower case, letters and digits only, single spaces: "Total %" → "total", "(n)" → "n". */
    static String key(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(t).replaceAll(" ").strip();
    }

    private static String strip(String text) {
        return PARENTHESES.matcher(text).replaceAll(" ");
    }
}

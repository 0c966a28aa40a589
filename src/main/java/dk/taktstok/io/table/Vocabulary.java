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

    /** Column headings of a total or a count: they are not answer categories. */
    private static final Set<String> TOTAL_OR_COUNT_COLUMNS = Set.of(
            "i alt", "ialt", "total", "totalt", "sum", "in total", "samlet", "procent i alt", "total procent",
            "n", "antal", "antal svar", "antal besvarelser", "antal respondenter", "antal personer",
            "base", "basis", "respondents", "respondenter", "number of respondents", "count", "obs",
            "observationer", "observations", "besvarelser", "svar i alt", "unweighted base", "weighted base");

    /** Row labels of a total or an average: they are not items. */
    private static final Set<String> TOTAL_ROWS = Set.of(
            "i alt", "ialt", "total", "totalt", "sum", "in total", "samlet", "alle", "all", "overall",
            "gennemsnit", "gns", "average", "mean", "landsgennemsnit", "total procent", "procent i alt");

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
        if (heading.length() > SHORT) {
            return false;
        }
        String key = key(heading);
        return TOTAL_OR_COUNT_COLUMNS.contains(key) || TOTAL_OR_COUNT_COLUMNS.contains(key(strip(heading)));
    }

    static boolean isTotalRow(String label) {
        if (label.length() > SHORT) {
            return false;
        }
        String key = key(label);
        return TOTAL_ROWS.contains(key) || TOTAL_ROWS.contains(key(strip(label)));
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

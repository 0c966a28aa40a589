package dk.taktstok.scales;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer as the recogniser compares it: lower case, straight apostrophes, no invisible marks, single
 * spaces; split into words where it matters. "Somewhat  Unlikely." and "somewhat unlikely" are the same
 * answer; so are "\uFEFF0 - Not at all satisfied" and "0 - not at all satisfied".
 */
public final class AnswerWords {

    /** A leading scale point: "1 -", "(1)", "5 =", "3.", "10 (All my time)". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[(\\[]?(-?\\d{1,3})[)\\]]?(?:\\s*[=.:)\\-–—]\\s*|\\s+|$)(.*)$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");
    private static final Pattern SHORT_WITH_SLASH = Pattern.compile("#?\\p{L}/\\p{L}\\.?");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'#/]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^'+|'+$");

    private AnswerWords() {
    }

    /** The answer as compared: "Don’t Know " → "don't know". */
    public static String key(String answer) {
        String t = Normalizer.normalize(answer, Normalizer.Form.NFC)
                .replace("\uFEFF", "").replace("\u200B", "").replace('\u00A0', ' ')
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('´', '\'')
                .replace('“', '"').replace('”', '"')
                .toLowerCase(Locale.ROOT);
        t = SPACES.matcher(t).replaceAll(" ").strip();
        while (!t.isEmpty() && ".!;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** The words of an answer, without what stands in parentheses: "Neither (neutral)" → [neither]. */
    public static List<String> words(String answer) {
        return split(PARENTHESES.matcher(key(answer)).replaceAll(" "));
    }

    /** The words of an answer, parentheses included. */
    public static List<String> allWords(String answer) {
        return split(key(answer));
    }

    /** What stands in parentheses in an answer, as words: "Unfamiliar (N/A)" → [[n/a]]. */
    public static List<List<String>> parenthesised(String answer) {
        var parts = new ArrayList<List<String>>();
        Matcher m = PARENTHESES.matcher(key(answer));
        while (m.find()) {
            String inner = m.group();
            parts.add(split(inner.substring(1, inner.length() - 1)));
        }
        return parts;
    }

    static List<String> split(String text) {
        var words = new ArrayList<String>();
        for (String w : NOT_WORD.split(text)) {
            // "n/a" is one word; "know/prefer" and "teils/teils" are two
            String[] parts = SHORT_WITH_SLASH.matcher(w).matches() ? new String[] {w} : w.split("/");
            for (String part : parts) {
                String t = QUOTES_AROUND.matcher(part).replaceAll("");
                if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(t);
                }
            }
        }
        return words;
    }

    /** The scale point an answer is or starts with ("7", "10 - Completely satisfied"), or null. */
    public static LeadingNumber leadingNumber(String answer) {
        Matcher m = LEADING_NUMBER.matcher(key(answer));
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(2).strip();
        if (!rest.isEmpty() && !Character.isLetter(rest.codePointAt(0)) && rest.charAt(0) != '(') {
            return null; // "2-5", "1.5": a range or a decimal, not a scale point with words
        }
        return new LeadingNumber(Integer.parseInt(m.group(1)), rest);
    }

    /**
     * A scale point and the words after it.
     *
     * @param rest the words after the number, without brackets ("completely satisfied"); empty for a bare number
     */
    public record LeadingNumber(int value, String rest) {
    }

    /** Whether {@code words} starts with {@code phrase}. */
    static boolean startsWith(List<String> words, List<String> phrase) {
        return !phrase.isEmpty() && words.size() >= phrase.size() && words.subList(0, phrase.size()).equals(phrase);
    }

    /** Where {@code phrase} stands in {@code words}, or -1. */
    static int indexOf(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

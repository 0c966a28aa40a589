package dk.taktstok.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numbers written as text the way Danish and English tables write them: "26,7", "26.7",
 * "26,7 %", "26.7%", "−3,5" (unicode minus), "1.234,5", "26,7 pct.". A percent sign does not
 * scale the value: "26,7 %" is 26.7, the number as written. Shared by the table finder, which reads
 * cells, and the desktop's grid, which reads what the user types; so it knows the JDK only.
 */
public final class NumberText {

    /** A number read from text, and whether the text carried a percent sign or word. */
    public record Reading(double value, boolean percentSign) {
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2009\\u200A]+");
    private static final Pattern PERCENT_SUFFIX = Pattern.compile("(?i)(%|pct\\.?|procent|percent)$");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)*([.,]\\d*)?|[.,]\\d+)");

    /** Longer texts are not numbers; the bound keeps huge cells cheap. */
    private static final int MAX_LENGTH = 64;

    private NumberText() {
    }

    /** The number a text stands for, or null when it is not a number. */
    public static Reading read(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return null;
        }
        // the common cells, without the patterns: a label, or digits with at most one point
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start < text.length() && Character.isLetter(text.charAt(start))) {
            return null;
        }
        if (isPlainNumber(text)) {
            return new Reading(Double.parseDouble(text), false);
        }
        String t = SPACES.matcher(text).replaceAll("");
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        boolean percent = false;
        var suffix = PERCENT_SUFFIX.matcher(t);
        if (suffix.find()) {
            percent = true;
            t = t.substring(0, suffix.start());
        }
        t = t.replace('\u2212', '-').replace('\u2013', '-').replace('\uFE63', '-').replace('\uFF0D', '-');
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            return new Reading(Double.parseDouble(normalise(t)), percent);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The number of a text, or NaN when it is not one. */
    public static double valueOf(String text) {
        Reading reading = read(text);
        return reading == null ? Double.NaN : reading.value();
    }

    public static boolean isNumber(String text) {
        return read(text) != null;
    }

    /** "26", "26.7": read as they are. */
    private static boolean isPlainNumber(String text) {
        int digits = 0;
        int points = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && i > 0 && i < text.length() - 1 && points == 0) {
                points++;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 30;
    }

    /** Makes "1.234,5", "1,234.5", "26,7" and "26.7" into Java's form. */
    private static String normalise(String t) {
        int lastComma = t.lastIndexOf(',');
        int lastPoint = t.lastIndexOf('.');
        if (lastComma >= 0 && lastPoint >= 0) {
            char decimal = lastComma > lastPoint ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            return t.replace(String.valueOf(grouping), "").replace(decimal, '.');
        }
        char separator = lastComma >= 0 ? ',' : '.';
        int count = (int) t.chars().filter(ch -> ch == separator).count();
        if (count > 1) {
            // 1.234.567 or 1,234,567: grouping only
            return t.replace(String.valueOf(separator), "");
        }
        return t.replace(',', '.').toLowerCase(Locale.ROOT);
    }
}

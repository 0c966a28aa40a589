package dk.taktstok.analysis;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers written the way the study's language writes them: Danish {@code 26,7 %}, English
 * {@code 26.7%}. NaN is written as an en dash, the usual mark for "no value" in a table.
 */
public final class Numbers {

    /** Written for a value that is not known. */
    public static final String MISSING = "–";

    private final String language;
    private final Locale locale;

    private Numbers(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
    }

    public static Numbers of(String language) {
        return new Numbers(language);
    }

    public String language() {
        return language;
    }

    /** A number with a fixed count of decimals and no grouping: "73,1". */
    public String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        var format = new DecimalFormat(pattern(decimals), DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(false);
        // 57.25 is written 57.3, as a reader rounding by hand would
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String text = format.format(value);
        // "-0,0" reads as an error in a table
        return isNegativeZero(text) ? text.substring(1) : text;
    }

    /** A percentage: "26,7 %" in Danish (with a no-break space), "26.7%" in English. */
    public String percent(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return decimal(value, decimals) + (usesSpaceBeforePercent() ? "\u00A0%" : "%");
    }

    /** A difference in points, always signed: "+9,4", "-0,7". */
    public String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        String text = decimal(value, decimals);
        return text.startsWith("-") || isZero(text) ? text : "+" + text;
    }

    private boolean usesSpaceBeforePercent() {
        // Danish, German, French, Swedish and Norwegian style guides put a space before %
        return switch (locale.getLanguage()) {
            case "da", "de", "fr", "sv", "nb", "nn", "no", "fi" -> true;
            default -> false;
        };
    }

    private static String pattern(int decimals) {
        return decimals <= 0 ? "0" : "0." + "0".repeat(decimals);
    }

    private static boolean isNegativeZero(String text) {
        return text.startsWith("-") && isZero(text.substring(1));
    }

    private static boolean isZero(String text) {
        return text.chars().allMatch(ch -> ch == '0' || ch == '.' || ch == ',');
    }
}

package dk.taktstok.claims;

import dk.taktstok.analysis.Numbers;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of claim check's reasons and formulas, in Danish or English, and its numbers. */
final class ClaimTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Numbers numbers;

    private ClaimTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dk.taktstok.claims.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = Numbers.of(locale.getLanguage());
    }

    static ClaimTexts of(String language) {
        return new ClaimTexts(Locale.forLanguageTag("da".equals(language) ? "da" : "en"));
    }

    String language() {
        return locale.getLanguage();
    }

    private final java.util.Map<String, MessageFormat> formats = new java.util.HashMap<>();

    String get(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(arguments);
    }

    /** Values already written: a draft's figures are the study's few numbers, over and over. */
    private final java.util.Map<Double, String> written = new java.util.HashMap<>();

    /** A figure's value as the tables show it: one decimal. */
    String value(double value) {
        return written.computeIfAbsent(value, v -> numbers.decimal(v, 1));
    }

    /** A number with as many decimals as it needs, up to {@code most}: "75", "73,1", "2,17". */
    String plain(double value, int most) {
        for (int d = 0; d < most; d++) {
            if (Math.abs(value * Math.pow(10, d) - Math.rint(value * Math.pow(10, d))) < 1e-9) {
                return numbers.decimal(value, d);
            }
        }
        return numbers.decimal(value, most);
    }
}

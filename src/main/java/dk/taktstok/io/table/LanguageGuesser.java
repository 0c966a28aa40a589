package dk.taktstok.io.table;

import java.util.Collection;
import java.util.regex.Pattern;

/** Guesses a study's language from its texts: Danish or English. */
public final class LanguageGuesser {

    private static final Pattern DANISH = Pattern.compile(
            "(?iu)[æøå]|(?<!\\p{L})(ved ikke|kilde|i alt|procent|og)(?!\\p{L})");

    private static final int MAX_TEXTS = 10_000;

    private LanguageGuesser() {
    }

    /** "da" when the texts have æ, ø, å or common Danish words (ved ikke, kilde, i alt, procent, og); else "en". */
    public static String guess(Collection<String> texts) {
        // the first texts tell; a table of a million cells need not be searched through
        for (String text : texts.stream().limit(MAX_TEXTS).toList()) {
            if (text != null && DANISH.matcher(text).find()) {
                return "da";
            }
        }
        return "en";
    }
}

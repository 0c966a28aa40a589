package dk.taktstok.io.table;

import java.util.Collection;
import java.util.regex.Pattern;

/** Guesses a study's language from its texts: Danish or English. */
public final class LanguageGuesser {

    private static final Pattern DANISH = Pattern.compile(
            "(?iu)[æøå]|(?<!\\p{L})(ved ikke|kilde|i alt|procent|og)(?!\\p{L})");

    private LanguageGuesser() {
    }

    /** "da" when the texts have æ, ø, å or common Danish words (ved ikke, kilde, i alt, procent, og); else "en". */
    public static String guess(Collection<String> texts) {
        for (String text : texts) {
            if (text != null && DANISH.matcher(text).find()) {
                return "da";
            }
        }
        return "en";
    }
}

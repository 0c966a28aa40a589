package dk.taktstok.viewmodel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a headline is one no reader should see: empty, or a name a file or a program gave the table
 * ("Sheet1", "Data", "Indsat tabel", "h4_danish") rather than a finding a journalist wrote.
 */
public final class Headlines {

    /** Names spreadsheets, exports and Taktstok itself give a sheet or table, in English and Danish. */
    private static final Pattern GIVEN_NAME = Pattern.compile(
            "(sheet|ark|data|table|tabel|tabelle|pasted table|indsat tabel|untitled|unavngivet|uden titel|"
                    + "output|result|results|resultat|chart|figure|figur|diagram)\\s*\\d*");
    /** One word joined by underscores, or with a file's extension, or letters and a number: an id, not a headline. */
    private static final Pattern ID_LIKE = Pattern.compile(
            "[\\p{L}\\d]+(_[\\p{L}\\d]+)+|\\S+\\.(xlsx?|csv|json|txt|sav|ods)|\\p{L}{1,3}\\d+[\\p{L}\\d]*");

    private Headlines() {
    }

    /** Why {@code headline} should be rewritten, in the user's words; empty when it is fine. */
    public static Optional<String> problem(String headline, String tableId) {
        String text = headline == null ? "" : headline.strip();
        if (text.isEmpty()) {
            return Optional.of(Words.get("describe.headline.empty"));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.equals(tableId) || GIVEN_NAME.matcher(lower).matches() || ID_LIKE.matcher(text).matches()) {
            return Optional.of(Words.get("describe.headline.placeholder", text));
        }
        return Optional.empty();
    }
}

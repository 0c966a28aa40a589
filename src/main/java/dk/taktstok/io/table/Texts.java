package dk.taktstok.io.table;

import java.util.regex.Pattern;

/** Cleaning of texts read from cells: labels, headings and titles. */
public final class Texts {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Texts() {
    }

    /** Trimmed, with line breaks and runs of spaces made into single spaces. */
    public static String clean(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }
}

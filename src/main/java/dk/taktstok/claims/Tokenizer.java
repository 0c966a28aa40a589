package dk.taktstok.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s, keeping each token's offsets in the text. Markup of Markdown
 * ({@code *}, {@code _}, {@code #}, {@code `}) is read as space, and the address of a link is skipped,
 * so a Markdown draft is checked as the words a reader sees.
 */
final class Tokenizer {

    private static final String MARKS = ",;:.!?-–—()";

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ']' && i + 1 < n && text.charAt(i + 1) == '(') {
                int close = text.indexOf(')', i + 2);
                int line = text.indexOf('\n', i + 2);
                if (close > 0 && (line < 0 || close < line)) {
                    i = close + 1; // a Markdown link's address is no part of what is said
                    continue;
                }
            }
            if (startsAddress(text, i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (Character.isLetter(c)) {
                int end = wordEnd(text, i);
                tokens.add(token(text, i, end, Token.Kind.WORD));
                i = end;
            } else if (isDigit(c)) {
                int end = numberEnd(text, i);
                tokens.add(token(text, i, end, Token.Kind.NUMBER));
                i = end;
            } else if (c == '%') {
                tokens.add(token(text, i, i + 1, Token.Kind.PERCENT));
                i++;
            } else if (MARKS.indexOf(c) >= 0) {
                tokens.add(token(text, i, i + 1, Token.Kind.MARK));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static Token token(String text, int start, int end, Token.Kind kind) {
        String t = text.substring(start, end);
        return new Token(t, t.replace('’', '\'').toLowerCase(Locale.ROOT), start, end, kind);
    }

    /** Letters and digits, with an apostrophe or a hyphen between two of them: "don't", "seventy-five". */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int end = i;
        while (end < n) {
            char c = text.charAt(end);
            if (Character.isLetterOrDigit(c)) {
                end++;
            } else if ((c == '\'' || c == '’' || c == '-') && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** Digits with at most one decimal mark between digits: "75", "26,7", "1.5". */
    private static int numberEnd(String text, int i) {
        int n = text.length();
        int end = i;
        while (end < n && isDigit(text.charAt(end))) {
            end++;
        }
        if (end + 1 < n && (text.charAt(end) == ',' || text.charAt(end) == '.') && isDigit(text.charAt(end + 1))) {
            end++;
            while (end < n && isDigit(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    /** The digits a number of a draft is written in; other scripts' digits are no number here. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean startsAddress(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }
}

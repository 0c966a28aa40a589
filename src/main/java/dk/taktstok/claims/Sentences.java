package dk.taktstok.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an article into sentences: at a full stop, question or exclamation mark followed by a capital
 * or a digit, at a blank line, and before a line that starts a heading or a list item. A full stop after
 * a single letter or an abbreviation that seldom ends a sentence ("fx.", "bl.a.", "ca.", "e.g.") is
 * not an end; "pct." is, when a capital follows.
 */
final class Sentences {

    private static final Set<String> NO_END = Set.of(
            "fx", "eks", "bl", "fl", "ca", "dvs", "jf", "evt", "inkl", "ekskl", "nr", "mr", "mrs", "ms", "dr",
            "prof", "vs", "approx", "st", "mio", "mia", "kr", "ang", "vedr", "hhv", "mht", "etc", "no", "fig", "tab");

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d+[.)]\\s");

    private Sentences() {
    }

    static List<Sentence> of(String article) {
        List<Token> tokens = Tokenizer.tokens(article);
        var sentences = new ArrayList<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean endsHere = i + 1 < tokens.size() && endsBetween(article, tokens, i);
            if (endsHere || i + 1 == tokens.size()) {
                add(sentences, tokens.subList(first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, List<Token> tokens) {
        if (tokens.stream().anyMatch(t -> t.kind() != Token.Kind.MARK)) {
            sentences.add(new Sentence(tokens.getFirst().start(), tokens.getLast().end(), tokens));
        }
    }

    /** Whether a sentence ends after token {@code i}, before token {@code i + 1}. */
    private static boolean endsBetween(String article, List<Token> tokens, int i) {
        Token here = tokens.get(i);
        Token next = tokens.get(i + 1);
        String gap = article.substring(here.end(), next.start());
        if (isParagraphBreak(gap) || (gap.indexOf('\n') >= 0 && startsBlock(article, next.start()))) {
            return true;
        }
        boolean stop = here.isMark('.') || here.isMark('!') || here.isMark('?');
        if (!stop || gap.chars().noneMatch(Character::isWhitespace)) {
            return false;
        }
        if (here.isMark('.') && i > 0 && isAbbreviation(tokens.get(i - 1), article, here)) {
            return false;
        }
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || next.isDash() || next.isMark('(');
    }

    private static boolean isAbbreviation(Token before, String article, Token stop) {
        if (before.end() != stop.start() || !before.isWord()) {
            return false;
        }
        return before.text().length() == 1 || NO_END.contains(before.lower());
    }

    private static boolean isParagraphBreak(String gap) {
        int line = gap.indexOf('\n');
        return line >= 0 && gap.indexOf('\n', line + 1) >= 0;
    }

    /** Whether a line starts a Markdown heading or list item: "# ", "- ", "* ", "+ ", "1. ". */
    private static boolean startsBlock(String article, int tokenStart) {
        int lineStart = article.lastIndexOf('\n', tokenStart - 1) + 1;
        String head = article.substring(lineStart, Math.min(article.length(), tokenStart + 3)).stripLeading();
        return head.startsWith("#") || head.startsWith("- ") || head.startsWith("* ") || head.startsWith("+ ")
                || NUMBERED.matcher(head).lookingAt() || head.startsWith(">");
    }
}

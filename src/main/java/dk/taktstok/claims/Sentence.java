package dk.taktstok.claims;

import java.util.List;

/**
 * One sentence of the article (or a heading, or a list item), with its tokens.
 *
 * @param start the offset of its first character in the article
 * @param end   the offset after its last character
 */
record Sentence(int start, int end, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    String text(String article) {
        return article.substring(start, end);
    }
}

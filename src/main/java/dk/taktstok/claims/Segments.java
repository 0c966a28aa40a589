package dk.taktstok.claims;

import java.util.List;

/**
 * The parts of a sentence that each say their own thing: split at a semicolon, a colon, a dash between
 * words, and a comma before "men", "mens", "og", "but", "while", "and" and the like. A claim's words
 * are looked for first in its own part.
 */
final class Segments {

    private Segments() {
    }

    /** The part each token belongs to, numbered from 0. */
    static int[] of(List<Token> tokens) {
        int[] part = new int[tokens.size()];
        int current = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            boolean splits = token.isMark(';') || token.isMark(':')
                    || (token.isDash() && k > 0 && token.start() > tokens.get(k - 1).end())
                    || (token.isMark(',') && k + 1 < tokens.size()
                            && Phrases.CONJUNCTIONS.contains(tokens.get(k + 1).lower()));
            if (splits) {
                current++;
            }
            part[k] = current;
        }
        return part;
    }
}

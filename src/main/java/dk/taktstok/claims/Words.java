package dk.taktstok.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as claim check compares them: stemmed, without the words that carry no subject
 * (in either language), without numbers.
 */
final class Words {

    private Words() {
    }

    /** Whether a token can tell what a sentence is about. */
    static boolean carriesSubject(Token token) {
        return token.isWord() && token.lower().length() > 1 && !Language.DA.isStopWord(token.lower())
                && !Language.EN.isStopWord(token.lower()) && NumberWords.cardinal(token.lower()) == null;
    }

    /** The stems of a text's words that carry a subject, in order. */
    static List<String> stems(String text, Language language) {
        var stems = new ArrayList<String>();
        for (Token token : Tokenizer.tokens(text)) {
            if (carriesSubject(token)) {
                stems.add(language.stem(token.lower()));
            }
        }
        return stems;
    }

    /** The words of a text in lower case, every one kept: for matching answers and phrases. */
    static List<String> lower(String text) {
        var words = new ArrayList<String>();
        for (Token token : Tokenizer.tokens(text)) {
            if (token.isWord() || token.kind() == Token.Kind.NUMBER) {
                words.add(token.lower());
            }
        }
        return words;
    }
}

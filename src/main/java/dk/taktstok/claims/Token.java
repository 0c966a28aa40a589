package dk.taktstok.claims;

/**
 * A word, a number or a sign of the article, with where it stands in the article's text.
 *
 * @param lower the token in lower case, typographic apostrophes made straight
 * @param start the offset of its first character in the article
 * @param end   the offset after its last character
 */
record Token(String text, String lower, int start, int end, Kind kind) {

    enum Kind {
        /** Letters, with inner apostrophes and hyphens: "don't", "seventy-five". */
        WORD,
        /** Digits, with a decimal mark: "75", "26,7", "73.1". */
        NUMBER,
        /** "%". */
        PERCENT,
        /** A sign that parts a sentence or ends one: , ; : . ! ? - – — ( ). */
        MARK
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isMark(char mark) {
        return kind == Kind.MARK && text.charAt(0) == mark;
    }

    /** Whether the token is a dash between words or numbers: -, – or —. */
    boolean isDash() {
        return kind == Kind.MARK && "-–—".indexOf(text.charAt(0)) >= 0;
    }
}

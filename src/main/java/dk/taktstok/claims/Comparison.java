package dk.taktstok.claims;

import java.util.List;

/**
 * Where a claim compares two figures: the comparative after a number ("9 procentpoint oftere end",
 * "twice as many ... as") and the word that leads to the second figure.
 *
 * @param comparative    the index of the comparative's first token; -1 for a ratio's "som" / "as"
 * @param comparativeEnd the index after the comparative (or after the number for a ratio)
 * @param than           the index of "end", "than", "som" or "as"
 */
record Comparison(Quantity.Direction direction, int comparative, int comparativeEnd, int than) {

    /** How far after a number its comparative may stand: "9 procentpoint flere af cheferne end". */
    private static final int REACH = 3;

    /**
     * The comparison after a claim's number that ends at {@code from}: for a ratio the next "som", "as",
     * "end" or "than" (not that of "som regel" or "as a rule"); for points a comparative within a few
     * words, then "end" or "than". Null if there is none.
     */
    static Comparison after(List<Token> t, int from, boolean ratio) {
        if (ratio) {
            for (int k = from; k < t.size(); k++) {
                Token token = t.get(k);
                if (token.isWord() && (Phrases.AS.contains(token.lower()) || Phrases.THAN.contains(token.lower()))
                        && !startsAnswerPhrase(t, k)) {
                    return new Comparison(Quantity.Direction.GREATER, -1, from, k);
                }
            }
            return null;
        }
        for (int k = from; k < Math.min(t.size(), from + REACH); k++) {
            Phrases.Phrase<Quantity.Direction> comparative = Phrases.startingAt(Phrases.COMPARATIVES, t, k);
            if (comparative != null) {
                int end = k + comparative.words().size();
                for (int m = end; m < t.size(); m++) {
                    if (t.get(m).isWord() && Phrases.THAN.contains(t.get(m).lower())) {
                        return new Comparison(comparative.meaning(), k, end, m);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "mellem A og B", "between A and B" in the claim's part of the sentence: the indexes of "mellem" and
     * of "og"; null if there is none.
     */
    static int[] between(List<Token> t, int[] segmentOf, int claimFirst) {
        int segment = segmentOf[claimFirst];
        for (int k = 0; k < t.size(); k++) {
            if (segmentOf[k] != segment || !(t.get(k).is("mellem") || t.get(k).is("between"))) {
                continue;
            }
            for (int m = k + 2; m < t.size() && segmentOf[m] == segment; m++) {
                if (t.get(m).is("og") || t.get(m).is("and")) {
                    return new int[] {k, m};
                }
            }
        }
        return null;
    }

    /** "som regel", "som oftest", "as a rule", "as well": a "som" or "as" that leads to no second figure. */
    private static boolean startsAnswerPhrase(List<Token> t, int k) {
        if (k + 1 >= t.size()) {
            return true;
        }
        String next = t.get(k + 1).lower();
        return next.equals("regel") || next.equals("oftest") || next.equals("udgangspunkt") || next.equals("well")
                || (next.equals("a") && k + 2 < t.size() && t.get(k + 2).is("rule"));
    }
}

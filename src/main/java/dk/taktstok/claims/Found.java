package dk.taktstok.claims;

import java.util.List;

/**
 * A claim found in a sentence: what it says, and which of the sentence's tokens it takes, which are its
 * part of the sentence, and — where it compares two figures — which tokens speak of each.
 *
 * @param first   the index of its first token in the sentence
 * @param last    the index of its last token
 * @param own     the indexes of the tokens that make the claim (its number, bound, unit, comparative and
 *                "end" / "than"), which say nothing of what it is about
 * @param context the indexes of the tokens of its part of the sentence (its clause)
 * @param left    for two figures: the tokens that speak of the first; empty otherwise
 * @param right   for two figures: the tokens that speak of the second; empty otherwise
 */
record Found(Quantity quantity, int first, int last, List<Integer> own, List<Integer> context, List<Integer> left,
             List<Integer> right) {

    Found {
        own = List.copyOf(own);
        context = List.copyOf(context);
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    boolean comparesTwo() {
        return !left.isEmpty() && !right.isEmpty();
    }

    boolean covers(int token) {
        return own.contains(token);
    }
}

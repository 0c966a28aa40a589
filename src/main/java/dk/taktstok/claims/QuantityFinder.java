package dk.taktstok.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quantitative claims of a sentence: percentages, parts in words, majorities and the like,
 * differences in points, ratios and comparisons, each with the bound before it ("mere end", "knap",
 * "about"). A number without a unit (a year, a count of municipalities) is no claim.
 */
final class QuantityFinder {

    private final String article;
    private final Sentence sentence;
    private final List<Token> t;
    private final int[] segmentOf;
    private final List<Found> found = new ArrayList<>();

    private QuantityFinder(String article, Sentence sentence) {
        this.article = article;
        this.sentence = sentence;
        this.t = sentence.tokens();
        this.segmentOf = Segments.of(t);
    }

    static List<Found> find(String article, Sentence sentence) {
        var finder = new QuantityFinder(article, sentence);
        finder.scan();
        return List.copyOf(finder.found);
    }

    private void scan() {
        int i = 0;
        while (i < t.size()) {
            int next = tryAt(i);
            i = next > i ? next : i + 1;
        }
    }

    /** Tries each form at token {@code i}; answers the index after what was taken, or {@code i}. */
    private int tryAt(int i) {
        Core core = Cores.at(t, i);
        if (core != null) {
            return add(core, i);
        }
        return comparison(i);
    }

    private int add(Core core, int i) {
        int first = i;
        Bound bound = core.bound();
        if (bound == Bound.EXACT && core.boundable()) {
            int notBefore = found.isEmpty() ? 0 : found.getLast().last() + 1;
            Phrases.Phrase<Bound> before = Phrases.endingAt(Phrases.BOUNDS, t, i, notBefore);
            if (before != null) {
                bound = before.meaning();
                first = i - before.words().size();
            } else if (i >= 2 && i - 2 >= notBefore && t.get(i - 1).isMark('.')
                    && (t.get(i - 2).is("ca") || t.get(i - 2).is("approx"))) {
                bound = Bound.ABOUT; // "ca. 70 procent"
                first = i - 2;
            }
        }
        int last = core.end() - 1;
        Quantity.Direction direction = Quantity.Direction.NONE;
        List<Integer> left = List.of();
        List<Integer> right = List.of();
        if (core.form() == ClaimForm.POINTS || core.form() == ClaimForm.RATIO) {
            Comparison after = Comparison.after(t, core.end(), core.form() == ClaimForm.RATIO);
            if (after != null) {
                direction = core.form() == ClaimForm.RATIO ? Quantity.Direction.GREATER : after.direction();
                left = sideBefore(first, after.than(), last, after.comparative());
                right = sideAfter(after.than());
                last = Math.max(last, after.comparativeEnd() - 1);
            } else if (core.form() == ClaimForm.POINTS) {
                int[] between = Comparison.between(t, segmentOf, first);
                if (between != null) {
                    left = range(between[0] + 1, between[1]);
                    right = range(between[1] + 1, segmentEnd(between[1]));
                }
            }
        }
        if (core.form() == ClaimForm.RATIO && left.isEmpty()) {
            return core.end(); // "dobbelt så mange" with nothing to hold it against
        }
        Interval holds = Readings.interval(core, bound);
        double threshold = Readings.threshold(core, bound, holds);
        String text = article.substring(t.get(first).start(), t.get(last).end());
        var quantity = new Quantity(core.form(), bound, core.value(), core.decimals(), direction, holds, threshold,
                text, t.get(first).start(), t.get(last).end());
        found.add(new Found(quantity, first, last, range(first, last + 1), segment(first), left, right));
        return Math.max(core.end(), last + 1);
    }

    /** A comparison without a number: "oftere ... end", "more often than"; only where both sides have words. */
    private int comparison(int i) {
        Phrases.Phrase<Quantity.Direction> comparative = Phrases.startingAt(Phrases.COMPARATIVES, t, i);
        if (comparative == null) {
            return i;
        }
        int afterWord = i + comparative.words().size();
        int than = -1;
        for (int k = afterWord; k < t.size(); k++) {
            if (t.get(k).isWord() && Phrases.THAN.contains(t.get(k).lower())) {
                than = k;
                break;
            }
        }
        if (than < 0 || (than == afterWord && Cores.at(t, than + 1) != null) || than + 1 >= t.size()) {
            return i; // "mere end 70 procent" is a bound, which the number takes
        }
        if (Cores.at(t, afterWord) != null) {
            return i;
        }
        List<Integer> left = sideBefore(i, than, i, afterWord - 1);
        List<Integer> right = sideAfter(than);
        if (left.isEmpty() || right.isEmpty()) {
            return i;
        }
        int last = afterWord - 1;
        Interval holds = comparative.meaning() == Quantity.Direction.GREATER
                ? Interval.above(0, false) : Interval.below(0, false);
        String text = article.substring(t.get(i).start(), t.get(than).end());
        var quantity = new Quantity(ClaimForm.COMPARISON, Bound.EXACT, Double.NaN, 0, comparative.meaning(), holds, 0,
                text, t.get(i).start(), t.get(than).end());
        var own = range(i, afterWord);
        own.add(than);
        found.add(new Found(quantity, i, Math.max(last, than), own, segment(i), left, right));
        return than + 1;
    }

    /**
     * The first side of a comparison: its clause's words before the claim, and the words between the
     * claim and "end" / "than" ("inviterer oftere foreninger end": "foreninger").
     */
    private List<Integer> sideBefore(int first, int than, int claimLast, int comparativeLast) {
        var side = new ArrayList<Integer>();
        int segment = segmentOf[first];
        for (int k = 0; k < first; k++) {
            if (segmentOf[k] == segment && !takenByEarlier(k)) {
                side.add(k);
            }
        }
        for (int k = Math.max(claimLast, comparativeLast) + 1; k < than; k++) {
            side.add(k);
        }
        return side;
    }

    /** The second side: the words after "end" / "than" up to the end of its clause. */
    private List<Integer> sideAfter(int than) {
        return range(than + 1, segmentEnd(than));
    }

    private int segmentEnd(int k) {
        int end = k + 1;
        while (end < t.size() && segmentOf[end] == segmentOf[k]) {
            end++;
        }
        return end;
    }

    private boolean takenByEarlier(int k) {
        return found.stream().anyMatch(f -> f.covers(k));
    }

    private List<Integer> segment(int token) {
        var list = new ArrayList<Integer>();
        for (int k = 0; k < t.size(); k++) {
            if (segmentOf[k] == segmentOf[token]) {
                list.add(k);
            }
        }
        return list;
    }

    private static List<Integer> range(int from, int to) {
        var list = new ArrayList<Integer>();
        for (int k = from; k < to; k++) {
            list.add(k);
        }
        return list;
    }
}

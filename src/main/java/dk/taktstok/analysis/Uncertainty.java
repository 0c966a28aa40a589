package dk.taktstok.analysis;

import java.util.List;

/**
 * How sure an item's numbers are: the number of answers they rest on and their 95 % margins of error,
 * in points (docs/measures.md, "Margins of error").
 *
 * @param n          the number of answers (the item's own, or the study's respondents)
 * @param effectiveN the number the margins are computed with: Kish's effective n with weights, else n
 * @param shares     the margin of each share, in the scale's order
 * @param measures   the margin of each measure; NaN where it cannot be computed (and for {@code sum})
 */
public record Uncertainty(int n, double effectiveN, List<Double> shares, ItemMeasures measures) {

    /** Fewer answers than this and an item is flagged: its margins are wide. */
    public static final int LOW_N = 50;

    public Uncertainty {
        shares = List.copyOf(shares);
    }

    /** Whether the item rests on fewer than {@link #LOW_N} answers. */
    public boolean lowN() {
        return n < LOW_N;
    }
}

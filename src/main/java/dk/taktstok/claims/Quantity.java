package dk.taktstok.claims;

/**
 * What a claim says, as read: its form, its number and bound, and the values of a figure that make it
 * true.
 *
 * @param value     the number as written, in its unit: percent (0..100), points, or a ratio's factor;
 *                  NaN for a comparison, and for a majority or minority, which give no number
 * @param decimals  the decimals it was written with (its precision); 0 for words
 * @param direction for a comparison, a ratio or a difference between two figures: whether the first is
 *                  the greater or the smaller; {@link Direction#NONE} otherwise
 * @param holds     the values of the figure (for two figures: their difference or ratio) that make it true
 * @param threshold for a claim that a figure lies beyond a value (more than 70, a majority, a difference):
 *                  that value, which a margin of error can straddle; NaN for others
 * @param text      the words of the claim as the article writes them
 * @param start     the offset of the claim's first character in the article
 * @param end       the offset after its last character
 */
public record Quantity(ClaimForm form, Bound bound, double value, int decimals, Direction direction,
                       Interval holds, double threshold, String text, int start, int end) {

    /** Which of two compared figures the claim says is the greater. */
    public enum Direction { NONE, GREATER, LESS }

    /** What the claim's figure is measured in. */
    public Unit unit() {
        return switch (form) {
            case POINTS -> Unit.POINTS;
            case RATIO -> Unit.RATIO;
            case COMPARISON -> Unit.ORDER;
            default -> Unit.SHARE;
        };
    }

    /** The kinds of figure a claim can be checked against. */
    public enum Unit {
        /** A share of respondents, in percent. */
        SHARE,
        /** A difference of two figures, in points. */
        POINTS,
        /** One figure divided by another. */
        RATIO,
        /** Which of two figures is the greater. */
        ORDER
    }
}

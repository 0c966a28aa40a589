package dk.taktstok.analysis;

import dk.taktstok.model.Measure;

/**
 * The derived measures of one item, in percent or points; NaN where they cannot be computed
 * (a missing share, or no substantive answers). Formulas in docs/measures.md.
 *
 * @param sum         the sum of all shares (100 up to rounding)
 * @param topBox      sum of the top-box shares
 * @param topBoxValid top box rebased on the substantive answers, 0..100
 * @param meanScore   mean score on the substantive answers, scaled to 0..100
 * @param net         top box minus bottom box, -100..100
 * @param dontKnow    sum of the "don't know" shares
 */
public record ItemMeasures(double sum, double topBox, double topBoxValid, double meanScore, double net,
                           double dontKnow) {

    /** Every measure unknown. */
    public static final ItemMeasures UNKNOWN =
            new ItemMeasures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public double get(Measure measure) {
        return switch (measure) {
            case TOP_BOX -> topBox;
            case TOP_BOX_VALID -> topBoxValid;
            case MEAN_SCORE -> meanScore;
            case NET -> net;
            case DONT_KNOW -> dontKnow;
        };
    }
}

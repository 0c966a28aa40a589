package dk.taktstok.claims;

/**
 * The number of a claim before any bound: "70 procent", "halvdelen", "et flertal", "dobbelt så mange".
 *
 * @param value     in its unit: percent, points, or a ratio's factor; NaN for a quantifier
 * @param decimals  the decimals it was written with
 * @param high      the upper end of a range ("70-75 procent"); NaN for one number
 * @param end       the index after its last token
 * @param bound     {@link Bound#BETWEEN} for a range, else {@link Bound#EXACT}
 * @param boundable whether a bound may stand before it ("knap halvdelen"); a quantifier has its own
 * @param fixed     a quantifier's shares that make it true; null for a number
 * @param threshold a quantifier's threshold; NaN for a number
 */
record Core(ClaimForm form, double value, int decimals, double high, int end, Bound bound, boolean boundable,
            Interval fixed, double threshold) {

    static Core number(ClaimForm form, double value, int decimals, int end) {
        return new Core(form, value, decimals, Double.NaN, end, Bound.EXACT, true, null, Double.NaN);
    }

    static Core range(ClaimForm form, double low, double high, int decimals, int end) {
        return new Core(form, low, decimals, high, end, Bound.BETWEEN, false, null, Double.NaN);
    }

    static Core quantifier(Phrases.Quantifier quantifier, int end) {
        return new Core(quantifier.form(), Double.NaN, 0, Double.NaN, end, Bound.EXACT, false, quantifier.holds(),
                quantifier.threshold());
    }
}

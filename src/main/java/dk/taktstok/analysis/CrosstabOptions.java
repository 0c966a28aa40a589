package dk.taktstok.analysis;

/**
 * How groups are compared.
 *
 * @param alpha      the level of the tests, two-sided: 0.05 for 95 %
 * @param correction how p-values are adjusted for the comparisons made at once
 * @param minN       groups with fewer answers to an item than this are shown, flagged, and kept out of its tests
 */
public record CrosstabOptions(double alpha, Correction correction, int minN) {

    public static final CrosstabOptions DEFAULT = new CrosstabOptions(0.05, Correction.HOLM, Uncertainty.LOW_N);

    public CrosstabOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the level must lie between 0 and 1, not " + alpha);
        }
        if (minN < 2) {
            throw new IllegalArgumentException("a group needs at least 2 answers to be tested");
        }
    }
}

package dk.taktstok.analysis;

/**
 * What a group's answers to one question sum to, for the tests between groups: the sums of the weights,
 * of their squares, and of the weighted score and squared score (weights 1 without weighting). Shares
 * are samples of a 0/1 score (1 for the answer counted). Formulas in docs/measures.md, "Differences
 * between groups".
 *
 * @param sumWeights  Σw
 * @param sumSquares  Σw²
 * @param sumScores   Σw·x
 * @param sumSquaredScores Σw·x²
 */
public record Sample(double sumWeights, double sumSquares, double sumScores, double sumSquaredScores) {

    public static final Sample EMPTY = new Sample(0, 0, 0, 0);

    /** One answer {@code x} with weight {@code w} more. */
    public Sample plus(double x, double w) {
        return new Sample(sumWeights + w, sumSquares + w * w, sumScores + w * x, sumSquaredScores + w * x * x);
    }

    /**
     * A sample known only by its mean, variance and effective n, as aggregated tables give it: the
     * variance is the unbiased one, so {@link #variance()} gives it back.
     */
    public static Sample of(double mean, double variance, double effectiveN) {
        if (!(effectiveN > 0)) {
            return EMPTY;
        }
        double population = effectiveN > 1 ? variance * (effectiveN - 1) / effectiveN : 0;
        return new Sample(effectiveN, effectiveN, mean * effectiveN, (population + mean * mean) * effectiveN);
    }

    /** Kish's effective n, (Σw)² / Σw²: the number of answers the tests rest on. */
    public double effectiveN() {
        return sumSquares > 0 ? sumWeights * sumWeights / sumSquares : 0;
    }

    /** The weighted mean score, Σw·x / Σw (the share, for a 0/1 score). */
    public double mean() {
        return sumWeights > 0 ? sumScores / sumWeights : Double.NaN;
    }

    /**
     * The variance of a score: Σw(x − mean)² / Σw, made unbiased with the effective n, · n′/(n′ − 1)
     * (without weights the sample variance, with n − 1).
     */
    public double variance() {
        double n = effectiveN();
        if (!(n > 1)) {
            return Double.NaN;
        }
        double mean = mean();
        double population = Math.max(0, sumSquaredScores / sumWeights - mean * mean);
        return population * n / (n - 1);
    }
}

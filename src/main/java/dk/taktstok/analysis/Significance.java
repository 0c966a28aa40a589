package dk.taktstok.analysis;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Tests of differences between groups of respondents, as pure functions (docs/measures.md, "Differences
 * between groups"). Sizes are effective sizes: with weights, Kish's effective n of each group, which
 * is the plain n without them. Every p-value is two-sided.
 */
public final class Significance {

    private Significance() {
    }

    /**
     * The two-proportion z test with the pooled share: shares {@code p1}, {@code p2} (0..1) of
     * {@code n1}, {@code n2} answers; z = (p1 − p2) / √(p(1 − p)(1/n1 + 1/n2)), p the pooled share.
     */
    public static TestResult proportions(double p1, double n1, double p2, double n2) {
        if (!(n1 > 0) || !(n2 > 0) || !Double.isFinite(p1) || !Double.isFinite(p2)) {
            return TestResult.NONE;
        }
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        if (!(variance > 0)) {
            return TestResult.NONE; // everyone, or no one, in both groups: nothing to test
        }
        double z = (p1 - p2) / Math.sqrt(variance);
        return new TestResult(z, Double.NaN, normalTwoSided(z));
    }

    /** {@link #proportions(double, double, double, double)} on two samples of a 0/1 score. */
    public static TestResult proportions(Sample a, Sample b) {
        return proportions(a.mean(), a.effectiveN(), b.mean(), b.effectiveN());
    }

    /**
     * Welch's t test of two means, which does not assume the groups' variances equal:
     * t = (m1 − m2) / √(v1/n1 + v2/n2), with Welch–Satterthwaite degrees of freedom.
     */
    public static TestResult welch(Sample a, Sample b) {
        double n1 = a.effectiveN();
        double n2 = b.effectiveN();
        double e1 = a.variance() / n1;
        double e2 = b.variance() / n2;
        double se = e1 + e2;
        if (!(n1 > 1) || !(n2 > 1) || !(se > 0)) {
            return TestResult.NONE;
        }
        double t = (a.mean() - b.mean()) / Math.sqrt(se);
        double df = se * se / (e1 * e1 / (n1 - 1) + e2 * e2 / (n2 - 1));
        return new TestResult(t, df, tTwoSided(t, df));
    }

    /** Student's t test of two means with a pooled variance and n1 + n2 − 2 degrees of freedom. */
    public static TestResult student(Sample a, Sample b) {
        double n1 = a.effectiveN();
        double n2 = b.effectiveN();
        double df = n1 + n2 - 2;
        if (!(n1 > 1) || !(n2 > 1)) {
            return TestResult.NONE;
        }
        double pooled = ((n1 - 1) * a.variance() + (n2 - 1) * b.variance()) / df;
        double se = pooled * (1 / n1 + 1 / n2);
        if (!(se > 0)) {
            return TestResult.NONE;
        }
        double t = (a.mean() - b.mean()) / Math.sqrt(se);
        return new TestResult(t, df, tTwoSided(t, df));
    }

    /**
     * Pearson's χ² test of independence of a question's answers and the groups: {@code counts[answer][group]},
     * with weights each group's weighted shares times its effective n. Answers and groups with no count
     * at all are left out; df = (answers − 1)(groups − 1). No continuity correction.
     */
    public static TestResult chiSquare(double[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        double[] rowSums = new double[rows];
        double[] colSums = new double[cols];
        double total = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = counts[r][c];
                if (!(x >= 0) || Double.isInfinite(x)) {
                    return TestResult.NONE;
                }
                rowSums[r] += x;
                colSums[c] += x;
                total += x;
            }
        }
        int usedRows = 0;
        int usedCols = 0;
        for (double s : rowSums) {
            usedRows += s > 0 ? 1 : 0;
        }
        for (double s : colSums) {
            usedCols += s > 0 ? 1 : 0;
        }
        if (usedRows < 2 || usedCols < 2) {
            return TestResult.NONE;
        }
        double chi = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (rowSums[r] > 0 && colSums[c] > 0) {
                    double expected = rowSums[r] * colSums[c] / total;
                    double d = counts[r][c] - expected;
                    chi += d * d / expected;
                }
            }
        }
        double df = (usedRows - 1.0) * (usedCols - 1.0);
        double p = new ChiSquaredDistribution(null, df).cumulativeProbability(chi);
        return new TestResult(chi, df, Math.max(0, 1 - p));
    }

    /** P(|Z| ≥ |z|) for a standard normal Z, computed as erfc(|z|/√2) so that small p-values keep their digits. */
    public static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /** P(|T| ≥ |t|) for Student's t with {@code df} degrees of freedom. */
    public static double tTwoSided(double t, double df) {
        var distribution = new TDistribution(null, df);
        return 2 * distribution.cumulativeProbability(-Math.abs(t));
    }
}

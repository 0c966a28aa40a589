package dk.taktstok.analysis;

/**
 * The outcome of one significance test.
 *
 * @param statistic the test statistic: z, t or χ²
 * @param df        its degrees of freedom (t, χ²); NaN for z
 * @param p         the two-sided p-value; NaN when the test cannot be made (no variance, no answers)
 */
public record TestResult(double statistic, double df, double p) {

    /** A test that cannot be made. */
    public static final TestResult NONE = new TestResult(Double.NaN, Double.NaN, Double.NaN);

    public boolean made() {
        return !Double.isNaN(p);
    }
}

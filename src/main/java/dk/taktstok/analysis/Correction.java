package dk.taktstok.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How p-values are adjusted for making many comparisons at once (docs/measures.md, "Many comparisons").
 * Holm's step-down method holds the chance of any false difference among a family of tests at the
 * level; Benjamini–Hochberg's holds the expected share of false differences among those found.
 * NaN p-values (tests not made) stay NaN and do not count in the family.
 */
public enum Correction {
    /** Holm (1979): the default. */
    HOLM,
    /** Benjamini and Hochberg (1995): the false discovery rate. */
    BH,
    /** No adjustment. */
    NONE;

    /** The adjusted p-values, in the order given. */
    public double[] adjust(double[] p) {
        return switch (this) {
            case HOLM -> holm(p);
            case BH -> benjaminiHochberg(p);
            case NONE -> p.clone();
        };
    }

    /** Holm: the i-th smallest of m p-values times (m − i + 1), kept rising, at most 1. */
    public static double[] holm(double[] p) {
        Integer[] order = sorted(p);
        int m = order.length;
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /** Benjamini–Hochberg: the i-th smallest of m p-values times m / i, kept falling from the largest, at most 1. */
    public static double[] benjaminiHochberg(double[] p) {
        Integer[] order = sorted(p);
        int m = order.length;
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, Math.min(1, p[order[i]] * m / (i + 1)));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /** The indexes of the p-values that are numbers, smallest first. */
    private static Integer[] sorted(double[] p) {
        return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
    }
}

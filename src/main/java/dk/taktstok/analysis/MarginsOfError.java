package dk.taktstok.analysis;

import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 95 % margins of error, in points, as pure functions (docs/measures.md, "Margins of error"). Shares and
 * the measures that are shares (top box, don't know) use the normal approximation,
 * 1.96·√(p(1−p)/n); the others the variance of their estimator under the same multinomial sampling
 * (the delta method, which is exact for these linear measures). With weights, n is Kish's effective n.
 */
public final class MarginsOfError {

    /** The normal distribution's two-sided 95 % quantile, as textbooks round it. */
    public static final double Z95 = 1.96;

    private MarginsOfError() {
    }

    /** The margin of a share of {@code percent} among {@code n} answers: 50 % of 400 gives 4.9 points. */
    public static double share(double percent, double n) {
        if (!(n > 0) || !Double.isFinite(percent)) {
            return Double.NaN;
        }
        double p = Math.max(0, Math.min(1, percent / 100));
        return Z95 * Math.sqrt(p * (1 - p) / n) * 100;
    }

    /**
     * The sizes an item's margins rest on: its own n (and effective n), else the study's number of
     * respondents, whose shares are then taken as shares of them all; empty when neither is known.
     */
    public static Optional<double[]> sizes(Item item, Integer respondents) {
        if (item.n() != null) {
            return Optional.of(new double[] {item.n(), item.effectiveN() != null ? item.effectiveN() : item.n()});
        }
        return respondents == null ? Optional.empty() : Optional.of(new double[] {respondents, respondents});
    }

    /** The margins of an item's shares and measures, or null when its number of answers is not known. */
    public static Uncertainty of(Item item, Scale scale, ScaleBoxes boxes, Integer respondents) {
        Optional<double[]> sizes = sizes(item, respondents);
        if (sizes.isEmpty()) {
            return null;
        }
        int n = (int) sizes.get()[0];
        double effective = sizes.get()[1];
        List<Double> p = item.shares();
        var shares = new ArrayList<Double>();
        for (double share : p) {
            shares.add(share(share, effective));
        }
        if (p.size() != scale.size()) {
            double nan = Double.NaN;
            return new Uncertainty(n, effective, shares, new ItemMeasures(nan, nan, nan, nan, nan, nan));
        }
        double top = sum(p, boxes.topBox()) / 100;
        double bottom = sum(p, boxes.bottomBox()) / 100;
        double substantive = sum(p, boxes.substantive()) / 100;
        double dontKnow = sum(p, boxes.dontKnowOnly()) / 100;
        double nSubstantive = effective * substantive;

        double topBoxValid = substantive > 0 ? share(top / substantive * 100, nSubstantive) : Double.NaN;
        double net = effective > 0 && Double.isFinite(top - bottom)
                ? Z95 * Math.sqrt(Math.max(0, top + bottom - (top - bottom) * (top - bottom)) / effective) * 100
                : Double.NaN;
        boolean topBox = scale.kind().hasTopBox();
        boolean scores = scale.kind().hasScores();
        return new Uncertainty(n, effective, shares, new ItemMeasures(Double.NaN,
                topBox ? share(top * 100, effective) : Double.NaN, topBox ? topBoxValid : Double.NaN,
                scores ? meanScore(p, scale, boxes, nSubstantive) : Double.NaN, scores ? net : Double.NaN,
                share(dontKnow * 100, effective)));
    }

    /**
     * The mean score's margin: the scores s (0..1 from the lowest to the highest) of those who gave a
     * substantive answer have variance Σπs² − (Σπs)², π their shares among them; the mean of n of them
     * has that variance over n.
     */
    private static double meanScore(List<Double> p, Scale scale, ScaleBoxes boxes, double nSubstantive) {
        double range = boxes.maxScore() - boxes.minScore();
        double total = sum(p, boxes.substantive());
        if (!(range > 0) || !(total > 0) || !(nSubstantive > 0)) {
            return Double.NaN;
        }
        double mean = 0;
        double square = 0;
        for (int i : boxes.substantive()) {
            double s = (scale.category(i).score() - boxes.minScore()) / range;
            double pi = p.get(i) / total;
            mean += pi * s;
            square += pi * s * s;
        }
        return Z95 * Math.sqrt(Math.max(0, square - mean * mean) / nSubstantive) * 100;
    }

    /**
     * A group index's margin: the mean of its items' margins. Answers to one respondent's items are not
     * independent, and aggregated data do not say how they go together; this is the margin when they go
     * together completely, so the true margin is never larger (for any correlation).
     */
    public static double groupIndex(List<Double> itemMargins) {
        if (itemMargins.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (double margin : itemMargins) {
            total += margin;
        }
        return total / itemMargins.size();
    }

    /**
     * The margin of a difference between two groups' indices (the balance): √(a² + b²), which holds when
     * the two are independent and is an upper bound when they go together (as answers of the same
     * respondents do).
     */
    public static double difference(double a, double b) {
        return Math.sqrt(a * a + b * b);
    }

    private static double sum(List<Double> shares, List<Integer> indexes) {
        double total = 0;
        for (int i : indexes) {
            total += shares.get(i);
        }
        return total;
    }
}

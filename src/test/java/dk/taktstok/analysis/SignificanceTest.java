package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests between groups against reference values computed outside Taktstok, from the same respondent
 * rows, by statsmodels and scipy (significance/reference.py says how): every statistic, p-value and
 * adjusted p-value agrees to 4 decimals, with and without weights.
 */
class SignificanceTest {

    private static final double FOUR_DECIMALS = 0.5e-4;

    @TestFactory
    Stream<DynamicTest> everyReferenceCaseAgreesToFourDecimals() throws IOException {
        JsonNode cases = reference().get("cases");
        var tests = new ArrayList<DynamicTest>();
        for (JsonNode c : cases) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> check(c)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static void check(JsonNode c) {
        switch (c.get("kind").asString()) {
            case "proportions" -> {
                TestResult r = Significance.proportions(sample(c.get("a"), c.get("wa")), sample(c.get("b"), c.get("wb")));
                assertThat(r.statistic()).isCloseTo(c.get("statistic").asDouble(), within(FOUR_DECIMALS));
                assertThat(r.p()).isCloseTo(c.get("p").asDouble(), within(FOUR_DECIMALS));
            }
            case "means" -> {
                Sample a = sample(c.get("a"), c.get("wa"));
                Sample b = sample(c.get("b"), c.get("wb"));
                TestResult welch = Significance.welch(a, b);
                assertThat(welch.statistic()).isCloseTo(c.get("welch").get("statistic").asDouble(), within(FOUR_DECIMALS));
                assertThat(welch.df()).isCloseTo(c.get("welch").get("df").asDouble(), within(FOUR_DECIMALS));
                assertThat(welch.p()).isCloseTo(c.get("welch").get("p").asDouble(), within(FOUR_DECIMALS));
                TestResult student = Significance.student(a, b);
                assertThat(student.statistic()).isCloseTo(c.get("student").get("statistic").asDouble(), within(FOUR_DECIMALS));
                assertThat(student.p()).isCloseTo(c.get("student").get("p").asDouble(), within(FOUR_DECIMALS));
            }
            case "chiSquare" -> {
                TestResult r = Significance.chiSquare(table(c));
                assertThat(r.statistic()).isCloseTo(c.get("statistic").asDouble(), within(FOUR_DECIMALS));
                assertThat(r.df()).isEqualTo(c.get("df").asDouble());
                assertThat(r.p()).isCloseTo(c.get("p").asDouble(), within(FOUR_DECIMALS));
            }
            case "family" -> {
                var groups = new ArrayList<Sample>();
                for (JsonNode g : c.get("groups")) {
                    groups.add(sample(g.get("x"), g.get("w")));
                }
                double[] p = new double[c.get("pairs").size()];
                for (int i = 0; i < p.length; i++) {
                    JsonNode pair = c.get("pairs").get(i);
                    p[i] = Significance.proportions(groups.get(pair.get(0).asInt()), groups.get(pair.get(1).asInt())).p();
                }
                assertClose(p, c.get("p"));
                assertClose(Correction.HOLM.adjust(p), c.get("holm"));
                assertClose(Correction.BH.adjust(p), c.get("bh"));
            }
            case "adjust" -> {
                double[] p = doubles(c.get("p"));
                assertClose(Correction.holm(p), c.get("holm"));
                assertClose(Correction.benjaminiHochberg(p), c.get("bh"));
            }
            default -> throw new AssertionError("unknown kind " + c.get("kind"));
        }
    }

    @Test
    void weightsAllOneGiveTheUnweightedTests() {
        Sample plain = Sample.EMPTY;
        Sample ones = Sample.EMPTY;
        for (int i = 0; i < 200; i++) {
            plain = plain.plus(i % 3 == 0 ? 1 : 0, 1);
            ones = ones.plus(i % 3 == 0 ? 1 : 0, 1.0);
        }
        assertThat(ones.effectiveN()).isEqualTo(200.0);
        assertThat(Significance.proportions(ones, Sample.of(0.5, 0.25 * 300 / 299, 300)).p())
                .isCloseTo(Significance.proportions(plain, Sample.of(0.5, 0.25 * 300 / 299, 300)).p(), within(1e-12));
    }

    @Test
    void unequalWeightsShrinkTheEffectiveNAndWidenThePValue() {
        Sample even = Sample.EMPTY;
        Sample uneven = Sample.EMPTY;
        for (int i = 0; i < 400; i++) {
            even = even.plus(i % 2, 1);
            uneven = uneven.plus(i % 2, i % 4 < 2 ? 0.5 : 1.5);
        }
        Sample other = Sample.of(0.42, 0.42 * 0.58, 400);
        assertThat(uneven.effectiveN()).isLessThan(even.effectiveN());
        assertThat(Significance.proportions(uneven, other).p()).isGreaterThan(Significance.proportions(even, other).p());
    }

    @Test
    void aTestWithoutVarianceIsNotMade() {
        assertThat(Significance.proportions(0, 100, 0, 80).made()).isFalse();
        assertThat(Significance.proportions(0.5, 0, 0.4, 80).made()).isFalse();
        assertThat(Significance.welch(Sample.of(50, 0, 100), Sample.of(50, 0, 100)).made()).isFalse();
        assertThat(Significance.chiSquare(new double[][] {{10, 20}, {0, 0}}).made()).isFalse();
    }

    @Test
    void holmAndBenjaminiHochbergLeaveTestsNotMadeOutOfTheFamily() {
        double[] p = {0.01, Double.NaN, 0.04};
        assertThat(Correction.holm(p)).containsExactly(0.02, Double.NaN, 0.04);
        assertThat(Correction.benjaminiHochberg(p)).containsExactly(0.02, Double.NaN, 0.04);
    }

    private static Sample sample(JsonNode x, JsonNode w) {
        Sample s = Sample.EMPTY;
        for (int i = 0; i < x.size(); i++) {
            s = s.plus(x.get(i).asDouble(), w == null || w.isNull() ? 1 : w.get(i).asDouble());
        }
        return s;
    }

    /** The counts of answers by group; with weights, each group's weighted shares times its effective n. */
    private static double[][] table(JsonNode c) {
        List<String> names = new ArrayList<>();
        for (JsonNode g : c.get("groups")) {
            if (!names.contains(g.asString())) {
                names.add(g.asString());
            }
        }
        int categories = c.get("categories").asInt();
        double[][] sums = new double[categories][names.size()];
        double[] w = new double[names.size()];
        double[] w2 = new double[names.size()];
        JsonNode weights = c.get("weights");
        for (int i = 0; i < c.get("groups").size(); i++) {
            int g = names.indexOf(c.get("groups").get(i).asString());
            double weight = weights == null || weights.isNull() ? 1 : weights.get(i).asDouble();
            sums[c.get("answers").get(i).asInt()][g] += weight;
            w[g] += weight;
            w2[g] += weight * weight;
        }
        for (int g = 0; g < names.size(); g++) {
            double effective = w[g] * w[g] / w2[g];
            for (int a = 0; a < categories; a++) {
                sums[a][g] = sums[a][g] / w[g] * effective;
            }
        }
        return sums;
    }

    private static void assertClose(double[] actual, JsonNode expected) {
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).as("value %d", i).isCloseTo(expected.get(i).asDouble(), within(FOUR_DECIMALS));
        }
    }

    private static double[] doubles(JsonNode values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).asDouble();
        }
        return out;
    }

    private static JsonNode reference() throws IOException {
        try (InputStream in = SignificanceTest.class.getResourceAsStream("significance/reference.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}

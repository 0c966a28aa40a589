package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SampleFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarginsOfErrorTest {

    private static final Scale YES_NO = new Scale("yn", List.of(
            Category.substantive(Text.of("Yes"), 1), Category.substantive(Text.of("No"), 0)));

    private static final Scale FIVE = new Scale("f", List.of(
            Category.substantive(Text.of("A"), 3), Category.substantive(Text.of("B"), 2),
            Category.substantive(Text.of("C"), 1), Category.substantive(Text.of("D"), 0),
            Category.dontKnow(Text.of("Don't know"))));

    private static Uncertainty of(Scale scale, Item item) {
        return MarginsOfError.of(item, scale, ScaleBoxes.of(scale), null);
    }

    private static Item item(int n, Double effective, double... shares) {
        return new Item("i", Text.of("i"), null, Map.of(), java.util.Arrays.stream(shares).boxed().toList(), n, effective);
    }

    @ParameterizedTest(name = "{0} % of {1} answers: ±{2} points")
    @CsvSource({
        "50, 400, 4.9",     // the textbook case
        "50, 1000, 3.099",
        "20, 400, 3.92",
        "10, 100, 5.88",
        "0, 400, 0",
        "100, 400, 0"})
    void shareMarginIsTheNormalApproximation(double percent, double n, double margin) {
        assertThat(MarginsOfError.share(percent, n)).isCloseTo(margin, within(0.001));
    }

    @Test
    void shareWithoutAnswersHasNoMargin() {
        assertThat(MarginsOfError.share(50, 0)).isNaN();
    }

    @Test
    void itemOfFourHundredAtFiftyPercentHasTheTextbookMarginOnShareAndTopBox() {
        Uncertainty u = of(YES_NO, item(400, null, 50, 50));

        assertThat(u.shares()).allSatisfy(m -> assertThat(m).isCloseTo(4.9, within(1e-9)));
        assertThat(u.measures().topBox()).isCloseTo(4.9, within(1e-9));
        assertThat(u.n()).isEqualTo(400);
        assertThat(u.lowN()).isFalse();
    }

    @Test
    void weightsWidenTheMarginThroughTheEffectiveN() {
        Uncertainty u = of(YES_NO, item(400, 100.0, 50, 50));

        assertThat(u.measures().topBox()).isCloseTo(9.8, within(1e-9));
        assertThat(u.n()).isEqualTo(400);
        assertThat(u.effectiveN()).isEqualTo(100.0);
    }

    @Test
    void netMarginIsThatOfADifferenceOfTwoSharesOfOneSample() {
        // top 40 %, bottom 30 %: Var(T−B) = (t + b − (t − b)²) / n = (0.7 − 0.01) / 500
        Uncertainty u = of(FIVE, item(500, null, 25, 15, 20, 10, 30));

        assertThat(u.measures().net()).isCloseTo(1.96 * Math.sqrt(0.69 / 500) * 100, within(1e-9));
    }

    @Test
    void rebasedMeasuresUseTheSubstantiveAnswersOnly() {
        // 70 % gave a substantive answer, so top box valid (40/70) rests on 350 of 500
        Uncertainty u = of(FIVE, item(500, null, 25, 15, 20, 10, 30));

        assertThat(u.measures().topBoxValid()).isCloseTo(MarginsOfError.share(40.0 / 70 * 100, 350), within(1e-9));
        assertThat(u.measures().dontKnow()).isCloseTo(MarginsOfError.share(30, 500), within(1e-9));
    }

    @Test
    void meanScoreMarginIsTheStandardErrorOfTheMeanScore() {
        Uncertainty u = of(FIVE, item(500, null, 25, 15, 20, 10, 30));

        // scores 1, 2/3, 1/3, 0 with shares 25, 15, 20, 10 of 70
        double[] s = {1, 2 / 3.0, 1 / 3.0, 0};
        double[] p = {25 / 70.0, 15 / 70.0, 20 / 70.0, 10 / 70.0};
        double mean = 0;
        for (int i = 0; i < 4; i++) {
            mean += p[i] * s[i];
        }
        double variance = 0;
        for (int i = 0; i < 4; i++) {
            variance += p[i] * (s[i] - mean) * (s[i] - mean);
        }
        assertThat(u.measures().meanScore()).isCloseTo(1.96 * Math.sqrt(variance / 350) * 100, within(1e-9));
    }

    @Test
    void itemUnderFiftyAnswersIsFlagged() {
        assertThat(of(YES_NO, item(49, null, 50, 50)).lowN()).isTrue();
        assertThat(of(YES_NO, item(50, null, 50, 50)).lowN()).isFalse();
    }

    @Test
    void reportTableWithoutNumbersHasNoMargins() {
        StudyMeasures measures = Measures.of(SampleFixture.study());

        assertThat(measures.tables().getFirst().items()).allSatisfy(r -> assertThat(r.uncertainty()).isNull());
        assertThat(measures.gaps()).allSatisfy(g -> assertThat(g.margin()).isNaN());
    }

    @Test
    void reportTableGetsMarginsFromTheStudysRespondents() {
        Study sample = SampleFixture.study();
        Metadata m = sample.metadata();
        Study counted = sample.withMetadata(new Metadata(m.title(), m.source(), m.authors(), m.publisher(), m.date(),
                m.language(), m.population(), 400));

        StudyMeasures measures = Measures.of(counted);

        ItemResult row5 = measures.tables().getFirst().items().get(4);
        assertThat(row5.uncertainty().n()).isEqualTo(400);
        assertThat(row5.uncertainty().shares().getFirst()).isCloseTo(MarginsOfError.share(14.8, 400), within(1e-9));
        // the sample's default gap holds the goal against "Som regel" of row 5
        GapResult gap = measures.gaps().getFirst();
        assertThat(gap.margin()).isCloseTo(MarginsOfError.share(14.8, 400), within(1e-9));
    }

    @Test
    void groupIndexMarginIsTheMeanOfItsItemsMarginsAndTheBalancesCombinesBoth() {
        Study sample = SampleFixture.study();
        Metadata m = sample.metadata();
        StudyMeasures measures = Measures.of(sample.withMetadata(new Metadata(m.title(), m.source(), m.authors(),
                m.publisher(), m.date(), m.language(), m.population(), 300)));

        TableMeasures table = measures.tables().getFirst();
        double municipality = table.items().subList(0, 4).stream()
                .mapToDouble(r -> r.uncertainty().measures().meanScore()).average().orElseThrow();
        double civil = table.items().subList(4, 6).stream()
                .mapToDouble(r -> r.uncertainty().measures().meanScore()).average().orElseThrow();
        assertThat(table.groups().get(0).margins().meanScore()).isCloseTo(municipality, within(1e-9));
        assertThat(table.groups().get(1).margins().meanScore()).isCloseTo(civil, within(1e-9));
        assertThat(table.balance().margins().meanScore())
                .isCloseTo(Math.sqrt(municipality * municipality + civil * civil), within(1e-9));
    }
}

package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SampleFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemMeasurerTest {

    private static final double EPS = 0.005;

    private final ItemMeasurer sample = new ItemMeasurer(SampleFixture.scale());

    @ParameterizedTest(name = "row {0}: sum {1}, topBox {2}, topBoxValid {3}, meanScore {4}, net {5}, dontKnow {6}")
    @CsvSource({
        // row, sum,  topBox, topBoxValid, meanScore, net,  dontKnow
        "1,    100.1, 73.10,  83.64,       69.30,     58.80, 12.7",
        "2,    100.1, 62.20,  71.66,       60.60,     37.60, 13.3",
        "3,    100.0, 79.70,  87.39,       73.32,     68.20, 8.8",
        "4,    100.0, 51.50,  67.41,       56.33,     26.60, 23.6",
        "5,     99.9, 64.20,  74.13,       62.24,     41.80, 13.3",
        "6,    100.0, 50.30,  60.82,       52.00,     17.90, 17.3",
    })
    void sampleRowsGiveTheMeasuresOfTheSpec(int row, double sum, double topBox, double topBoxValid,
                                            double meanScore, double net, double dontKnow) {
        ItemMeasures m = sample.measure(SampleFixture.row(row));

        assertThat(m.sum()).isCloseTo(sum, within(EPS));
        assertThat(m.topBox()).isCloseTo(topBox, within(EPS));
        assertThat(m.topBoxValid()).isCloseTo(topBoxValid, within(EPS));
        assertThat(m.meanScore()).isCloseTo(meanScore, within(EPS));
        assertThat(m.net()).isCloseTo(net, within(EPS));
        assertThat(m.dontKnow()).isCloseTo(dontKnow, within(EPS));
    }

    @Test
    void topBoxValidIsTopBoxRebasedOnSubstantiveAnswers() {
        ItemMeasures m = sample.measure(SampleFixture.row(1));

        assertThat(m.topBoxValid()).isCloseTo(73.1 / 87.4 * 100, within(1e-9));
    }

    @Test
    void changingAScoreChangesTheMeanScore() {
        var scale = SampleFixture.scale();
        var rescored = scale.withCategories(List.of(
                Category.substantive(Text.of("Som regel"), 4),
                scale.category(1), scale.category(2), scale.category(3), scale.category(4)));

        double mean = new ItemMeasurer(rescored).measure(SampleFixture.row(1)).meanScore();

        // (4·26.7 + 2·46.4 + 1·8.8) / (4 · 87.4) × 100
        assertThat(mean).isCloseTo((4 * 26.7 + 2 * 46.4 + 8.8) / (4 * 87.4) * 100, within(1e-9));
    }

    @Test
    void explicitTopBoxOfOneCategoryReplacesTheUpperHalf() {
        var scale = SampleFixture.scale().withBoxes(List.of("Som regel"), List.of("Aldrig"));

        ItemMeasures m = new ItemMeasurer(scale).measure(SampleFixture.row(1));

        assertThat(m.topBox()).isCloseTo(26.7, within(1e-9));
        assertThat(m.net()).isCloseTo(26.7 - 5.5, within(1e-9));
    }

    @Test
    void dontKnowAsSubstantiveEntersTheRebasedMeasures() {
        var scale = SampleFixture.scale();
        var categories = new java.util.ArrayList<>(scale.categories());
        categories.set(4, Category.substantive(Text.of("Ved ikke"), 0));

        ItemMeasures m = new ItemMeasurer(scale.withCategories(categories)).measure(SampleFixture.row(1));

        assertThat(m.dontKnow()).isZero();
        assertThat(m.topBoxValid()).isCloseTo(73.1 / 100.1 * 100, within(1e-9));
    }

    @Test
    void scoresFromOneToFourSpanZeroToHundredLikeZeroToThree() {
        var oneToFour = new Scale("s", List.of(
                Category.substantive(Text.of("a"), 4), Category.substantive(Text.of("b"), 3),
                Category.substantive(Text.of("c"), 2), Category.substantive(Text.of("d"), 1),
                Category.dontKnow(Text.of("dk"))));

        double mean = new ItemMeasurer(oneToFour).measure(SampleFixture.row(1)).meanScore();

        assertThat(mean).isCloseTo(69.30, within(EPS));
    }

    @Test
    void oddScaleLeavesTheMiddleCategoryOutOfBothBoxes() {
        var five = new Scale("agree", List.of(
                Category.substantive(Text.of("Helt enig"), 4), Category.substantive(Text.of("Delvis enig"), 3),
                Category.substantive(Text.of("Hverken eller"), 2), Category.substantive(Text.of("Delvis uenig"), 1),
                Category.substantive(Text.of("Helt uenig"), 0)));
        var item = new Item("x", Text.of("x"), null, Map.of(), List.of(10.0, 20.0, 40.0, 20.0, 10.0));

        ItemMeasures m = new ItemMeasurer(five).measure(item);

        assertThat(m.topBox()).isEqualTo(30.0);
        assertThat(m.net()).isEqualTo(0.0);
        assertThat(m.meanScore()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void missingShareMakesTheMeasuresUnknownNotZero() {
        var item = SampleFixture.row(1).withShares(List.of(26.7, Double.NaN, 8.8, 5.5, 12.7));

        ItemMeasures m = sample.measure(item);

        assertThat(m.topBox()).isNaN();
        assertThat(m.meanScore()).isNaN();
    }

    @Test
    void itemWithOnlyDontKnowHasNoRebasedMeasures() {
        var item = SampleFixture.row(1).withShares(List.of(0.0, 0.0, 0.0, 0.0, 100.0));

        ItemMeasures m = sample.measure(item);

        assertThat(m.topBoxValid()).isNaN();
        assertThat(m.meanScore()).isNaN();
        assertThat(m.dontKnow()).isEqualTo(100.0);
    }
}

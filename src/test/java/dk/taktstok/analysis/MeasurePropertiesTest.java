package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import dk.taktstok.testing.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The measures' invariants on random scales and tables: any number of substantive and "don't know"
 * categories in any order, scores with ties and gaps, shares that sum to 100 (docs/measures.md).
 */
class MeasurePropertiesTest {

    private static final double EPSILON = 1e-9;

    /** A scale and one item's shares on it, summing to 100. */
    record Row(Scale scale, List<Double> shares) {
        Item item() {
            return new Item("r1", Text.of("Item"), null, Map.of(), shares);
        }

        ItemMeasures measures() {
            return new ItemMeasurer(scale).measure(item());
        }

        Row withShares(List<Double> newShares) {
            return new Row(scale, newShares);
        }
    }

    /** Some of the answers in {@code from} moved to {@code to}. */
    record Move(Row row, int from, int to, double fraction) {
    }

    /** Some answers moved from a substantive category to one scored at least as high. */
    static Move upward(Random random, int size) {
        Row row = row(random, size);
        var substantive = new ArrayList<Integer>();
        for (int i = 0; i < row.scale().size(); i++) {
            if (row.scale().category(i).isSubstantive()) {
                substantive.add(i);
            }
        }
        int a = substantive.remove(random.nextInt(substantive.size()));
        int b = substantive.get(random.nextInt(substantive.size()));
        boolean aLower = row.scale().category(a).score() <= row.scale().category(b).score();
        return new Move(row, aLower ? a : b, aLower ? b : a, random.nextDouble());
    }

    /** All answers of a category outside the top box moved into one inside it. */
    static Move intoTopBox(Random random, int size) {
        Row row = row(random, size);
        ScaleBoxes boxes = ScaleBoxes.of(row.scale());
        var inside = new ArrayList<Integer>();
        var outside = new ArrayList<Integer>();
        for (int i = 0; i < row.scale().size(); i++) {
            (boxes.isTop(i) ? inside : outside).add(i);
        }
        return new Move(row, outside.get(random.nextInt(outside.size())), inside.get(random.nextInt(inside.size())), 1);
    }

    static Row row(Random random, int size) {
        int substantive = 2 + random.nextInt(2 + Math.min(6, size / 15));
        int dontKnow = random.nextInt(3);
        var categories = new ArrayList<Category>();
        for (int i = 0; i < substantive; i++) {
            double score = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextDouble() * 10 - 2;
            categories.add(Category.substantive(Text.of("c" + i), score));
        }
        for (int i = 0; i < dontKnow; i++) {
            categories.add(random.nextInt(categories.size() + 1), Category.dontKnow(Text.of("dk" + i)));
        }
        var weights = new double[categories.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
            total += weights[i];
        }
        if (total == 0) {
            weights[0] = 1;
            total = 1;
        }
        var shares = new ArrayList<Double>();
        for (double weight : weights) {
            shares.add(weight / total * 100);
        }
        return new Row(new Scale("s", categories), shares);
    }

    private static boolean hasSubstantiveAnswers(Row row) {
        double sum = 0;
        for (int i = 0; i < row.scale().size(); i++) {
            if (row.scale().category(i).isSubstantive()) {
                sum += row.shares().get(i);
            }
        }
        return sum > 0;
    }

    @Provide
    Arbitrary<Row> rows() {
        return Examples.of(MeasurePropertiesTest::row);
    }

    @Provide
    Arbitrary<Move> upwardMoves() {
        return Examples.of(MeasurePropertiesTest::upward);
    }

    @Provide
    Arbitrary<Move> movesIntoTopBox() {
        return Examples.of(MeasurePropertiesTest::intoTopBox);
    }

    @Property(tries = 2000)
    void sharesAndScoresLieWithinZeroToHundredAndNetWithinPlusMinusHundred(@ForAll("rows") Row row) {
        ItemMeasures m = row.measures();

        assertThat(m.sum()).isCloseTo(100, within(1e-6));
        assertThat(m.topBox()).isBetween(-EPSILON, 100 + EPSILON);
        assertThat(m.dontKnow()).isBetween(-EPSILON, 100 + EPSILON);
        assertThat(m.net()).isBetween(-100 - EPSILON, 100 + EPSILON);
        if (hasSubstantiveAnswers(row)) {
            assertThat(m.topBoxValid()).isBetween(-EPSILON, 100 + EPSILON);
            if (!Double.isNaN(m.meanScore())) {
                assertThat(m.meanScore()).isBetween(-EPSILON, 100 + EPSILON);
            }
        } else {
            assertThat(m.topBoxValid()).isNaN();
            assertThat(m.meanScore()).isNaN();
        }
    }

    @Property(tries = 2000)
    void rebasedSharesSumToHundred(@ForAll("rows") Row row) {
        Assume.that(hasSubstantiveAnswers(row));
        double sum = 0;
        for (int c = 0; c < row.scale().size(); c++) {
            Category category = row.scale().category(c);
            if (category.isSubstantive()) {
                // a top box of this one category: its top box among valid answers is its rebased share
                Scale alone = row.scale().withBoxes(List.of(category.name()), List.of());
                sum += new Row(alone, row.shares()).measures().topBoxValid();
            }
        }
        assertThat(sum).isCloseTo(100, within(1e-6));
    }

    @Property(tries = 2000)
    void movingAnswersUpTheScaleNeverLowersTheMeanScore(@ForAll("upwardMoves") Move move) {
        Row row = move.row();
        int from = move.from();
        int to = move.to();
        double moved = row.shares().get(from) * move.fraction();
        var shares = new ArrayList<>(row.shares());
        shares.set(from, shares.get(from) - moved);
        shares.set(to, shares.get(to) + moved);

        double before = row.measures().meanScore();
        double after = row.withShares(shares).measures().meanScore();

        if (!Double.isNaN(before)) {
            assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
        }
    }

    @Property(tries = 2000)
    void movingAnswersIntoTheTopBoxNeverLowersTopBoxOrNet(@ForAll("movesIntoTopBox") Move move) {
        Row row = move.row();
        int from = move.from();
        int to = move.to();
        var shares = new ArrayList<>(row.shares());
        double moved = row.shares().get(from) * move.fraction();
        shares.set(from, shares.get(from) - moved);
        shares.set(to, shares.get(to) + moved);

        ItemMeasures before = row.measures();
        ItemMeasures after = row.withShares(shares).measures();

        assertThat(after.topBox()).isGreaterThanOrEqualTo(before.topBox() - 1e-9);
        assertThat(after.net()).isGreaterThanOrEqualTo(before.net() - 1e-9);
    }
}

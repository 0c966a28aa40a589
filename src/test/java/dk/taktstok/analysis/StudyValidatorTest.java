package dk.taktstok.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.analysis.StudyFinding.Level;
import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SampleFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The study checks find what is wrong by its place in the study, with no file in sight. */
class StudyValidatorTest {

    private static final Study SAMPLE = SampleFixture.study();

    /** The sample with the second row's shares replaced. */
    private static Study withRow2(Double... shares) {
        SurveyTable table = SAMPLE.tables().getFirst();
        List<Item> items = new ArrayList<>(table.items());
        items.set(1, items.get(1).withShares(List.of(shares)));
        return SAMPLE.withTables(List.of(table.withItems(items)));
    }

    @Test
    void divergingChartOnANominalTableIsAWarningAtTheTable() {
        Scale nominal = SAMPLE.scales().getFirst().withKind(dk.taktstok.model.ScaleKind.NOMINAL);
        Study study = SAMPLE.withScales(List.of(nominal)).withCharts(List.of(dk.taktstok.model.ChartSpec.of("d",
                dk.taktstok.model.ChartType.DIVERGING_BARS, SAMPLE.tables().getFirst().id())));

        assertThat(StudyValidator.validate(study)).containsExactly(new StudyFinding(Level.WARNING,
                new StudyPlace.Table(0), "chart 'd' is divergingBars, which needs answers with a top, but table '"
                        + SAMPLE.tables().getFirst().id() + "' is a nominal question: use stackedBars"));
    }

    @Test
    void theSampleHasNothingToFind() {
        assertThat(StudyValidator.validate(SAMPLE)).isEmpty();
    }

    @Test
    void rowSummingTo130GivesWarningNamingTheItem() {
        assertThat(StudyValidator.validate(withRow2(45.5, 46.7, 17.9, 6.7, 13.2))).containsExactly(new StudyFinding(
                Level.WARNING, new StudyPlace.Item(0, 1), "'Row 2' sums to 130 (expected 100 ± 0.5)"));
    }

    @Test
    void aRowWithinHalfAPointOf100IsFine() {
        assertThat(StudyValidator.validate(withRow2(15.5, 46.7, 17.9, 6.7, 13.7))).isEmpty();
    }

    @Test
    void aShareOver100IsAnErrorAtItsShare() {
        assertThat(StudyValidator.validate(withRow2(130.0, 0.0, 0.0, 0.0, 0.0))).first().isEqualTo(new StudyFinding(
                Level.ERROR, new StudyPlace.Share(0, 1, 0), "value 130 for 'Som regel' is over 100 %"));
    }

    @Test
    void aNegativeShareIsAnErrorAtItsShare() {
        assertThat(StudyValidator.validate(withRow2(15.5, 46.7, -3.25, 6.7, 13.3))).first().isEqualTo(new StudyFinding(
                Level.ERROR, new StudyPlace.Share(0, 1, 2),
                "negative value -3.25 for 'Sjældent' (a share is a percentage from 0 to 100)"));
    }

    @Test
    void aShareTheReaderCouldNotReadIsLeftToTheReaderAndTheSumUnchecked() {
        assertThat(StudyValidator.validate(withRow2(15.5, Double.NaN, 17.9, 6.7, 13.3))).isEmpty();
    }

    @Test
    void aRowWithMoreValuesThanCategoriesIsAnErrorAtTheItem() {
        assertThat(StudyValidator.validate(withRow2(15.5, 46.7, 17.9, 6.7, 13.3, 0.0))).containsExactly(new StudyFinding(
                Level.ERROR, new StudyPlace.Item(0, 1), "'Row 2' has 6 values but the scale has 5 categories"));
    }

    @Test
    void aTableOnAScaleTheStudyLacksIsAnErrorAtTheTable() {
        SurveyTable table = SAMPLE.tables().getFirst();
        Study study = SAMPLE.withTables(List.of(new SurveyTable(table.id(), table.title(), null, "nowhere",
                table.items(), table.groupTag(), table.groups())));

        assertThat(StudyValidator.validate(study)).containsExactly(new StudyFinding(Level.ERROR, new StudyPlace.Table(0),
                "table 'initiative' uses scale 'nowhere', which the study does not have"));
    }

    @Test
    void aScaleWithoutSubstantiveCategoriesIsAWarningAtTheTable() {
        Scale scale = SampleFixture.scale();
        Study study = SAMPLE.withScales(List.of(scale.withCategories(
                scale.categories().stream().map(c -> Category.dontKnow(c.label())).toList())));

        assertThat(StudyValidator.validate(study)).containsExactly(new StudyFinding(Level.WARNING, new StudyPlace.Table(0),
                "the scale of table 'initiative' has no substantive category, so its measures cannot be computed"));
    }

    @Test
    void anItemTaggedWithAGroupTheTableLacksIsAWarningAtTheItem() {
        SurveyTable table = SAMPLE.tables().getFirst();
        List<Item> items = new ArrayList<>(table.items());
        items.set(0, items.getFirst().withTags(Map.of("initiator", "press")));
        Study study = SAMPLE.withTables(List.of(table.withItems(items)));

        assertThat(StudyValidator.validate(study)).containsExactly(new StudyFinding(Level.WARNING, new StudyPlace.Item(0, 0),
                "'Row 1' is tagged initiator = 'press', which is not one of the table's groups"));
    }

    @Test
    void aLabelLongerThan60CharactersIsCutAt59InTheMessage() {
        SurveyTable table = SAMPLE.tables().getFirst();
        List<Item> items = new ArrayList<>(table.items());
        String label = "A statement far longer than any row label should be, so that the message would run on";
        items.set(0, new Item("r1", Text.of(label), null, Map.of(), List.of(50.0, 60.0, 0.0, 0.0, 0.0)));
        Study study = SAMPLE.withTables(List.of(table.withItems(items)));

        assertThat(StudyValidator.validate(study)).singleElement().extracting(StudyFinding::message)
                .isEqualTo("'A statement far longer than any row label should be, so tha…' sums to 110 (expected 100 ± 0.5)");
    }
}

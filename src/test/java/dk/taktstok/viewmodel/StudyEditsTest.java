package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SampleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The edits on the hand-built seed study, which has no charts of its own. */
class StudyEditsTest {

    private static final Study STUDY = SampleFixture.study();

    private static SurveyTable table(Study study) {
        return study.tables().getFirst();
    }

    @Test
    void aShareIsSetInItsItemOnly() {
        Study edited = StudyEdits.share(STUDY, "initiative", "r2", 1, 50);

        assertThat(table(edited).item("r2").orElseThrow().shares()).containsExactly(15.5, 50.0, 17.9, 6.7, 13.3);
        assertThat(table(edited).item("r1")).isEqualTo(table(STUDY).item("r1"));
        assertThat(STUDY.tables().getFirst().item("r2").orElseThrow().share(1)).as("studies are not changed").isEqualTo(46.7);
    }

    @Test
    void anEmptiedShareIsNotANumber() {
        Study edited = StudyEdits.share(STUDY, "initiative", "r1", 0, Double.NaN);

        assertThat(table(edited).item("r1").orElseThrow().share(0)).isNaN();
    }

    @Test
    void anItemIsPutInAGroupByTheTablesGroupTag() {
        Study edited = StudyEdits.itemGroup(STUDY, "initiative", "r1", "civil");

        assertThat(table(edited).item("r1").orElseThrow().tags()).containsEntry("initiator", "civil");
        assertThat(table(edited).groupOf(table(edited).item("r1").orElseThrow())).isEqualTo("civil");
    }

    @Test
    void anItemTakenOutOfItsGroupLosesTheTag() {
        Study edited = StudyEdits.itemGroup(STUDY, "initiative", "r1", null);

        assertThat(table(edited).item("r1").orElseThrow().tags()).doesNotContainKey("initiator");
    }

    @Test
    void aTableWithoutGroupsHasNoGroupToPutAnItemIn() {
        var ungrouped = STUDY.withTables(List.of(new SurveyTable("initiative", Text.of("Initiative"), null, "frequency",
                table(STUDY).items(), null, List.of())));

        assertThat(StudyEdits.itemGroup(ungrouped, "initiative", "r1", "civil")).isEqualTo(ungrouped);
    }

    @Test
    void aCategoryPutOnTheScaleIsScoredBelowTheLowest() {
        Study edited = StudyEdits.categoryRole(STUDY, "frequency", 4, CategoryRole.SUBSTANTIVE);

        var category = edited.scales().getFirst().category(4);
        assertThat(category.isSubstantive()).isTrue();
        assertThat(category.score()).isEqualTo(-1.0);
    }

    @Test
    void aCategoryTakenOffTheScaleHasNoScore() {
        Study edited = StudyEdits.categoryRole(STUDY, "frequency", 3, CategoryRole.DONT_KNOW);

        var category = edited.scales().getFirst().category(3);
        assertThat(category.isSubstantive()).isFalse();
        assertThat(category.score()).isNull();
    }

    @Test
    void aCategoryTakenOffTheScaleLeavesTheNamedBoxes() {
        var boxed = StudyEdits.boxes(STUDY, "frequency", List.of("Som regel", "Somme tider"), List.of("Sjældent", "Aldrig"));

        Study edited = StudyEdits.categoryRole(boxed, "frequency", 3, CategoryRole.DONT_KNOW);

        assertThat(edited.scales().getFirst().topBox()).containsExactly("Som regel", "Somme tider");
        assertThat(edited.scales().getFirst().bottomBox()).containsExactly("Sjældent");
    }

    @Test
    void theSameRoleAgainChangesNothing() {
        assertThat(StudyEdits.categoryRole(STUDY, "frequency", 0, CategoryRole.SUBSTANTIVE)).isEqualTo(STUDY);
    }

    @Test
    void aScoreIsSetOnAnAnswerOnTheScale() {
        Study edited = StudyEdits.categoryScore(STUDY, "frequency", 0, 10);

        assertThat(edited.scales().getFirst().category(0).score()).isEqualTo(10.0);
    }

    @Test
    void dontKnowHasNoScoreToSet() {
        assertThat(StudyEdits.categoryScore(STUDY, "frequency", 4, 10)).isEqualTo(STUDY);
    }

    @Test
    void theBoxesAreNamedCategories() {
        Study edited = StudyEdits.boxes(STUDY, "frequency", List.of("Som regel"), List.of("Aldrig"));

        assertThat(edited.scales().getFirst().topBox()).containsExactly("Som regel");
        assertThat(edited.scales().getFirst().bottomBox()).containsExactly("Aldrig");
    }

    @Test
    void aChangedChartFirstGivesAStudyWithoutChartsItsDefaultSet() {
        var stacked = ChartSpec.of("initiative-diverging", ChartType.STACKED_BARS, "initiative");

        Study edited = StudyEdits.chart(STUDY, stacked);

        assertThat(edited.charts()).extracting(ChartSpec::id)
                .containsExactly("initiative-diverging", "initiative-stacked", "initiative-groups", "initiative-goal");
        assertThat(edited.charts().getFirst()).isEqualTo(stacked);
    }

    @Test
    void aNewChartIsAddedAfterTheOthers() {
        var extra = ChartSpec.of("extra", ChartType.GROUP_INDEX, "initiative");

        Study edited = StudyEdits.chart(STUDY, extra);

        assertThat(edited.charts()).hasSize(5).last().isEqualTo(extra);
    }

    @Test
    void anAnnotationIsAddedThenReplacedByItsId() {
        ChartSpec chart = ChartSpec.of("initiative-diverging", ChartType.DIVERGING_BARS, "initiative");
        var line = new Annotation.ReferenceLine("line-1", 50, null);
        var moved = new Annotation.ReferenceLine("line-1", 60, Text.of("Mål"));

        Study added = StudyEdits.annotation(STUDY, chart, line);
        Study replaced = StudyEdits.annotation(added, added.charts().getFirst(), moved);

        assertThat(added.charts().getFirst().annotations()).containsExactly(line);
        assertThat(replaced.charts().getFirst().annotations()).containsExactly(moved);
    }

    @Test
    void anAnnotationIsRemovedByItsId() {
        ChartSpec chart = ChartSpec.of("initiative-diverging", ChartType.DIVERGING_BARS, "initiative")
                .withAnnotations(List.of(new Annotation.Highlight("highlight-1", "r1"),
                        new Annotation.Highlight("highlight-2", "r2")));

        Study edited = StudyEdits.withoutAnnotation(STUDY, chart, "highlight-1");

        assertThat(edited.charts().getFirst().annotations()).extracting(Annotation::id).containsExactly("highlight-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"note", "line", "arrow", "highlight"})
    void aNewAnnotationIdIsTheFirstFreeOfItsKind(String kind) {
        ChartSpec chart = ChartSpec.of("c", ChartType.DIVERGING_BARS, "initiative").withAnnotations(List.of(
                new Annotation.Highlight(kind + "-1", "r1"), new Annotation.Highlight(kind + "-3", "r3")));

        assertThat(StudyEdits.newAnnotationId(chart, kind)).isEqualTo(kind + "-2");
    }
}

package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Problem;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Study;
import dk.taktstok.testing.SampleFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentViewModelTest {

    private static final Study SAMPLE = SampleStudy.load();

    private final DocumentViewModel document = new DocumentViewModel(SAMPLE);

    private static Study firstShare(Study study, double value) {
        return StudyEdits.share(study, "initiative", "invites-associations", 0, value);
    }

    private double rowOneTopBox() {
        return document.measures().table("initiative").orElseThrow().item("invites-associations").orElseThrow()
                .measures().get(Measure.TOP_BOX);
    }

    @Test
    void aNewDocumentIsCleanWithNothingToUndo() {
        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isNull();
        assertThat(document.history().size()).isZero();
    }

    @Test
    void theFirstTableAndChartAreSelected() {
        assertThat(document.selectedTableProperty().get()).isEqualTo("initiative");
        assertThat(document.table()).map(t -> t.id()).contains("initiative");
        assertThat(document.selectedChartProperty().get()).isEqualTo("initiative-diverging");
        assertThat(document.chart()).map(c -> c.id()).contains("initiative-diverging");
    }

    @Test
    void theSampleHasItsOwnFourCharts() {
        assertThat(document.charts()).extracting(c -> c.id())
                .containsExactly("initiative-diverging", "initiative-stacked", "initiative-groups", "goal-vs-practice");
    }

    @Test
    void aStudyWithoutChartsOfItsOwnGetsTheDefaultSet() {
        document.load(SampleFixture.study(), null, List.of());

        assertThat(document.charts()).extracting(c -> c.id())
                .containsExactly("initiative-diverging", "initiative-stacked", "initiative-groups", "initiative-goal");
        assertThat(document.selectedChartProperty().get()).isEqualTo("initiative-diverging");
    }

    @Test
    void applyingAnEditRecordsOneChangeUnderItsName() {
        boolean changed = document.apply("Edit 'Som regel'", study -> firstShare(study, 30));

        assertThat(changed).isTrue();
        assertThat(document.study()).isEqualTo(firstShare(SAMPLE, 30));
        assertThat(document.history().size()).isEqualTo(1);
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Edit 'Som regel'");
    }

    @Test
    void anEditThatChangesNothingRecordsNothing() {
        boolean changed = document.apply("Edit 'Som regel'", study -> firstShare(study, 26.7));

        assertThat(changed).isFalse();
        assertThat(document.history().size()).isZero();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void theMeasuresFollowTheStudy() {
        assertThat(rowOneTopBox()).isCloseTo(73.1, within(1e-9));

        document.apply("edit", study -> firstShare(study, 30));

        assertThat(rowOneTopBox()).isCloseTo(76.4, within(1e-9));
    }

    @Test
    void undoRestoresTheStudyBeforeAndRedoTheStudyAfter() {
        document.apply("edit", study -> firstShare(study, 30));

        document.undo();
        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(rowOneTopBox()).isCloseTo(73.1, within(1e-9));

        document.redo();
        assertThat(document.study()).isEqualTo(firstShare(SAMPLE, 30));
        assertThat(rowOneTopBox()).isCloseTo(76.4, within(1e-9));
    }

    @Test
    void undoAndRedoWithNothingToDoChangeNothing() {
        document.undo();
        document.redo();

        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void fiveHundredEditsAreAllUndoneBackToTheStudyAsOpened() {
        for (int i = 1; i <= 500; i++) {
            double value = i / 10.0;
            document.apply("edit " + i, study -> firstShare(study, value));
        }
        assertThat(document.history().size()).isEqualTo(500);

        for (int i = 0; i < 500; i++) {
            document.undo();
        }

        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(document.history().canUndoProperty().get()).isFalse();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedStateThroughUndoAndRedo() {
        document.apply("edit", study -> firstShare(study, 30));
        assertThat(document.isDirty()).isTrue();

        document.undo();
        assertThat(document.isDirty()).isFalse();

        document.redo();
        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void editingBackToTheSavedValuesIsClean() {
        document.apply("edit", study -> firstShare(study, 30));
        document.apply("edit back", study -> firstShare(study, 26.7));

        assertThat(document.isDirty()).isFalse();
        assertThat(document.history().size()).isEqualTo(2);
    }

    @Test
    void markSavedMakesTheStudyTheSavedOneAndTheFileTheDocuments() {
        Path file = Path.of("study.json");
        document.apply("edit", study -> firstShare(study, 30));

        document.markSaved(document.study(), file);

        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(file);
        document.undo();
        assertThat(document.isDirty()).as("back before the save").isTrue();
        document.redo();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void markingAnOlderVersionSavedLeavesTheDocumentDirty() {
        document.apply("edit", study -> firstShare(study, 30));

        document.markSaved(SAMPLE, Path.of("study.json"));

        assertThat(document.isDirty()).isTrue();
    }

    @Test
    void loadingAStudyClearsTheHistoryAndTakesItsFileAndProblems() {
        document.apply("edit", study -> firstShare(study, 30));
        Path file = Path.of("seed.xlsx");
        var problem = Problem.warning("Data!A2", "'Kommunen' sums to 130 (expected 100 ± 0.5)");

        document.load(SampleFixture.study(), file, List.of(problem));

        assertThat(document.study()).isEqualTo(SampleFixture.study());
        assertThat(document.history().size()).isZero();
        assertThat(document.history().canRedoProperty().get()).isFalse();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.file()).isEqualTo(file);
        assertThat(document.problems()).containsExactly(problem);
    }

    @Test
    void recoveredWorkIsUnsavedUntilItIsSaved() {
        Path file = Path.of("study.json");
        Study recovered = firstShare(SAMPLE, 30);

        document.recover(recovered, file);

        assertThat(document.study()).isEqualTo(recovered);
        assertThat(document.file()).isEqualTo(file);
        assertThat(document.isDirty()).isTrue();
        assertThat(document.history().size()).isZero();
        document.apply("edit", study -> firstShare(study, 31));
        document.undo();
        assertThat(document.isDirty()).as("no file holds it yet").isTrue();
        document.markSaved(recovered, file);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void aStudyWithoutTablesHasNoTableOrChartSelected() {
        var empty = new Study(SAMPLE.metadata(), SAMPLE.scales(), List.of(), List.of(), List.of());

        document.load(empty, null, List.of());

        assertThat(document.selectedTableProperty().get()).isNull();
        assertThat(document.table()).isEmpty();
        assertThat(document.chart()).isEmpty();
    }
}

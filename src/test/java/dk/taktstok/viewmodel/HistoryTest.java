package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Study;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Study BEFORE = SampleStudy.load();
    private static final Study AFTER = StudyEdits.share(BEFORE, "initiative", "dialogue", 0, 40);

    private final History history = new History();

    @Test
    void aNewHistoryHasNothingToUndoOrRedo() {
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.undo()).isNull();
        assertThat(history.redo()).isNull();
        assertThat(history.undoNameProperty().get()).isEmpty();
    }

    @Test
    void aRecordedChangeCanBeUndoneUnderItsName() {
        history.record(new History.Change("Edit 'Som regel'", BEFORE, AFTER));

        assertThat(history.canUndoProperty().get()).isTrue();
        assertThat(history.undoNameProperty().get()).isEqualTo("Edit 'Som regel'");
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void undoingAChangeMakesItTheOneToRedo() {
        var change = new History.Change("Edit", BEFORE, AFTER);
        history.record(change);

        assertThat(history.undo()).isSameAs(change);

        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isTrue();
        assertThat(history.redoNameProperty().get()).isEqualTo("Edit");
        assertThat(history.redo()).isSameAs(change);
        assertThat(history.canUndoProperty().get()).isTrue();
    }

    @Test
    void aNewChangeAfterAnUndoForgetsWhatCouldBeRedone() {
        history.record(new History.Change("first", BEFORE, AFTER));
        history.undo();

        history.record(new History.Change("second", BEFORE, AFTER));

        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.redoNameProperty().get()).isEmpty();
        assertThat(history.undoNameProperty().get()).isEqualTo("second");
    }

    @Test
    void changesAreUndoneLastFirst() {
        history.record(new History.Change("first", BEFORE, AFTER));
        history.record(new History.Change("second", AFTER, BEFORE));

        assertThat(history.undo().description()).isEqualTo("second");
        assertThat(history.undo().description()).isEqualTo("first");
        assertThat(history.undo()).isNull();
    }

    @Test
    void thereIsNoLimitToHowManyChangesAreKept() {
        for (int i = 0; i < 10_000; i++) {
            history.record(new History.Change("edit " + i, BEFORE, AFTER));
        }

        assertThat(history.size()).isEqualTo(10_000);
        assertThat(history.undoNameProperty().get()).isEqualTo("edit 9999");
    }

    @Test
    void clearingForgetsBothSides() {
        history.record(new History.Change("first", BEFORE, AFTER));
        history.record(new History.Change("second", AFTER, BEFORE));
        history.undo();

        history.clear();

        assertThat(history.size()).isZero();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.undoNameProperty().get()).isEmpty();
        assertThat(history.redoNameProperty().get()).isEmpty();
    }
}

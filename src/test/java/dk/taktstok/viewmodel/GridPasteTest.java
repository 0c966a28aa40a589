package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Study;
import dk.taktstok.testing.InLanguage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A range pasted into the grid, and cells emptied, each as one change. */
class GridPasteTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static final Study SAMPLE = SampleStudy.load();

    private DocumentViewModel document;
    private GridViewModel grid;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        grid = new GridViewModel(document);
    }

    private double share(int row, int category) {
        return document.study().tables().getFirst().items().get(row).share(category);
    }

    @Test
    void aThreeByFiveRangeFillsFifteenCellsAsOneUndoableChange() {
        String range = "10\t20\t30\t35\t5\n11,5\t21,5\t31\t31\t5\n12.5\t22.5\t32.5\t30\t2,5\n";

        assertThat(grid.paste(0, 0, range)).isEmpty();

        assertThat(share(0, 0)).isEqualTo(10);
        assertThat(share(1, 0)).isEqualTo(11.5);
        assertThat(share(2, 4)).isEqualTo(2.5);
        assertThat(grid.rows().get(1).cells().getFirst().text()).isEqualTo("11,5");
        assertThat(document.history().size()).isEqualTo(1);
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Paste 15 values");
        document.undo();
        assertThat(document.study()).isEqualTo(SAMPLE);
    }

    @Test
    void aRangeWithTextIsRefusedWholeNamingTheText() {
        assertThat(grid.paste(0, 0, "10\t20\nn/a\t30")).contains("'n/a' is not a number; write a percentage such as 26,7");
        assertThat(document.history().size()).isZero();
    }

    @Test
    void valuesBeyondTheLastCategoryAreLeftOutAndSaid() {
        assertThat(grid.paste(0, 3, "1\t2\t3")).contains("One pasted value fell outside the table and was left out.");
        assertThat(share(0, 3)).isEqualTo(1);
        assertThat(share(0, 4)).isEqualTo(2);
    }

    @Test
    void emptiedCellsAreOneChange() {
        grid.clear(List.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}));

        assertThat(share(0, 0)).isNaN();
        assertThat(share(0, 1)).isNaN();
        assertThat(share(1, 0)).isNaN();
        assertThat(document.history().size()).isEqualTo(1);
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Empty 3 cells");
    }

    @Test
    void theHintForTextIsWrittenInTheGridsNumberLanguage() {
        assertThat(grid.checkTyped("abc")).contains("'abc' is not a number; write a percentage such as 26,7");
        grid.languageProperty().set("en");
        assertThat(grid.checkTyped("abc")).contains("'abc' is not a number; write a percentage such as 26.7");
    }
}

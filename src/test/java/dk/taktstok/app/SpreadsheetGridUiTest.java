package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data grid in the real window, used as a spreadsheet is: typing, Tab and Enter, Escape, paste, Delete, redo. */
class SpreadsheetGridUiTest {

    /** The grid's columns: item, group, then the categories. */
    private static final int FIRST_CATEGORY = 2;

    private DesktopDriver app;
    private TableView<Object> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openTheWindow() {
        app = new DesktopDriver().start();
        grid = (TableView<Object>) (TableView<?>) app.fx(() -> app.window.grid());
    }

    @AfterEach
    void closeTheWindow() {
        app.close();
    }

    @Test
    void typingOnASelectedCellEditsItTabMovesRightAndEnterMovesDown() {
        select(0, FIRST_CATEGORY);
        type("36,7");
        press(field(), KeyCode.TAB, false);

        assertThat(share(0, 0)).isEqualTo(36.7);
        assertThat(selected()).isEqualTo("0," + (FIRST_CATEGORY + 1));
        assertThat(app.fx(() -> app.model.inspector().items().getFirst().values().getFirst())).isEqualTo("83,1");

        type("10");
        press(field(), KeyCode.ENTER, false);
        assertThat(share(0, 1)).isEqualTo(10);
        assertThat(selected()).isEqualTo("1," + (FIRST_CATEGORY + 1));

        type("99");
        press(field(), KeyCode.ESCAPE, false);
        assertThat(share(1, 1)).isNotEqualTo(99);
        assertThat(app.fx(() -> grid.getEditingCell())).isNull();
        assertThat(app.model.document().history().size()).isEqualTo(2);
    }

    @Test
    void leavingACellBeingEditedKeepsWhatWasTyped() {
        select(2, FIRST_CATEGORY);
        type("41");
        TextField field = field();
        app.run(() -> app.window.chartPane().requestFocus());
        app.settle();

        assertThat(app.fx(field::isFocused)).isFalse();
        assertThat(share(2, 0)).isEqualTo(41);
    }

    @Test
    void aPastedThreeByFiveRangeIsOneUndoStepAndCtrlYRedoesIt() {
        double before = share(1, 2);
        app.run(() -> {
            var content = new ClipboardContent();
            content.putString("10\t20\t30\t35\t5\n11\t21\t31\t32\t5\n12\t22\t32\t30\t4\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        select(0, FIRST_CATEGORY);
        app.run(() -> grid.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.V, false, true, false, false)));
        app.settle();

        assertThat(share(0, 0)).isEqualTo(10);
        assertThat(share(1, 2)).isEqualTo(31);
        assertThat(share(2, 4)).isEqualTo(4);
        assertThat(app.model.document().history().size()).isEqualTo(1);

        app.menu("menu-undo");
        assertThat(share(1, 2)).isEqualTo(before);
        app.run(() -> grid.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Y, false, true, false, false)));
        app.settle();
        assertThat(share(1, 2)).isEqualTo(31);
    }

    @Test
    void deleteEmptiesTheSelectedCellsAsOneStep() {
        select(0, FIRST_CATEGORY);
        app.run(() -> grid.getSelectionModel().select(0, grid.getVisibleLeafColumn(FIRST_CATEGORY + 1)));
        press(grid, KeyCode.DELETE, false);

        assertThat(share(0, 0)).isNaN();
        assertThat(share(0, 1)).isNaN();
        assertThat(app.model.document().history().size()).isEqualTo(1);
    }

    private void select(int row, int column) {
        app.run(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(row, grid.getVisibleLeafColumn(column));
            grid.getFocusModel().focus(row, grid.getVisibleLeafColumn(column));
        });
        app.settle();
    }

    /** Types on the selected cell: the first character starts the edit, as in a spreadsheet. */
    private void type(String text) {
        app.run(() -> grid.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, text.substring(0, 1), "", KeyCode.UNDEFINED,
                false, false, false, false)));
        app.settle();
        TextField field = field();
        String started = app.fx(field::getText);
        assertThat(started).isEqualTo(text.substring(0, 1));
        app.run(() -> {
            field.setText(text);
            field.end();
        });
    }

    private TextField field() {
        return app.fx(() -> (TextField) grid.lookupAll(".sheet-field").stream().filter(n -> n.isVisible())
                .findFirst().orElseThrow());
    }

    private void press(javafx.scene.Node target, KeyCode code, boolean shift) {
        app.run(() -> target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false)));
        app.settle();
    }

    private String selected() {
        return app.fx(() -> {
            TablePosition<Object, ?> at = grid.getFocusModel().getFocusedCell();
            return at.getRow() + "," + grid.getVisibleLeafIndex(at.getTableColumn());
        });
    }

    private double share(int row, int category) {
        return app.fx(() -> app.model.document().study().tables().getFirst().items().get(row).share(category));
    }
}

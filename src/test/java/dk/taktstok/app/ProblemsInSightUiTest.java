package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.viewmodel.GridViewModel;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems beside the grid and the chart, each taking the user to its cell; the status bar's messages. */
class ProblemsInSightUiTest {

    private DesktopDriver app;

    @BeforeEach
    void openTheWindow() {
        app = new DesktopDriver().start();
    }

    @AfterEach
    void closeTheWindow() {
        app.close();
    }

    @Test
    void anEmptiedCellIsListedBesideTheGridAndChoosingItSelectsTheCell() {
        @SuppressWarnings("unchecked")
        TableView<Object> grid = (TableView<Object>) (TableView<?>) app.fx(() -> app.window.grid());
        app.run(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(3, grid.getVisibleLeafColumn(4));
            grid.getFocusModel().focus(3, grid.getVisibleLeafColumn(4));
            grid.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DELETE, false, false, false, false));
            grid.getSelectionModel().clearAndSelect(0, grid.getVisibleLeafColumn(2));
        });
        app.settle();

        @SuppressWarnings("unchecked")
        ListView<GridViewModel.ProblemLine> problems = (ListView<GridViewModel.ProblemLine>) app.node("problems");
        assertThat(shown(problems)).as("the list is in sight with the grid").isTrue();
        assertThat(shown(grid)).isTrue();
        assertThat(shown(app.fx(() -> app.window.chartPane()))).isTrue();
        Label heading = (Label) app.node("problems-heading");
        assertThat(app.fx(heading::getText)).endsWith("(1)");
        GridViewModel.ProblemLine line = app.fx(() -> problems.getItems().getFirst());
        assertThat(line.row()).isEqualTo(3);

        app.run(() -> problems.getSelectionModel().select(line));
        app.settle();

        String at = app.fx(() -> {
            TablePosition<Object, ?> cell = grid.getFocusModel().getFocusedCell();
            return cell.getRow() + "," + grid.getVisibleLeafIndex(cell.getTableColumn());
        });
        assertThat(at).isEqualTo("3,4");
    }

    @Test
    void aSaveIsConfirmedInTheStatusBar(@TempDir Path folder) {
        app.dialogs.filesToSave.add(folder.resolve("saved.json"));
        app.menu("menu-save");

        var status = (org.controlsfx.control.StatusBar) app.node("status-bar");
        assertThat(app.fx(status::getText)).isEqualTo(dk.taktstok.viewmodel.Words.get("status.saved", "saved.json"));
    }

    /** Shown in the window: visible, laid out with some size, inside the scene. */
    private boolean shown(Node node) {
        return app.fx(() -> {
            if (!node.isVisible() || node.getScene() == null) {
                return false;
            }
            var bounds = node.localToScene(node.getLayoutBounds());
            return bounds.getWidth() > 20 && bounds.getHeight() > 20 && bounds.getMinX() >= 0
                    && bounds.getMaxX() <= node.getScene().getWidth() + 1;
        });
    }
}

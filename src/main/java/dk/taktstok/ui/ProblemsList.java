package dk.taktstok.ui;

import dk.taktstok.viewmodel.GridViewModel;
import dk.taktstok.viewmodel.Words;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The problems of the study: those met when the file was read, in the command line's words, and the
 * cells and rows of the selected table the checks find wrong now. Clicking one of these selects its cell.
 */
public final class ProblemsList extends ListView<GridViewModel.ProblemLine> {

    public ProblemsList(GridViewModel grid, DataGrid table) {
        super(grid.problems());
        setId("problems");
        getStyleClass().add("problems");
        setPlaceholder(new javafx.scene.control.Label(Words.get("ui.problems.none")));
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(GridViewModel.ProblemLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(line.error() ? "problem-error" : "problem-warning");
                setText(Words.get(line.error() ? "ui.problems.error" : "ui.problems.warning") + ": " + line.text());
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, line) -> {
            if (line != null && line.row() >= 0) {
                table.getSelectionModel().clearAndSelect(line.row(), table.getColumns().get(line.column()));
                table.scrollTo(line.row());
                table.requestFocus();
            }
        });
    }
}

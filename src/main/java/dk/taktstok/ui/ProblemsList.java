package dk.taktstok.ui;

import dk.taktstok.io.Problem;
import dk.taktstok.viewmodel.GridViewModel;
import dk.taktstok.viewmodel.Words;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The problems of the study: those found when the file was read, in the command line's words, and the
 * cells and rows of the selected table the checks find wrong now. Clicking one of these selects its cell.
 */
public final class ProblemsList extends ListView<ProblemsList.Entry> {

    /** A problem, and the grid row and column it belongs to (-1 when it is about the file). */
    public record Entry(Problem problem, int row, int column) {
    }

    public ProblemsList(ObservableList<Problem> read, GridViewModel grid, DataGrid table) {
        setId("problems");
        getStyleClass().add("problems");
        setPlaceholder(new javafx.scene.control.Label(Words.get("ui.problems.none")));
        Runnable build = () -> {
            var entries = new java.util.ArrayList<Entry>();
            for (Problem problem : read) {
                entries.add(new Entry(problem, -1, -1));
            }
            for (int r = 0; r < grid.rows().size(); r++) {
                GridViewModel.Row row = grid.rows().get(r);
                if (row.problem() != null) {
                    entries.add(new Entry(new Problem(row.problem().severity(), row.label(), row.problem().message()), r, 0));
                }
                for (int c = 0; c < row.cells().size(); c++) {
                    Problem problem = row.cells().get(c).problem();
                    if (problem != null) {
                        entries.add(new Entry(new Problem(problem.severity(), row.label() + " · "
                                + grid.categories().get(c), problem.message()), r, c + 2));
                    }
                }
            }
            getItems().setAll(entries);
        };
        read.addListener((ListChangeListener<Problem>) change -> build.run());
        grid.rows().addListener((ListChangeListener<GridViewModel.Row>) change -> build.run());
        build.run();
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(entry.problem().isError() ? "problem-error" : "problem-warning");
                setText(Words.get(entry.problem().isError() ? "ui.problems.error" : "ui.problems.warning")
                        + ": " + entry.problem().describe());
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, a, entry) -> {
            if (entry != null && entry.row() >= 0) {
                table.getSelectionModel().clearAndSelect(entry.row(), table.getColumns().get(entry.column()));
                table.scrollTo(entry.row());
                table.requestFocus();
            }
        });
    }
}

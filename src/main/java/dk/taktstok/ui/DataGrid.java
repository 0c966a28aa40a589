package dk.taktstok.ui;

import dk.taktstok.viewmodel.GridViewModel;
import dk.taktstok.viewmodel.Words;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The selected table's values, one row per item and one column per answer category. A cell the study
 * checks find wrong is marked, with the problem in its tooltip; an edit updates the measures and the
 * chart at once.
 */
public final class DataGrid extends TableView<GridViewModel.Row> {

    private final GridViewModel grid;
    private final Consumer<String> status;

    public DataGrid(GridViewModel grid, Consumer<String> status) {
        this.grid = grid;
        this.status = status;
        setId("data-grid");
        getStyleClass().add("data-grid");
        setEditable(true);
        setItems(grid.rows());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        grid.categories().addListener((ListChangeListener<String>) change -> buildColumns());
        buildColumns();
        setPlaceholder(new javafx.scene.control.Label(Words.get("ui.grid.empty")));
        SheetCell.actLikeASheet(this, new SheetCell.Actions() {
            @Override
            public void clear(java.util.List<javafx.scene.control.TablePosition<?, ?>> cells) {
                grid.clear(cells.stream().map(cell -> new int[] {cell.getRow(), categoryOf(cell.getTableColumn())})
                        .filter(cell -> cell[1] >= 0).toList());
            }

            @Override
            public void paste(int row, int column, String text) {
                int category = categoryOf(getVisibleLeafColumn(column));
                if (category < 0) {
                    return;
                }
                grid.paste(row, category, text).ifPresent(status);
                // the rows are new: the pasted range's first cell stays selected
                SheetCell.move(DataGrid.this, row, column, 0, 0);
            }
        });
    }

    /** The category a column shows; -1 for the item, group and sum columns. */
    private int categoryOf(TableColumn<?, ?> column) {
        String id = column == null ? null : column.getId();
        return id != null && id.startsWith("column-") && !id.equals("column-item")
                ? Integer.parseInt(id.substring("column-".length())) : -1;
    }

    private void buildColumns() {
        getColumns().clear();
        var label = new TableColumn<GridViewModel.Row, String>(Words.get("ui.grid.item"));
        label.setId("column-item");
        label.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().label()));
        label.setPrefWidth(320);
        label.setEditable(false);
        label.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
                GridViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
                mark(this, empty || row == null ? null : row.mark());
                if (!empty && row != null && row.mark() == null) {
                    setTooltip(new Tooltip(text));
                }
            }
        });
        getColumns().add(label);
        var group = new TableColumn<GridViewModel.Row, String>(Words.get("ui.grid.group"));
        group.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().group()));
        group.setPrefWidth(140);
        group.setEditable(false);
        getColumns().add(group);
        for (int c = 0; c < grid.categories().size(); c++) {
            getColumns().add(categoryColumn(c, grid.categories().get(c)));
        }
        var sum = new TableColumn<GridViewModel.Row, String>(Words.get("ui.grid.sum"));
        sum.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().sum()));
        sum.getStyleClass().add("number");
        sum.setPrefWidth(70);
        sum.setEditable(false);
        getColumns().add(sum);
    }

    private TableColumn<GridViewModel.Row, String> categoryColumn(int category, String name) {
        var column = new TableColumn<GridViewModel.Row, String>(name);
        column.setId("column-" + category);
        column.getStyleClass().add("number");
        column.setPrefWidth(90);
        column.setEditable(true);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().cells().get(category).text()));
        column.setCellFactory(col -> new SheetCell<>() {
            @Override
            protected void editing(javafx.scene.control.TextField field) {
                // while typing, ControlsFX marks the field as soon as the text is no number
                var validation = new org.controlsfx.validation.ValidationSupport();
                validation.registerValidator(field, false, (org.controlsfx.validation.Validator<String>)
                        (control, typed) -> org.controlsfx.validation.ValidationResult.fromErrorIf(control,
                                grid.checkTyped(typed).orElse(""), grid.checkTyped(typed).isPresent()));
            }

            @Override
            public void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                GridViewModel.Row row = getTableRow() == null ? null : getTableRow().getItem();
                mark(this, empty || row == null ? null : row.cells().get(category).mark());
            }
        });
        column.setOnEditCommit(event -> {
            Optional<String> refused = grid.editShare(event.getRowValue().itemId(), category, event.getNewValue());
            refused.ifPresent(message -> {
                status.accept(message);
                // after the edit has ended, show the value that is still there
                javafx.application.Platform.runLater(this::refresh);
            });
        });
        return column;
    }

    private static void mark(TableCell<?, ?> cell, GridViewModel.Mark mark) {
        cell.getStyleClass().removeAll("cell-error", "cell-warning");
        if (mark == null) {
            cell.setTooltip(null);
            return;
        }
        cell.getStyleClass().add(mark.error() ? "cell-error" : "cell-warning");
        cell.setTooltip(new Tooltip(mark.message()));
    }
}

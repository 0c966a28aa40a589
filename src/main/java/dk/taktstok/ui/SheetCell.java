package dk.taktstok.ui;

import java.util.List;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A text cell that edits as a spreadsheet's does: typing on a selected cell starts editing with what
 * was typed, Enter and Tab apply the edit and move down or right (Shift+Tab left), Escape puts back
 * what was there, and leaving the cell applies what was written. {@link #actLikeASheet} gives the
 * table the keys around it: F2 edits, Enter and Tab move, Delete clears, Ctrl+V pastes.
 */
class SheetCell<S> extends TableCell<S, String> {

    /** What the user typed to start an edit, kept on the table until the cell takes it. */
    private static final String TYPED = "sheet-cell-typed";

    /** What a sheet does with the selected cells beyond editing one of them. */
    interface Actions {
        /** Empties the cells, as one change. */
        void clear(List<TablePosition<?, ?>> cells);

        /** Puts text copied from a spreadsheet (lines of tab-separated values) at a cell and to its right and below. */
        void paste(int row, int column, String text);
    }

    private TextField field;

    /** Called once the field is there, for a cell to add checks of what is typed. */
    protected void editing(TextField field) {
    }

    @Override
    public void startEdit() {
        TableView<S> table = getTableView();
        if (isEmpty() || table == null || !table.isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String typed = (String) table.getProperties().remove(TYPED);
        field = new TextField(typed != null ? typed : getItem() == null ? "" : getItem());
        field.getStyleClass().add("sheet-field");
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case ENTER -> commitAndMove(1, 0);
                case TAB -> commitAndMove(0, event.isShiftDown() ? -1 : 1);
                case ESCAPE -> {
                    cancelEdit();
                    table.requestFocus();
                }
                default -> {
                    return;
                }
            }
            event.consume();
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && isEditing() && field != null) {
                commitEdit(field.getText());
            }
        });
        setText(null);
        setGraphic(field);
        editing(field);
        field.requestFocus();
        if (typed != null) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        field = null;
        setText(getItem());
        setGraphic(null);
    }

    @Override
    public void commitEdit(String value) {
        field = null;
        super.commitEdit(value);
        setGraphic(null);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }

    private void commitAndMove(int rows, int columns) {
        TableView<S> table = getTableView();
        int row = getIndex();
        int column = table.getVisibleLeafIndex(getTableColumn());
        commitEdit(field == null ? getItem() : field.getText());
        // the commit may have given the table new rows and columns: the next cell is found by its place
        move(table, row, column, rows, columns);
    }

    /** Selects the cell {@code rows} below and {@code columns} right of one, skipping columns that cannot be edited. */
    static void move(TableView<?> table, int row, int column, int rows, int columns) {
        int lastRow = table.getItems().size() - 1;
        if (lastRow < 0) {
            return;
        }
        int r = Math.max(0, Math.min(lastRow, row + rows));
        int c = column;
        if (columns != 0) {
            int next = column + columns;
            while (next >= 0 && next < table.getVisibleLeafColumns().size()
                    && !table.getVisibleLeafColumn(next).isEditable()) {
                next += columns;
            }
            if (next >= 0 && next < table.getVisibleLeafColumns().size()) {
                c = next;
            }
        }
        TableColumn<?, ?> target = table.getVisibleLeafColumn(Math.max(0, c));
        select(table, r, target);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(TableView table, int row, TableColumn column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(row);
        table.requestFocus();
    }

    /** Gives a table of sheet cells a spreadsheet's keys; the table's cells become selectable one by one. */
    static <S> void actLikeASheet(TableView<S> table, Actions actions) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        var paste = KeyCombination.keyCombination("Shortcut+V");
        table.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (event.getTarget() != table || table.getEditingCell() != null || typed.isEmpty()
                    || typed.charAt(0) < ' ' || typed.charAt(0) == 127 || event.isShortcutDown()
                    || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
                return;
            }
            TablePosition<S, ?> at = focused(table);
            if (at != null && at.getTableColumn().isEditable()) {
                table.getProperties().put(TYPED, typed);
                edit(table, at);
                table.getProperties().remove(TYPED);
                event.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() != table || table.getEditingCell() != null) {
                return;
            }
            TablePosition<S, ?> at = focused(table);
            if (at == null) {
                return;
            }
            int column = table.getVisibleLeafIndex(at.getTableColumn());
            if (paste.match(event)) {
                var clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
                if (clipboard.hasString()) {
                    actions.paste(at.getRow(), column, clipboard.getString());
                }
            } else if (event.getCode() == KeyCode.F2) {
                edit(table, at);
            } else if (event.getCode() == KeyCode.ENTER) {
                move(table, at.getRow(), column, event.isShiftDown() ? -1 : 1, 0);
            } else if (event.getCode() == KeyCode.TAB) {
                move(table, at.getRow(), column, 0, event.isShiftDown() ? -1 : 1);
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                List<TablePosition<?, ?>> cells = new java.util.ArrayList<>();
                for (TablePosition<?, ?> cell : table.getSelectionModel().getSelectedCells()) {
                    cells.add(cell);
                }
                actions.clear(cells.isEmpty() ? List.of(at) : cells);
            } else {
                return;
            }
            event.consume();
        });
    }

    /** The table's own way of applying an edit to each cell, for a table without a way of its own to clear. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Actions oneByOne(TableView<?> table) {
        return new Actions() {
            @Override
            public void clear(List<TablePosition<?, ?>> cells) {
                for (TablePosition<?, ?> cell : cells) {
                    TableColumn column = cell.getTableColumn();
                    if (column != null && column.isEditable()) {
                        Event.fireEvent(column, new TableColumn.CellEditEvent(table, cell,
                                TableColumn.editCommitEvent(), ""));
                    }
                }
            }

            @Override
            public void paste(int row, int column, String text) {
                String first = text.lines().findFirst().orElse("").split("\t", -1)[0];
                TableColumn target = table.getVisibleLeafColumn(column);
                if (target.isEditable()) {
                    Event.fireEvent(target, new TableColumn.CellEditEvent(table,
                            new TablePosition(table, row, target), TableColumn.editCommitEvent(), first.strip()));
                }
            }
        };
    }

    private static <S> TablePosition<S, ?> focused(TableView<S> table) {
        TablePosition<S, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0) {
            return null;
        }
        if (at.getTableColumn() == null) {
            for (TableColumn<S, ?> column : table.getVisibleLeafColumns()) {
                if (column.isEditable()) {
                    return new TablePosition<>(table, at.getRow(), column);
                }
            }
            return null;
        }
        return at;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void edit(TableView table, TablePosition<?, ?> at) {
        table.edit(at.getRow(), at.getTableColumn());
    }
}

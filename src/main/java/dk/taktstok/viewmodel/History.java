package dk.taktstok.viewmodel;

import dk.taktstok.model.Study;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * Undo and redo, unlimited within a session. A change is the study before and after it: studies are
 * immutable, so keeping both costs only what the change touched, and undo can never drift from redo.
 */
public final class History {

    /** One undoable change, named for the Edit menu ("Undo Move annotation"). */
    public record Change(String description, Study before, Study after) {
    }

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final SimpleBooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final SimpleStringProperty undoName = new SimpleStringProperty("");
    private final SimpleStringProperty redoName = new SimpleStringProperty("");

    public void record(Change change) {
        undo.push(change);
        redo.clear();
        refresh();
    }

    /** The change to undo, now moved to the redo side; null when there is none. */
    public Change undo() {
        if (undo.isEmpty()) {
            return null;
        }
        Change change = undo.pop();
        redo.push(change);
        refresh();
        return change;
    }

    public Change redo() {
        if (redo.isEmpty()) {
            return null;
        }
        Change change = redo.pop();
        undo.push(change);
        refresh();
        return change;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    public int size() {
        return undo.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** What Undo would undo, for the menu: "Edit 'Aldrig' of row 2"; empty when nothing. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName;
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName;
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().description());
        redoName.set(redo.isEmpty() ? "" : redo.peek().description());
    }
}

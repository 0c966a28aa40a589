package dk.taktstok.viewmodel;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.layout.DefaultCharts;
import dk.taktstok.io.Problem;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.store.StudyChecks;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open study: what it is now, where it came from, whether it has unsaved changes, its measures, its
 * problems, what is selected, and its history of changes. Every edit goes through {@link #apply}, so
 * every edit can be undone.
 */
public final class DocumentViewModel {

    private final ReadOnlyObjectWrapper<Study> study = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StudyMeasures> measures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** Problems met reading the file at a share or an item of the study, by {@link #placeKey}. */
    private final Map<String, List<Problem>> readAtPlaces = new HashMap<>();
    /** Counts the studies loaded: a study opened again may be the same object, with other problems. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObjectProperty<String> selectedTable = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedChart = new SimpleObjectProperty<>();
    private final History history = new History();
    private Study saved;

    public DocumentViewModel(Study initial) {
        load(initial, null, List.of());
    }

    /** A study just opened: nothing to undo, nothing unsaved. */
    public void load(Study opened, Path from, List<Problem> read) {
        load(opened, from, read, SourceMap.NONE);
    }

    /**
     * A study just opened, with the places its parts came from. The study-wide checks' problems are left
     * out of {@link #problems}, for the grid checks the study as it is now; the reader's own problems at
     * a share or an item ("'n/a' is not a number") go to that cell or row ({@link #readProblemsAt}); the
     * rest stay in {@link #problems}.
     */
    public void load(Study opened, Path from, List<Problem> read, SourceMap places) {
        saved = opened;
        history.clear();
        file.set(from);
        var checked = new HashSet<>(StudyChecks.problems(opened, places));
        Map<String, String> keyOfPlace = keysOfPlaces(opened, places);
        readAtPlaces.clear();
        var others = new java.util.ArrayList<Problem>();
        for (Problem problem : read) {
            if (checked.contains(problem)) {
                continue;
            }
            String key = problem.location() == null ? null : keyOfPlace.get(problem.location());
            if (key != null) {
                readAtPlaces.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(problem);
            } else {
                others.add(problem);
            }
        }
        problems.setAll(others);
        set(opened);
        loads.set(loads.get() + 1);
        selectedTable.set(opened.tables().isEmpty() ? null : opened.tables().getFirst().id());
        List<ChartSpec> charts = DefaultCharts.of(opened);
        selectedChart.set(charts.isEmpty() ? null : charts.getFirst().id());
    }

    /**
     * Work kept when Taktstok last stopped: shown as unsaved changes to {@code from} (null for a study
     * without a file), since no file holds it yet; nothing to undo.
     */
    public void recover(Study recovered, Path from) {
        load(recovered, from, List.of());
        saved = null;
        dirty.set(true);
    }

    /**
     * Applies an edit as one undoable change; answers whether it changed anything.
     *
     * @param description what the Edit menu shows after "Undo"
     */
    public boolean apply(String description, UnaryOperator<Study> edit) {
        Study before = study.get();
        Study after = edit.apply(before);
        if (after.equals(before)) {
            return false;
        }
        history.record(new History.Change(description, before, after));
        set(after);
        return true;
    }

    public void undo() {
        History.Change change = history.undo();
        if (change != null) {
            set(change.before());
        }
    }

    public void redo() {
        History.Change change = history.redo();
        if (change != null) {
            set(change.after());
        }
    }

    /** The study was written to {@code to}: it is now the saved state, and the file the document's. */
    public void markSaved(Study written, Path to) {
        saved = written;
        file.set(to);
        dirty.set(!Objects.equals(study.get(), saved));
    }

    public Study study() {
        return study.get();
    }

    public ReadOnlyObjectProperty<Study> studyProperty() {
        return study.getReadOnlyProperty();
    }

    public StudyMeasures measures() {
        return measures.get();
    }

    public ReadOnlyObjectProperty<StudyMeasures> measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** Whether the study differs from what was last opened or saved (undoing back to it makes it clean). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Goes up by one each time a study is loaded (opened, pasted, recovered). */
    public javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** The problems met reading the file that belong to no share or item of the study. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /**
     * The reader's problems at a share ({@code category} 0 and up) or at an item as a whole
     * ({@code category} -1), as the file was read.
     */
    public List<Problem> readProblemsAt(String tableId, String itemId, int category) {
        return readAtPlaces.getOrDefault(placeKey(tableId, itemId, category), List.of());
    }

    private static Map<String, String> keysOfPlaces(Study study, SourceMap places) {
        var keys = new HashMap<String, String>();
        for (int t = 0; t < study.tables().size(); t++) {
            SurveyTable table = study.tables().get(t);
            int categories = study.scaleOf(table).size();
            for (int i = 0; i < table.items().size(); i++) {
                String itemId = table.items().get(i).id();
                String item = places.item(t, i);
                if (item != null) {
                    keys.putIfAbsent(item, placeKey(table.id(), itemId, -1));
                }
                for (int c = 0; c < categories; c++) {
                    String share = places.share(t, i, c);
                    if (share != null) {
                        keys.putIfAbsent(share, placeKey(table.id(), itemId, c));
                    }
                }
            }
        }
        return keys;
    }

    private static String placeKey(String tableId, String itemId, int category) {
        return tableId + "\t" + itemId + "\t" + category;
    }

    public History history() {
        return history;
    }

    public ObjectProperty<String> selectedTableProperty() {
        return selectedTable;
    }

    public ObjectProperty<String> selectedChartProperty() {
        return selectedChart;
    }

    public Optional<SurveyTable> table() {
        return selectedTable.get() == null ? Optional.empty() : study.get().table(selectedTable.get());
    }

    /** The study's charts, or the default set for a study that has none of its own. */
    public List<ChartSpec> charts() {
        return DefaultCharts.of(study.get());
    }

    public Optional<ChartSpec> chart() {
        return charts().stream().filter(c -> c.id().equals(selectedChart.get())).findFirst();
    }

    private void set(Study next) {
        measures.set(Measures.of(next));
        study.set(next);
        dirty.set(!Objects.equals(next, saved));
    }
}

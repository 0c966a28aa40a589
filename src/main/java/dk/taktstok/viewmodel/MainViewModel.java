package dk.taktstok.viewmodel;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.io.Problem;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.model.Build;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state and commands: open (by menu, drop, recent files, command line or paste),
 * save and save as, new, close — each asking about unsaved changes — undo and redo, zoom, the language,
 * and the minute-by-minute recovery copy. Views bind to it and call its commands; nothing here sees a control.
 */
public final class MainViewModel {

    private final DocumentViewModel document;
    private final GridViewModel grid;
    private final InspectorViewModel inspector;
    private final ChartViewModel chart;
    private final ExportViewModel export;
    private final ClaimsViewModel claims;
    private final DescribeViewModel describe;
    private final BusyState busy;
    private final TaskExecutor executor;
    private final StudyStore store;
    private final Dialogs dialogs;
    private final Settings settings;
    private final Recovery recovery;
    private final Study sample;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** Whether the document is the sample study, as on first start and after New. */
    private final BooleanProperty showingSample = new SimpleBooleanProperty(true);
    private final StringBinding title;
    /**
     * Whether the user put off the question about work kept from a crash: that copy is then neither
     * deleted nor overwritten in this session (one copy is kept), so it is offered again at the next start.
     */
    private boolean recoveryKept;
    /** The latest message for the status bar ("Saved study.json"); views let it fade after a while. */
    private final javafx.beans.property.StringProperty message = new javafx.beans.property.SimpleStringProperty("");

    public MainViewModel(Study sample, StudyStore store, ChartFiles chartFiles, Dialogs dialogs, Settings settings,
                         Recovery recovery, TaskExecutor executor, BusyState busy, ChartLayout layout, Theme theme) {
        this.sample = sample;
        this.store = store;
        this.dialogs = dialogs;
        this.settings = settings;
        this.recovery = recovery;
        this.executor = executor;
        this.busy = busy;
        settings.language().ifPresent(Words::use);
        this.document = new DocumentViewModel(sample);
        this.grid = new GridViewModel(document);
        this.inspector = new InspectorViewModel(document);
        this.chart = new ChartViewModel(document, layout, theme);
        this.export = new ExportViewModel(document, chart, chartFiles, executor, layout);
        this.claims = new ClaimsViewModel(document);
        this.describe = new DescribeViewModel(document);
        chart.languageProperty().bindBidirectional(inspector.languageProperty());
        grid.languageProperty().bind(inspector.languageProperty());
        describe.languageProperty().bind(inspector.languageProperty());
        recentFiles.setAll(settings.recentFiles());
        title = Bindings.createStringBinding(this::makeTitle, document.fileProperty(), document.dirtyProperty(),
                document.studyProperty(), showingSample);
    }

    public DocumentViewModel document() {
        return document;
    }

    public GridViewModel grid() {
        return grid;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ChartViewModel chart() {
        return chart;
    }

    public ExportViewModel export() {
        return export;
    }

    /** The "Check article" panel's state: a draft and its claims checked against the study. */
    public ClaimsViewModel claims() {
        return claims;
    }

    /** The latest message for the status bar, such as "Saved study.json". */
    public javafx.beans.property.StringProperty messageProperty() {
        return message;
    }

    /** The Describe step: the chart's headline, subtitle, source, note and labels. */
    public DescribeViewModel describe() {
        return describe;
    }

    public BusyState busy() {
        return busy;
    }

    /** "study.json • — Taktstok": the file's name, a dot while there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    /** The chart pane's zoom: 1 is the chart at its size; 0.25 to 4. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(4, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(0.25, zoom.get() / 1.25));
    }

    public void zoomReset() {
        zoom.set(1);
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** Deletes the selected annotation, if one is selected. */
    public void delete() {
        String selected = chart.selectedAnnotationProperty().get();
        if (selected != null) {
            chart.deleteAnnotation(selected);
        }
    }

    /** The user interface's language, remembered for the next start. */
    public void useLanguage(Locale language) {
        Words.use(language);
        settings.setLanguage(Words.locale());
        // what was already worded in the old language
        title.invalidate();
        inspector.wordsChanged();
        grid.wordsChanged();
    }

    /** Starts over on the sample study, after asking about unsaved changes. */
    public void newStudy() {
        if (mayDiscard()) {
            document.load(sample, null, List.of());
            showingSample.set(true);
            clearRecovery();
        }
    }

    /** Asks for a file and opens it. */
    public void open() {
        if (mayDiscard()) {
            dialogs.chooseFileToOpen().ifPresent(this::read);
        }
    }

    /** Opens a file given by name (a drop, a recent file, the command line), after asking about unsaved changes. */
    public void open(Path file) {
        if (mayDiscard()) {
            read(file);
        }
    }

    /** Opens a table copied from a spreadsheet or a web page. */
    public void paste(String text) {
        if (text == null || text.isBlank() || !mayDiscard()) {
            return;
        }
        ReadResult result = store.paste(text, Words.get("paste.name"));
        if (result.study() == null || result.study().tables().isEmpty()) {
            dialogs.showError(Words.get("paste.title"), describe(result.problems(), Words.get("paste.nothing")));
            return;
        }
        document.load(result.study(), null, result.problems(), result.places());
        showingSample.set(false);
        chooseTable(result.study());
    }

    /** Saves to the document's file; a study without a study file of its own is saved as. Answers success. */
    public boolean save() {
        Path file = document.file();
        if (file == null || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return saveAs();
        }
        return write(file);
    }

    public boolean saveAs() {
        Optional<Path> target = dialogs.chooseFileToSave(suggestedName());
        return target.isPresent() && write(withJsonExtension(target.get()));
    }

    /** Whether the window may close: unsaved changes are saved or given up, or the close is cancelled. */
    /** About Taktstok: its version, the build's date and commit, and the Java runtime it runs on. */
    public void about() {
        dialogs.showInformation(Words.get("ui.about.title"), aboutText());
    }

    static String aboutText() {
        Build build = Build.current();
        return Words.get("ui.about.text", build.version(), build.date(), build.commit(), Build.javaRuntime());
    }

    public boolean requestClose() {
        if (!mayDiscard()) {
            return false;
        }
        clearRecovery();
        return true;
    }

    /** Keeps a copy of unsaved work; the desktop calls this every minute. */
    public void autosave() {
        if (document.isDirty() && !recoveryKept) {
            recovery.store(document.study(), document.file());
        }
    }

    /** At start: offers work that was not saved when Taktstok last stopped. */
    public void offerRecovery() {
        recovery.find().ifPresent(saved -> {
            String name = saved.original() == null ? Words.get("document.untitled")
                    : saved.original().getFileName().toString();
            switch (dialogs.offerRecovery(Words.get("recovery.offer", name, java.util.Date.from(saved.when())))) {
                case RESTORE -> {
                    document.recover(saved.study(), saved.original());
                    showingSample.set(false);
                }
                case DISCARD -> recovery.clear();
                case LATER -> recoveryKept = true;
            }
        });
    }

    /** Deletes this session's copy of unsaved work; a copy the user chose to keep for later stays. */
    private void clearRecovery() {
        if (!recoveryKept) {
            recovery.clear();
        }
    }

    private void read(Path file) {
        read(file, null);
    }

    private void read(Path file, String password) {
        executor.execute(Words.get("task.open", file.getFileName()), progress -> store.open(file, password, progress),
                result -> opened(file, password, result),
                error -> dialogs.showError(Words.get("open.title"), Words.get("open.failed", file.getFileName(),
                        error instanceof TaskExecutor.CancelledException ? Words.get("open.cancelled")
                                : String.valueOf(error.getMessage()))));
    }

    /** What a read gave; a password is asked for once, and a read with one that still fails says why. */
    private void opened(Path file, String password, ReadResult result) {
        if (result.cancelled()) {
            return;
        }
        if (result.study() == null && password == null && store.needsPassword(result)) {
            dialogs.askPassword(file.getFileName().toString()).ifPresent(given -> read(file, given));
            return;
        }
        if (result.study() == null) {
            dialogs.showError(Words.get("open.title"), describe(result.problems(),
                    Words.get("open.unreadable", file.getFileName())));
            return;
        }
        document.load(result.study(), file, result.problems(), result.places());
        showingSample.set(false);
        settings.addRecentFile(file);
        recentFiles.setAll(settings.recentFiles());
        chooseTable(result.study());
        if (result.hasErrors()) {
            dialogs.showError(Words.get("open.title"), describe(result.errors(),
                    Words.get("open.withErrors", file.getFileName())));
        }
    }

    /** A workbook with several tables asks which one to show first, once, when it is opened. */
    private void chooseTable(Study study) {
        if (study.tables().size() < 2) {
            return;
        }
        List<String> names = study.tables().stream().map(t -> t.title().text() + " (" + t.id() + ")").toList();
        dialogs.chooseTable(names).ifPresent(chosen -> {
            int index = names.indexOf(chosen);
            if (index >= 0) {
                SurveyTable table = study.tables().get(index);
                document.selectedTableProperty().set(table.id());
                document.charts().stream().filter(c -> c.tableId().equals(table.id())).findFirst()
                        .ifPresent(c -> document.selectedChartProperty().set(c.id()));
            }
        });
    }

    private boolean write(Path file) {
        Study study = document.study();
        try {
            try {
                store.save(study, file, file.equals(document.file()) ? false : true);
            } catch (StudyStore.ChangedOnDisk changed) {
                if (!dialogs.confirmOverwrite(file.getFileName().toString())) {
                    return false;
                }
                store.save(study, file, true);
            }
        } catch (IOException | StudyStore.ChangedOnDisk e) {
            dialogs.showError(Words.get("save.title"), Words.get("save.failed", file, e.getMessage()));
            return false;
        }
        document.markSaved(study, file);
        settings.addRecentFile(file);
        recentFiles.setAll(settings.recentFiles());
        clearRecovery();
        message.set(Words.get("status.saved", file.getFileName()));
        return true;
    }

    /** True when there are no unsaved changes, or the user saved or gave them up. */
    private boolean mayDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSave(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private String documentName() {
        Path file = document.file();
        return file == null ? document.study().metadata().title().text() : file.getFileName().toString();
    }

    private String suggestedName() {
        Path file = document.file();
        if (file == null) {
            return "study.json";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }

    private static Path withJsonExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? file : file.resolveSibling(name + ".json");
    }

    /** The file's name; without a file, the study's title, marked as the sample when it is. */
    private String makeTitle() {
        Path file = document.file();
        String studyTitle = document.study().metadata().title().text();
        String name = file != null ? file.getFileName().toString()
                : showingSample.get() ? Words.get("document.sample", studyTitle) : studyTitle;
        return name + (document.isDirty() ? " •" : "") + " — Taktstok";
    }

    private static String describe(List<Problem> problems, String headline) {
        if (problems.isEmpty()) {
            return headline;
        }
        String lines = problems.stream().limit(12).map(Problem::describe).collect(Collectors.joining("\n"));
        String more = problems.size() > 12 ? "\n" + Words.get("problems.more", problems.size() - 12) : "";
        return headline + "\n\n" + lines + more;
    }
}

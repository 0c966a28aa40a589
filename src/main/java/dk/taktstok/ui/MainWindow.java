package dk.taktstok.ui;

import dk.taktstok.viewmodel.Dialogs;
import dk.taktstok.viewmodel.MainViewModel;
import dk.taktstok.viewmodel.Words;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.application.Platform;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: the study's outline at the left, the chart above the data grid in the middle, the
 * inspector at the right; menus, a toolbar, shortcuts, drag and drop, and a status bar with the progress
 * of long work. Built in code; colours and sizes come from the stylesheet.
 */
public final class MainWindow {

    public static final String STYLESHEET = MainWindow.class.getResource("taktstok.css").toExternalForm();

    /** How often unsaved work is copied for recovery after a crash. */
    static final Duration AUTOSAVE = Duration.minutes(1);
    /** How long a message stays in the status bar. */
    static final Duration STATUS_SHOWN = Duration.seconds(8);

    private final MainViewModel model;
    private final Stage stage;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private ChartPane chartPane;
    private DataGrid grid;
    private final Timeline autosave;
    private Runnable attachRest = () -> { };

    public MainWindow(MainViewModel model, Stage stage, Dialogs dialogs) {
        this.model = model;
        this.stage = stage;
        this.dialogs = dialogs;
        root.setId("main");
        build();
        var scene = new Scene(root, 1360, 860);
        scene.getStylesheets().add(STYLESHEET);
        // once the first frame (menus, toolbar, the chart) is laid out, the grid and inspector follow
        Runnable afterFirstLayout = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(attachRest);
            }
        };
        scene.addPostLayoutPulseListener(afterFirstLayout);
        stage.setScene(scene);
        // a message stays a few seconds, so an old error never stands beside a later file or save
        var fade = new javafx.animation.PauseTransition(STATUS_SHOWN);
        fade.setOnFinished(e -> status.setText(""));
        status.textProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                fade.playFromStart();
            }
        });
        model.messageProperty().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                status.setText(b);
                model.messageProperty().set("");
            }
        });
        // redo as Windows programs have it, beside the menu's Shift+Z
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), model::redo);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!model.requestClose()) {
                event.consume();
            }
        });
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            var files = event.getDragboard().getFiles();
            if (!files.isEmpty()) {
                model.open(files.getFirst().toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
        autosave = new Timeline(new KeyFrame(AUTOSAVE, e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    public Stage stage() {
        return stage;
    }

    public ChartPane chartPane() {
        return chartPane;
    }

    public DataGrid grid() {
        return grid;
    }

    public BorderPane root() {
        return root;
    }

    /** Rebuilds every control, in the language now chosen. */
    public void rebuild() {
        build();
    }

    private void build() {
        chartPane = new ChartPane(model.chart(), dialogs, model.zoomProperty());
        grid = new DataGrid(model.grid(), status::setText);
        var problems = new ProblemsList(model.grid(), grid);
        // the problems stay in sight beside the grid, not in a tab behind it
        var problemsHeading = new Label();
        problemsHeading.setId("problems-heading");
        problemsHeading.getStyleClass().add("problems-heading");
        problems.getItems().addListener((ListChangeListener<dk.taktstok.viewmodel.GridViewModel.ProblemLine>) c ->
                problemsHeading.setText(Words.get("ui.tab.problems") + " (" + problems.getItems().size() + ")"));
        problemsHeading.setText(Words.get("ui.tab.problems") + " (" + problems.getItems().size() + ")");
        VBox.setVgrow(problems, Priority.ALWAYS);
        var problemsSide = new VBox(2, problemsHeading, problems);
        problemsSide.setId("problems-side");
        var tabs = new SplitPane(grid, problemsSide);
        tabs.setDividerPositions(0.7);
        // the grid and the inspector join the window right after its first frame, so the chart shows sooner
        var tabsHolder = new StackPane();
        var center = new SplitPane(chartPane, tabsHolder);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);
        var outline = new Outline(model.document());
        var inspector = new Inspector(model.inspector(), model.chart());
        var inspectorHolder = new StackPane();
        inspectorHolder.setMinWidth(0);
        var describeTab = new Tab(Words.get("ui.inspector.describe"), new DescribePane(model.describe(), status::setText));
        describeTab.setId("describe-tab");
        var inspectorTab = new Tab(Words.get("ui.tab.inspector"), inspector);
        inspectorTab.setId("inspector-tab");
        var side = new TabPane(describeTab, inspectorTab);
        side.setId("side-tabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        attachRest = () -> {
            tabsHolder.getChildren().setAll(tabs);
            inspectorHolder.getChildren().setAll(side);
        };
        if (root.getScene() != null) {
            Platform.runLater(attachRest);
        }
        var body = new SplitPane(outline, center, inspectorHolder);
        body.setDividerPositions(0.16, 0.68);
        SplitPane.setResizableWithParent(outline, false);
        root.setTop(new VBox(menus(), toolbar()));
        root.setCenter(body);
        root.setBottom(statusBar());
    }

    private MenuBar menus() {
        var file = new Menu(Words.get("ui.menu.file"));
        var recent = new Menu(Words.get("ui.menu.recent"));
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path path : model.recentFiles()) {
                var entry = new MenuItem(path.getFileName() + "  —  " + path.getParent());
                entry.setOnAction(e -> model.open(path));
                recent.getItems().add(entry);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems().addAll(
                item("menu-new", "ui.menu.new", "Shortcut+N", model::newStudy),
                item("menu-open", "ui.menu.open", "Shortcut+O", model::open),
                recent,
                item("menu-paste", "ui.menu.paste", "Shortcut+Shift+V", this::paste),
                new SeparatorMenuItem(),
                item("menu-save", "ui.menu.save", "Shortcut+S", model::save),
                item("menu-save-as", "ui.menu.saveAs", "Shortcut+Shift+S", model::saveAs),
                new SeparatorMenuItem(),
                item("menu-export", "ui.menu.export", "Shortcut+E", this::openExport),
                item("menu-check-article", "ui.menu.checkArticle", "Shortcut+K", this::openClaimCheck),
                new SeparatorMenuItem(),
                item("menu-quit", "ui.menu.quit", "Shortcut+Q", this::quit));
        var edit = new Menu(Words.get("ui.menu.edit"));
        var undo = item("menu-undo", "ui.menu.undo", "Shortcut+Z", model::undo);
        undo.disableProperty().bind(model.document().history().canUndoProperty().not());
        undo.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String name = model.document().history().undoNameProperty().get();
            return Words.get("ui.menu.undo") + (name.isEmpty() ? "" : " " + lower(name));
        }, model.document().history().undoNameProperty()));
        var redo = item("menu-redo", "ui.menu.redo", "Shortcut+Shift+Z", model::redo);
        redo.disableProperty().bind(model.document().history().canRedoProperty().not());
        var delete = item("menu-delete", "ui.menu.delete", "Delete", model::delete);
        delete.disableProperty().bind(model.chart().selectedAnnotationProperty().isNull());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), delete);
        var view = new Menu(Words.get("ui.menu.view"));
        var language = new Menu(Words.get("ui.menu.language"));
        var languages = new ToggleGroup();
        for (Locale locale : new Locale[] {Locale.of("da"), Locale.ENGLISH}) {
            var choice = new RadioMenuItem(locale.getDisplayLanguage(locale));
            choice.setToggleGroup(languages);
            choice.setSelected(Words.locale().getLanguage().equals(locale.getLanguage()));
            choice.setOnAction(e -> {
                model.useLanguage(locale);
                rebuild();
            });
            language.getItems().add(choice);
        }
        view.getItems().addAll(
                item("menu-zoom-in", "ui.menu.zoomIn", "Shortcut+Plus", model::zoomIn),
                item("menu-zoom-out", "ui.menu.zoomOut", "Shortcut+Minus", model::zoomOut),
                item("menu-zoom-reset", "ui.menu.zoomReset", "Shortcut+0", model::zoomReset),
                new SeparatorMenuItem(), language);
        var help = new Menu(Words.get("ui.menu.help"));
        help.getItems().add(item("menu-about", "ui.menu.about", "F1", model::about));
        var bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private ToolBar toolbar() {
        var tools = new ToggleGroup();
        var select = tool("tool-select", "ui.tool.select", ChartTool.SELECT, tools);
        select.setSelected(true);
        var undo = button("toolbar-undo", "ui.menu.undo", model::undo);
        undo.disableProperty().bind(model.document().history().canUndoProperty().not());
        var redo = button("toolbar-redo", "ui.menu.redo", model::redo);
        redo.disableProperty().bind(model.document().history().canRedoProperty().not());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var zoom = new Label();
        zoom.textProperty().bind(model.zoomProperty().multiply(100).asString("%.0f %%"));
        return new ToolBar(
                button("toolbar-open", "ui.menu.open", model::open),
                button("toolbar-save", "ui.menu.save", model::save),
                button("toolbar-export", "ui.menu.export", this::openExport),
                new javafx.scene.control.Separator(), undo, redo,
                new javafx.scene.control.Separator(), select,
                tool("tool-note", "ui.tool.note", ChartTool.NOTE, tools),
                tool("tool-arrow", "ui.tool.arrow", ChartTool.ARROW, tools),
                tool("tool-line", "ui.tool.line", ChartTool.LINE, tools),
                tool("tool-highlight", "ui.tool.highlight", ChartTool.HIGHLIGHT, tools),
                spacer, button("toolbar-zoom-out", "ui.menu.zoomOut", model::zoomOut), zoom,
                button("toolbar-zoom-in", "ui.menu.zoomIn", model::zoomIn));
    }

    /** ControlsFX's status bar: the last message, and the progress of long work with a way to cancel it. */
    private org.controlsfx.control.StatusBar statusBar() {
        var bar = new org.controlsfx.control.StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.when(model.busy().runningProperty())
                .then(model.busy().messageProperty()).otherwise(status.textProperty()));
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(model.busy().runningProperty())
                .then(javafx.beans.binding.Bindings.when(model.busy().progressProperty().lessThan(0))
                        .then(-1.0).otherwise(model.busy().progressProperty()))
                .otherwise(0.0));
        var cancel = new Button(Words.get("ui.cancel"));
        cancel.setId("status-cancel");
        cancel.visibleProperty().bind(model.busy().runningProperty());
        cancel.setOnAction(e -> model.busy().cancel());
        bar.getRightItems().add(cancel);
        status.setId("status-text");
        return bar;
    }

    /** The export dialog, shown and left open until closed. */
    public ExportDialog openExport() {
        if (model.export().folderProperty().get() == null) {
            Path file = model.document().file();
            model.export().folderProperty().set(file != null && file.getParent() != null ? file.getParent()
                    : Path.of(System.getProperty("user.home")));
        }
        var dialog = new ExportDialog(stage, model.export(), model.busy());
        dialog.show();
        return dialog;
    }

    /** The "Check article" window; selecting a claim there selects its figure's cell and chart row here. */
    public ClaimCheckWindow openClaimCheck() {
        var window = new ClaimCheckWindow(stage, model.claims(), this::showFigure);
        window.show();
        return window;
    }

    private void showFigure(dk.taktstok.viewmodel.ClaimsViewModel.Target target) {
        int row = model.claims().rowOf(target);
        if (row >= 0 && target.category() >= 0 && target.category() + 2 < grid.getColumns().size()) {
            grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(target.category() + 2));
            grid.scrollTo(row);
        }
        chartPane.markFigure(target.chartNode());
    }

    private void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            File first = clipboard.getFiles().getFirst();
            model.open(first.toPath());
        } else if (clipboard.hasString()) {
            model.paste(clipboard.getString());
        }
    }

    /**
     * Quits as the menu's Quit does: asks about unsaved work, then hides the window, and the app ends with
     * its last window. Not {@code Platform.exit()} while the window is up: see docs/decisions/0019.
     */
    public void quit() {
        if (model.requestClose()) {
            autosave.stop();
            stage.hide();
        }
    }

    private ToggleButton tool(String id, String key, ChartTool value, ToggleGroup group) {
        var button = new ToggleButton(Words.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setTooltip(new Tooltip(Words.get(key + ".help")));
        button.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                chartPane.toolProperty().set(value);
            }
        });
        return button;
    }

    private static Button button(String id, String key, Runnable action) {
        var button = new Button(Words.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static MenuItem item(String id, String key, String shortcut, Runnable action) {
        var item = new MenuItem(Words.get(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The view-model the window shows; for the start-up probe and the smoke run. */
    public MainViewModel model() {
        return model;
    }

    /** For tests: every node with an id, found by it. */
    public Node lookup(String id) {
        return ChartPane.find(root, id);
    }
}

package dk.taktstok.ui;

import dk.taktstok.viewmodel.ClaimsViewModel;
import dk.taktstok.viewmodel.ClaimsViewModel.ClaimRow;
import dk.taktstok.viewmodel.Words;
import java.io.File;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The "Check article" window: the draft, typed, pasted or opened; its claims marked in the text by
 * verdict; the list of claims; and the selected claim's figure, formula and reason. Selecting a claim —
 * in the list or by its mark — selects its figure in the main window, through {@code onSelect}.
 */
public final class ClaimCheckWindow {

    private final ClaimsViewModel claims;
    private final Stage stage = new Stage();
    private final TextArea draft = new TextArea();
    private final TextFlow marked = new TextFlow();
    private final ListView<ClaimRow> list = new ListView<>();
    private final TabPane tabs = new TabPane();
    private final Tab markedTab;

    /**
     * @param onSelect what the main window does with a selected claim's figure (select its cell, mark its
     *                 chart row); called after the claim's table and chart are selected
     */
    public ClaimCheckWindow(Window owner, ClaimsViewModel claims, Consumer<ClaimsViewModel.Target> onSelect) {
        this.claims = claims;
        stage.initOwner(owner);
        stage.setTitle(Words.get("ui.claims.title"));
        draft.setId("claims-draft");
        draft.setWrapText(true);
        draft.setPromptText(Words.get("ui.claims.placeholder"));
        draft.textProperty().bindBidirectional(claims.draftProperty());
        marked.setId("claims-marked");
        marked.getStyleClass().add("claims-marked");
        var markedScroll = new ScrollPane(marked);
        markedScroll.setFitToWidth(true);
        var draftTab = new Tab(Words.get("ui.claims.draft"), draft);
        draftTab.setId("claims-draft-tab");
        markedTab = new Tab(Words.get("ui.claims.marked"), markedScroll);
        markedTab.setId("claims-marked-tab");
        tabs.getTabs().addAll(draftTab, markedTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        list.setId("claims-list");
        list.setItems(claims.claims());
        list.setPlaceholder(new Label(Words.get("ui.claims.empty")));
        list.setCellFactory(view -> new ClaimCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != claims.selectedProperty().get()) {
                claims.selectedProperty().set(row);
            }
        });
        claims.selectedProperty().addListener((o, a, row) -> {
            list.getSelectionModel().select(row);
            if (row != null) {
                list.scrollTo(row);
                if (row.target() != null) {
                    onSelect.accept(row.target());
                }
            }
            markSelection(row);
        });
        claims.claims().addListener((ListChangeListener<ClaimRow>) change -> showMarks());

        var root = new BorderPane();
        root.setId("claims-window");
        root.getStyleClass().add("claims-window");
        root.setTop(toolbar());
        var side = new VBox(list, details());
        VBox.setVgrow(list, Priority.ALWAYS);
        var split = new SplitPane(tabs, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        root.setCenter(split);
        var scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        showMarks();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    /** The marked draft: the text, each claim's words a node with the verdict's style class. */
    public TextFlow marked() {
        return marked;
    }

    public ListView<ClaimRow> list() {
        return list;
    }

    public TextArea draft() {
        return draft;
    }

    private ToolBar toolbar() {
        var open = new Button(Words.get("ui.claims.open"));
        open.setId("claims-open");
        open.setOnAction(e -> chooseDraft());
        var paste = new Button(Words.get("ui.claims.paste"));
        paste.setId("claims-paste");
        paste.setOnAction(e -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            if (clipboard.hasString()) {
                claims.paste(clipboard.getString());
            }
        });
        var check = new Button(Words.get("ui.claims.check"));
        check.setId("claims-check");
        check.setDefaultButton(true);
        check.setOnAction(e -> claims.check());
        var summary = new Label();
        summary.setId("claims-summary");
        summary.textProperty().bind(claims.summaryProperty());
        var message = new Label();
        message.setId("claims-message");
        message.getStyleClass().add("claims-message");
        message.textProperty().bind(claims.messageProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, paste, check, spacer, message, summary);
    }

    private VBox details() {
        var figure = detail("claims-figure", "ui.claims.figure");
        var formula = detail("claims-formula", "ui.claims.formula");
        var reason = detail("claims-reason", "ui.claims.reason");
        claims.selectedProperty().addListener((o, a, row) -> {
            ((Label) figure.getChildren().get(1)).setText(row == null ? "" : row.figure());
            ((Label) formula.getChildren().get(1)).setText(row == null ? "" : row.formula());
            ((Label) reason.getChildren().get(1)).setText(row == null ? "" : row.reason());
        });
        var box = new VBox(figure, formula, reason);
        box.getStyleClass().add("claims-details");
        return box;
    }

    private static VBox detail(String id, String key) {
        var title = new Label(Words.get(key));
        title.getStyleClass().add("claims-detail-title");
        var value = new Label();
        value.setId(id);
        value.setWrapText(true);
        return new VBox(title, value);
    }

    /** Rebuilds the marked draft from the text last checked and its claims; shows it. */
    private void showMarks() {
        marked.getChildren().clear();
        String text = claims.checkedTextProperty().get();
        if (text == null) {
            return;
        }
        int at = 0;
        for (ClaimRow row : claims.claims()) {
            if (row.start() > at) {
                marked.getChildren().add(new Text(text.substring(at, row.start())));
            }
            var mark = new Text(text.substring(row.start(), row.end()));
            mark.setId("claim-" + row.number());
            mark.getStyleClass().addAll("claim", "claim-" + row.verdict().key());
            mark.setOnMouseClicked(e -> claims.selectedProperty().set(row));
            marked.getChildren().add(mark);
            at = Math.max(at, row.end());
        }
        if (at < text.length()) {
            marked.getChildren().add(new Text(text.substring(at)));
        }
        tabs.getSelectionModel().select(markedTab);
    }

    private void markSelection(ClaimRow selected) {
        marked.getChildren().forEach(node -> node.getStyleClass().remove("claim-selected"));
        if (selected != null) {
            marked.getChildren().stream().filter(node -> ("claim-" + selected.number()).equals(node.getId()))
                    .forEach(node -> node.getStyleClass().add("claim-selected"));
        }
    }

    private void chooseDraft() {
        var chooser = new FileChooser();
        chooser.setTitle(Words.get("ui.claims.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Words.get("ui.filter.drafts"), "*.txt", "*.md", "*.markdown", "*.docx"),
                new FileChooser.ExtensionFilter(Words.get("ui.filter.all"), "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            claims.open(file.toPath());
        }
    }

    /** A claim in the list: its number, verdict (coloured by style class) and words. */
    private static final class ClaimCell extends ListCell<ClaimRow> {
        @Override
        protected void updateItem(ClaimRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(c -> c.startsWith("claim-"));
            if (empty || row == null) {
                setText(null);
                return;
            }
            getStyleClass().add("claim-" + row.verdict().key());
            setText(row.number() + ". " + row.verdictText() + " — \u201C" + row.words() + "\u201D");
        }
    }
}

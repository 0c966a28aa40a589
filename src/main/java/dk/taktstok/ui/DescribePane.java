package dk.taktstok.ui;

import dk.taktstok.viewmodel.DescribeViewModel;
import dk.taktstok.viewmodel.Words;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The Describe step: the chart's headline, subtitle, source line and note, the items' short labels
 * beside their full wording, and the category labels, each edited in place. Enter or leaving a field
 * applies it as one undoable change; Escape puts back what the chart has.
 */
public final class DescribePane extends ScrollPane {

    private final DescribeViewModel describe;
    private final Consumer<String> status;

    public DescribePane(DescribeViewModel describe, Consumer<String> status) {
        this.describe = describe;
        this.status = status;
        setId("describe");
        getStyleClass().add("describe");
        setFitToWidth(true);
        var headline = field(new TextField(), "describe-headline", describe.headlineProperty(), describe::setHeadline);
        var problem = new Label();
        problem.setId("describe-headline-problem");
        problem.getStyleClass().add("problem-warning");
        problem.setWrapText(true);
        problem.textProperty().bind(describe.headlineProblemProperty());
        problem.visibleProperty().bind(describe.headlineProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        var subtitle = new TextArea();
        subtitle.setPrefRowCount(2);
        subtitle.setWrapText(true);
        field(subtitle, "describe-subtitle", describe.subtitleProperty(), describe::setSubtitle);
        var source = field(new TextField(), "describe-source", describe.sourceProperty(), describe::setSource);
        var note = new TextArea();
        note.setPrefRowCount(3);
        note.setWrapText(true);
        field(note, "describe-note", describe.noteProperty(), describe::setNote);
        var hint = new Label(Words.get("ui.describe.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        var content = new VBox(4,
                heading("ui.describe.headline"), headline, problem,
                heading("ui.describe.subtitle"), subtitle,
                heading("ui.describe.source"), source,
                heading("ui.describe.note"), note, hint,
                heading("ui.describe.items"), itemTable(),
                heading("ui.describe.categories"), categoryTable());
        content.getStyleClass().add("describe-content");
        setContent(content);
    }

    private static Label heading(String key) {
        var label = new Label(Words.get(key));
        label.getStyleClass().add("describe-heading");
        return label;
    }

    /**
     * A field showing a text of the chart and applying what is written: Enter (Ctrl+Enter in a box of
     * several lines) or leaving it applies, Escape puts back the chart's own.
     */
    private static <T extends TextInputControl> T field(T field, String id, ReadOnlyStringProperty shown,
                                                       Consumer<String> apply) {
        field.setId(id);
        field.setText(shown.get());
        shown.addListener((o, a, b) -> field.setText(b));
        boolean lines = field instanceof TextArea;
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.setText(shown.get());
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && (!lines || event.isShortcutDown())) {
                apply.accept(field.getText());
                event.consume();
            }
        });
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                apply.accept(field.getText());
            }
        });
        return field;
    }

    private TableView<DescribeViewModel.ItemLabel> itemTable() {
        var table = new TableView<>(describe.items());
        table.setId("describe-items");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var full = new TableColumn<DescribeViewModel.ItemLabel, String>(Words.get("ui.describe.fullLabel"));
        full.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().label()));
        full.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        full.setEditable(false);
        var shortLabel = new TableColumn<DescribeViewModel.ItemLabel, String>(Words.get("ui.describe.shortLabel"));
        shortLabel.setId("describe-short-label");
        shortLabel.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().shortLabel()));
        shortLabel.setCellFactory(column -> new SheetCell<>());
        shortLabel.setOnEditCommit(event -> describe.setShortLabel(event.getRowValue().itemId(), event.getNewValue()));
        table.getColumns().setAll(java.util.List.of(full, shortLabel));
        SheetCell.actLikeASheet(table, SheetCell.oneByOne(table));
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(describe.items()).multiply(26).add(32));
        return table;
    }

    private TableView<DescribeViewModel.CategoryLabel> categoryTable() {
        var table = new TableView<>(describe.categories());
        table.setId("describe-categories");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var label = new TableColumn<DescribeViewModel.CategoryLabel, String>(Words.get("ui.describe.category"));
        label.setId("describe-category-label");
        label.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().label()));
        label.setCellFactory(column -> new SheetCell<>());
        label.setOnEditCommit(event -> describe.setCategoryLabel(event.getRowValue().index(), event.getNewValue())
                .ifPresent(status));
        table.getColumns().setAll(java.util.List.of(label));
        SheetCell.actLikeASheet(table, SheetCell.oneByOne(table));
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(describe.categories()).multiply(26).add(32));
        return table;
    }
}

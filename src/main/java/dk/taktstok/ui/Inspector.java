package dk.taktstok.ui;

import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.SortOrder;
import dk.taktstok.viewmodel.ChartViewModel;
import dk.taktstok.viewmodel.Formulas;
import dk.taktstok.viewmodel.InspectorViewModel;
import dk.taktstok.viewmodel.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The measures per item and group and the gaps, each value with its formula worked out on hover; and
 * the settings behind them: the scale's roles, scores and top box, each item's group, the chart.
 */
public final class Inspector extends ScrollPane {

    private final InspectorViewModel inspector;
    private final ChartViewModel chart;
    private final VBox content = new VBox();
    /** The chart's width in whole pixels, as the width spinner holds it; fields, as bindings hold their ends weakly. */
    private final IntegerProperty chartWidth = new SimpleIntegerProperty();
    private final ObjectProperty<Integer> chartWidthValue = chartWidth.asObject();

    public Inspector(InspectorViewModel inspector, ChartViewModel chart) {
        this.inspector = inspector;
        this.chart = chart;
        setId("inspector");
        getStyleClass().add("inspector");
        setFitToWidth(true);
        content.getStyleClass().add("inspector-content");
        content.getChildren().addAll(
                section("ui.inspector.measures", measureTable(inspector.items(), true, "measures")),
                section("ui.inspector.groups", measureTable(inspector.groups(), false, "groups")),
                section("ui.inspector.gaps", gapTable()),
                section("ui.inspector.chart", chartSettings()),
                section("ui.inspector.scale", scaleSettings()),
                section("ui.inspector.itemGroups", groupSettings()));
        setContent(content);
    }

    private static TitledPane section(String key, javafx.scene.Node body) {
        var pane = new TitledPane(Words.get(key), body);
        pane.setId(key.replace('.', '-'));
        pane.getStyleClass().add("inspector-section");
        return pane;
    }

    private TableView<InspectorViewModel.MeasureRow> measureTable(
            javafx.collections.ObservableList<InspectorViewModel.MeasureRow> rows, boolean withGroup, String id) {
        var table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add("measure-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var label = new TableColumn<InspectorViewModel.MeasureRow, String>(Words.get("ui.grid.item"));
        label.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().label()));
        label.setPrefWidth(150);
        label.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(label);
        if (withGroup) {
            // the number of answers, where known; fewer than 50 is marked, as the charts' notes say
            var n = new TableColumn<InspectorViewModel.MeasureRow, String>("n");
            n.getStyleClass().add("number");
            n.setPrefWidth(62);
            n.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().n()));
            n.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    InspectorViewModel.MeasureRow row = getTableRow() == null ? null : getTableRow().getItem();
                    boolean low = !empty && row != null && row.lowN();
                    setText(empty ? null : low ? text + " *" : text);
                    getStyleClass().remove("low-n");
                    if (low) {
                        getStyleClass().add("low-n");
                    }
                    setTooltip(low ? tooltip(Words.get("inspector.lowN")) : null);
                }
            });
            table.getColumns().add(n);
            // a table read from a report knows no n: no empty column then, and room for the label
            n.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> rows.stream().anyMatch(row -> row.n() != null && !row.n().isEmpty()), rows));
        }
        Measure[] measures = Measure.values();
        for (int m = 0; m < measures.length; m++) {
            int index = m;
            var column = new TableColumn<InspectorViewModel.MeasureRow, String>(Words.get("ui.measure." + measures[m].key()));
            column.getStyleClass().add("number");
            column.setPrefWidth(64);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().values().get(index)));
            column.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    InspectorViewModel.MeasureRow row = getTableRow() == null ? null : getTableRow().getItem();
                    setTooltip(empty || row == null ? null : tooltip(row.formulas().get(index)));
                }
            });
            var header = new Label(column.getText());
            header.setTooltip(tooltip(Formulas.general(measures[m])));
            column.setGraphic(header);
            column.setText(null);
            table.getColumns().add(column);
        }
        table.setFixedCellSize(24);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(rows).multiply(24).add(32));
        table.setPlaceholder(new Label(Words.get(withGroup ? "ui.grid.empty" : "ui.groups.none")));
        return table;
    }

    private TableView<InspectorViewModel.GapRow> gapTable() {
        var table = new TableView<>(inspector.gaps());
        table.setId("gaps");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(Words.get("ui.gap.practice"), InspectorViewModel.GapRow::practice, 200));
        table.getColumns().add(textColumn(Words.get("ui.gap.goal"), InspectorViewModel.GapRow::benchmarkValue, 60));
        table.getColumns().add(textColumn(Words.get("ui.gap.value"), InspectorViewModel.GapRow::practiceValue, 60));
        table.getColumns().add(textColumn(Words.get("ui.gap.points"), InspectorViewModel.GapRow::points, 60));
        table.setFixedCellSize(24);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(inspector.gaps()).multiply(24).add(32));
        table.setPlaceholder(new Label(Words.get("ui.gap.none")));
        return table;
    }

    private static <R> TableColumn<R, String> textColumn(String title, java.util.function.Function<R, String> value,
                                                         double width) {
        var column = new TableColumn<R, String>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private GridPane chartSettings() {
        var grid = form();
        var type = new ChoiceBox<ChartType>();
        type.setId("chart-type");
        type.setItems(inspector.chartTypes());
        type.setConverter(named(t -> t == null ? "" : Words.get("ui.chartType." + t.key())));
        var sort = new ChoiceBox<SortOrder>();
        sort.setId("chart-sort");
        var orders = new ArrayList<SortOrder>();
        orders.add(null);
        for (Measure measure : Measure.values()) {
            orders.add(new SortOrder(measure, true));
        }
        sort.getItems().setAll(orders);
        sort.setConverter(named(o -> o == null ? Words.get("ui.sort.source")
                : Words.get("ui.sort.by", Words.get("ui.measure." + o.measure().key()))));
        var language = new ChoiceBox<String>();
        language.setId("chart-language");
        language.getItems().setAll(java.util.Arrays.asList(null, "da", "en"));
        language.setConverter(named(l -> l == null ? Words.get("ui.language.study") : Words.get("ui.language." + l)));
        var width = new Spinner<Integer>(280, 4000, (int) chart.widthProperty().get(), 20);
        width.setId("chart-width");
        width.setEditable(true);
        width.setPrefWidth(100);
        type.valueProperty().bindBidirectional(inspector.chartTypeProperty());
        sort.valueProperty().bindBidirectional(inspector.sortProperty());
        language.valueProperty().bindBidirectional(inspector.languageProperty());
        chartWidth.bindBidirectional(chart.widthProperty());
        width.getValueFactory().valueProperty().bindBidirectional(chartWidthValue);
        grid.addRow(0, new Label(Words.get("ui.chart.type")), type);
        grid.addRow(1, new Label(Words.get("ui.chart.sort")), sort);
        grid.addRow(2, new Label(Words.get("ui.chart.language")), language);
        grid.addRow(3, new Label(Words.get("ui.chart.width")), width);
        return grid;
    }

    /** How the table was read, its kind of question, and a button to confirm a guessed scale. */
    private VBox readingBox() {
        var text = new Label();
        text.setId("scale-reading");
        text.setWrapText(true);
        text.textProperty().bind(inspector.readingProperty());
        text.visibleProperty().bind(inspector.readingProperty().isNotEmpty());
        text.managedProperty().bind(text.visibleProperty());
        inspector.guessedProperty().addListener((o, a, b) -> guessStyle(text, b));
        guessStyle(text, inspector.guessedProperty().get());
        var confirm = new Button(Words.get("ui.scale.confirm"));
        confirm.setId("scale-confirm");
        confirm.setTooltip(new Tooltip(Words.get("ui.scale.confirm.help")));
        confirm.visibleProperty().bind(inspector.guessedProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setOnAction(e -> inspector.confirmScale());
        var kind = new ChoiceBox<ScaleKind>();
        kind.setId("scale-kind");
        kind.getItems().setAll(ScaleKind.values());
        kind.setConverter(named(k -> k == null ? "" : Words.get("ui.kind." + k.key())));
        kind.valueProperty().bindBidirectional(inspector.kindProperty());
        var form = form();
        form.addRow(0, new Label(Words.get("ui.scale.kind")), kind);
        return new VBox(6, text, confirm, form);
    }

    private static void guessStyle(Label text, boolean guessed) {
        text.getStyleClass().removeAll("reading", "reading-guess");
        text.getStyleClass().add(guessed ? "reading-guess" : "reading");
    }

    private VBox scaleSettings() {
        var box = new VBox(6);
        box.setId("scale-settings");
        VBox reading = readingBox();
        Runnable build = () -> {
            var rows = new ArrayList<javafx.scene.Node>();
            rows.add(reading);
            var grid = form();
            grid.addRow(0, new Label(Words.get("ui.scale.category")), new Label(Words.get("ui.scale.onScale")),
                    new Label(Words.get("ui.scale.score")), new Label(Words.get("ui.scale.topBox")));
            int r = 1;
            for (InspectorViewModel.CategoryRow category : inspector.categories()) {
                var substantive = new CheckBox();
                substantive.setId("substantive-" + category.index());
                substantive.setSelected(category.substantive());
                substantive.setTooltip(new Tooltip(Words.get("ui.scale.onScale.help")));
                substantive.selectedProperty().addListener((o, a, b) -> inspector.setRole(category.index(), b));
                var score = new TextField(category.scoreText());
                score.setId("score-" + category.index());
                var validation = new org.controlsfx.validation.ValidationSupport();
                validation.registerValidator(score, false, (org.controlsfx.validation.Validator<String>)
                        (control, typed) -> org.controlsfx.validation.ValidationResult.fromErrorIf(control,
                                Words.get("ui.scale.scoreNumber"), !typed.isBlank() && parse(typed).isEmpty()));
                score.setPrefColumnCount(4);
                score.setDisable(!category.substantive());
                score.setOnAction(e -> parse(score.getText()).ifPresent(value -> inspector.setScore(category.index(), value)));
                score.focusedProperty().addListener((o, a, focused) -> {
                    if (!focused) {
                        parse(score.getText()).ifPresent(value -> inspector.setScore(category.index(), value));
                    }
                });
                var top = new CheckBox();
                top.setId("topbox-" + category.index());
                top.setSelected(category.topBox());
                top.setDisable(!category.substantive());
                top.selectedProperty().addListener((o, a, b) -> inspector.setInTopBox(category.index(), b));
                grid.addRow(r++, new Label(category.label()), substantive, score, top);
            }
            rows.add(grid);
            box.getChildren().setAll(rows);
        };
        inspector.categories().addListener((ListChangeListener<InspectorViewModel.CategoryRow>) change -> build.run());
        build.run();
        return box;
    }

    private VBox groupSettings() {
        var box = new VBox(6);
        box.setId("item-groups");
        Runnable build = () -> {
            if (inspector.groupChoices().isEmpty()) {
                box.getChildren().setAll(new Label(Words.get("ui.groups.none")));
                return;
            }
            var grid = form();
            int r = 0;
            for (InspectorViewModel.MeasureRow item : inspector.items()) {
                var choice = new ChoiceBox<String>();
                choice.setId("group-" + item.id());
                var ids = new ArrayList<String>();
                ids.add(null);
                inspector.groupChoices().forEach(g -> ids.add(g.id()));
                choice.getItems().setAll(ids);
                choice.setConverter(named(id -> id == null ? Words.get("ui.groups.noGroup") : inspector.groupChoices()
                        .stream().filter(g -> g.id().equals(id)).findFirst().map(InspectorViewModel.GroupChoice::label)
                        .orElse(id)));
                choice.setValue(inspector.groupOf(item.id()));
                choice.valueProperty().addListener((o, a, b) -> {
                    if (!Objects.equals(a, b)) {
                        inspector.setItemGroup(item.id(), b);
                    }
                });
                var label = new Label(item.label());
                label.setWrapText(true);
                label.setMaxWidth(220);
                grid.addRow(r++, label, choice);
            }
            box.getChildren().setAll(grid);
        };
        inspector.items().addListener((ListChangeListener<InspectorViewModel.MeasureRow>) change -> build.run());
        build.run();
        return box;
    }

    private static GridPane form() {
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        return grid;
    }

    private static java.util.Optional<Double> parse(String text) {
        try {
            return java.util.Optional.of(Double.parseDouble(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Tooltip tooltip(String text) {
        var tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(javafx.util.Duration.millis(300));
        return tooltip;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    List<String> sectionIds() {
        return content.getChildren().stream().map(javafx.scene.Node::getId).toList();
    }
}

package dk.taktstok.ui;

import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.viewmodel.DocumentViewModel;
import dk.taktstok.viewmodel.Words;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The study's tables, each with its charts; choosing one shows it in the grid and the chart pane. */
public final class Outline extends TreeView<Outline.Entry> {

    /** A table (chart null) or a chart of a table. */
    public record Entry(String label, String tableId, String chartId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final DocumentViewModel document;
    private boolean updating;

    public Outline(DocumentViewModel document) {
        this.document = document;
        setId("outline");
        getStyleClass().add("outline");
        setShowRoot(false);
        // a narrow outline cuts long titles; the whole title shows on hover
        setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.label());
                setTooltip(empty || entry == null ? null : new Tooltip(entry.label()));
            }
        });
        document.studyProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.tables().equals(b.tables()) || !a.charts().equals(b.charts())
                    || !a.metadata().equals(b.metadata())) {
                build();
            }
        });
        document.selectedChartProperty().addListener((o, a, b) -> select());
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (updating || b == null) {
                return;
            }
            Entry entry = b.getValue();
            document.selectedTableProperty().set(entry.tableId());
            if (entry.chartId() != null) {
                document.selectedChartProperty().set(entry.chartId());
            } else {
                document.charts().stream().filter(c -> c.tableId().equals(entry.tableId())).findFirst()
                        .ifPresent(c -> document.selectedChartProperty().set(c.id()));
            }
        });
        build();
    }

    private void build() {
        updating = true;
        Study study = document.study();
        var root = new TreeItem<>(new Entry(study.metadata().title().text(), null, null));
        for (SurveyTable table : study.tables()) {
            var tableItem = new TreeItem<>(new Entry(table.title().text(), table.id(), null));
            tableItem.setExpanded(true);
            for (ChartSpec chart : document.charts()) {
                if (chart.tableId().equals(table.id())) {
                    String title = chart.title() != null ? chart.title().text()
                            : Words.get("ui.chartType." + chart.type().key());
                    tableItem.getChildren().add(new TreeItem<>(new Entry(title, table.id(), chart.id())));
                }
            }
            root.getChildren().add(tableItem);
        }
        setRoot(root);
        updating = false;
        select();
    }

    private void select() {
        if (getRoot() == null) {
            return;
        }
        updating = true;
        for (TreeItem<Entry> table : getRoot().getChildren()) {
            for (TreeItem<Entry> chart : table.getChildren()) {
                if (chart.getValue().chartId().equals(document.selectedChartProperty().get())) {
                    getSelectionModel().select(chart);
                }
            }
        }
        updating = false;
    }
}

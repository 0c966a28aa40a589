package dk.taktstok.ui;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.render.fx.FxRenderer;
import dk.taktstok.viewmodel.BusyState;
import dk.taktstok.viewmodel.ExportViewModel;
import dk.taktstok.viewmodel.Words;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Export: formats, width presets (article, wide, social), scale, transparency, one chart or all, the
 * folder, a preview of the chart as it will come out, and what the charts show that must be known
 * before printing them (a row not summing to 100, a placeholder headline). Exporting runs in the background, with
 * progress and cancel.
 */
public final class ExportDialog extends Dialog<Void> {

    static final double PREVIEW_WIDTH = 380;

    private final ExportViewModel export;
    private final StackPane preview = new StackPane();
    private final Label result = new Label();

    public ExportDialog(Window owner, ExportViewModel export, BusyState busy) {
        this.export = export;
        initOwner(owner);
        setTitle("Taktstok");
        setHeaderText(Words.get("ui.export.header"));
        getDialogPane().setId("export-dialog");
        getDialogPane().getStylesheets().add(MainWindow.STYLESHEET);

        var png = check("export-png", "PNG", export.pngProperty());
        var svg = check("export-svg", "SVG", export.svgProperty());
        var pdf = check("export-pdf", "PDF", export.pdfProperty());
        var preset = new ChoiceBox<ExportViewModel.Preset>();
        preset.setId("export-preset");
        preset.getItems().setAll(ExportViewModel.Preset.values());
        preset.setConverter(converter(p -> Words.get("ui.export.preset." + p.name().toLowerCase(java.util.Locale.ROOT))));
        preset.valueProperty().bindBidirectional(export.presetProperty());
        var width = new Spinner<Integer>(280, 4000, (int) export.widthProperty().get(), 20);
        width.setId("export-width");
        width.setEditable(true);
        width.getValueFactory().valueProperty().addListener((o, a, b) -> {
            export.widthProperty().set(b);
            if (export.presetProperty().get() != ExportViewModel.Preset.CUSTOM
                    && b != export.presetProperty().get().width) {
                export.presetProperty().set(ExportViewModel.Preset.CUSTOM);
            }
        });
        export.widthProperty().addListener((o, a, b) -> width.getValueFactory().setValue(b.intValue()));
        var scale = new ChoiceBox<Integer>();
        scale.setId("export-scale");
        scale.getItems().setAll(1, 2, 3, 4);
        scale.setValue((int) export.scaleProperty().get());
        scale.valueProperty().addListener((o, a, b) -> export.scaleProperty().set(b));
        var transparent = check("export-transparent", Words.get("ui.export.transparent"), export.transparentProperty());
        var all = check("export-all", Words.get("ui.export.all"), export.allChartsProperty());
        var folder = new TextField();
        folder.setId("export-folder");
        folder.setEditable(false);
        folder.setPrefColumnCount(22);
        folder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> export.folderProperty().get() == null ? "" : export.folderProperty().get().toString(),
                export.folderProperty()));
        var choose = new Button(Words.get("ui.export.choose"));
        choose.setOnAction(e -> {
            var chooser = new DirectoryChooser();
            if (export.folderProperty().get() != null) {
                chooser.setInitialDirectory(export.folderProperty().get().toFile());
            }
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                export.folderProperty().set(chosen.toPath());
            }
        });

        var form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Words.get("ui.export.formats")), new HBox(12, png, svg, pdf));
        form.addRow(1, new Label(Words.get("ui.export.size")), new HBox(8, preset, width, new Label("px")));
        form.addRow(2, new Label(Words.get("ui.export.scale")), new HBox(8, scale, new Label(Words.get("ui.export.scaleHelp"))));
        form.addRow(3, new Label(), transparent);
        form.addRow(4, new Label(), all);
        form.addRow(5, new Label(Words.get("ui.export.folder")), new HBox(8, folder, choose));

        var progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(busy.progressProperty());
        progress.visibleProperty().bind(busy.runningProperty());
        var cancel = new Button(Words.get("ui.cancel"));
        cancel.visibleProperty().bind(busy.runningProperty());
        cancel.setOnAction(e -> busy.cancel());
        result.setId("export-result");
        result.setWrapText(true);

        preview.setId("export-preview");
        preview.getStyleClass().add("export-preview");
        preview.setPrefSize(PREVIEW_WIDTH, 260);
        export.previewProperty().addListener((o, a, b) -> showPreview(b));
        showPreview(export.previewProperty().get());

        var problems = new Label();
        problems.setId("export-problems");
        problems.getStyleClass().add("export-problems");
        problems.setWrapText(true);
        problems.setMaxWidth(420);
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> export.chartProblems().isEmpty() ? ""
                        : Words.get("ui.export.problems") + "\n• " + String.join("\n• ", export.chartProblems()),
                export.chartProblems()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        var left = new VBox(12, form, problems, new HBox(8, progress, cancel), result);
        var content = new HBox(16, left, preview);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);

        var exportButton = new ButtonType(Words.get("ui.export.button"), ButtonBar.ButtonData.OK_DONE);
        var copy = new ButtonType(Words.get("ui.export.copy"), ButtonBar.ButtonData.OTHER);
        getDialogPane().getButtonTypes().addAll(exportButton, copy, new ButtonType(Words.get("ui.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button exportControl = (Button) getDialogPane().lookupButton(exportButton);
        exportControl.setId("export-button");
        exportControl.disableProperty().bind(busy.runningProperty());
        exportControl.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            result.setText("");
            export.export(this::written, message -> result.setText(message));
        });
        Button copyControl = (Button) getDialogPane().lookupButton(copy);
        copyControl.setId("export-copy");
        copyControl.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            export.pngForClipboard().ifPresent(bytes -> {
                var image = new javafx.scene.image.Image(new java.io.ByteArrayInputStream(bytes));
                var content2 = new javafx.scene.input.ClipboardContent();
                content2.putImage(image);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content2);
                result.setText(Words.get("ui.export.copied"));
            });
        });
    }

    /** Runs the export as the Export button does, for tests and keyboard use. */
    public void exportNow() {
        export.export(this::written, message -> result.setText(message));
    }

    public String resultText() {
        return result.getText();
    }

    private void written(List<Path> files) {
        result.setText(Words.get("ui.export.written", files.size(), export.folderProperty().get()));
    }

    private void showPreview(ChartScene chart) {
        preview.getChildren().clear();
        if (chart == null) {
            return;
        }
        Group drawn = new FxRenderer().render(chart);
        double fit = PREVIEW_WIDTH / chart.width();
        drawn.setScaleX(fit);
        drawn.setScaleY(fit);
        preview.getChildren().add(new Group(drawn));
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty property) {
        var box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}

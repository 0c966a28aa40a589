package dk.taktstok.viewmodel;

import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.model.ChartSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export dialog: formats, a width preset or a width of one's own, scale, transparency, which charts,
 * and a preview of the chart at that width. Exporting runs in the background with progress and cancel.
 */
public final class ExportViewModel {

    /** The widths a newsroom uses most. */
    public enum Preset {
        ARTICLE(640, null), WIDE(1000, null), SOCIAL(1200, 675.0), CUSTOM(0, null);

        public final double width;
        public final Double height;

        Preset(double width, Double height) {
            this.width = width;
            this.height = height;
        }
    }

    private final DocumentViewModel document;
    private final ChartViewModel chart;
    private final ChartFiles files;
    private final TaskExecutor executor;
    private final ChartLayout layout;
    private final BooleanProperty png = new SimpleBooleanProperty(true);
    private final BooleanProperty svg = new SimpleBooleanProperty(false);
    private final BooleanProperty pdf = new SimpleBooleanProperty(false);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.ARTICLE);
    private final DoubleProperty width = new SimpleDoubleProperty(Preset.ARTICLE.width);
    private final DoubleProperty scale = new SimpleDoubleProperty(2);
    private final BooleanProperty transparent = new SimpleBooleanProperty(false);
    private final BooleanProperty allCharts = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ChartScene> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final ObservableList<String> chartProblems = FXCollections.observableArrayList();

    public ExportViewModel(DocumentViewModel document, ChartViewModel chart, ChartFiles files, TaskExecutor executor,
                           ChartLayout layout) {
        this.document = document;
        this.chart = chart;
        this.files = files;
        this.executor = executor;
        this.layout = layout;
        preset.addListener((o, a, b) -> {
            if (b != Preset.CUSTOM) {
                width.set(b.width);
            }
        });
        width.addListener((o, a, b) -> refreshPreview());
        transparent.addListener((o, a, b) -> refreshPreview());
        preset.addListener((o, a, b) -> refreshPreview());
        allCharts.addListener((o, a, b) -> refreshPreview());
        chart.languageProperty().addListener((o, a, b) -> refreshPreview());
        document.studyProperty().addListener((o, a, b) -> refreshPreview());
        document.selectedChartProperty().addListener((o, a, b) -> refreshPreview());
        refreshPreview();
    }

    public BooleanProperty pngProperty() {
        return png;
    }

    public BooleanProperty svgProperty() {
        return svg;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty transparentProperty() {
        return transparent;
    }

    public BooleanProperty allChartsProperty() {
        return allCharts;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The selected chart at the chosen width, as it will be exported. */
    public ReadOnlyObjectProperty<ChartScene> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /**
     * What the charts to be exported show that must be known before printing them — a row not summing
     * to 100, a missing value, a placeholder headline, no source — each as "chart id: problem".
     */
    public ObservableList<String> chartProblems() {
        return FXCollections.unmodifiableObservableList(chartProblems);
    }

    /** The files the last export wrote. */
    public ObservableList<Path> written() {
        return written;
    }

    /** Why the settings cannot be exported as they are; empty when they can. */
    public Optional<String> problem() {
        if (!png.get() && !svg.get() && !pdf.get()) {
            return Optional.of(Words.get("export.noFormat"));
        }
        if (!(width.get() >= LayoutOptions.MIN_WIDTH && width.get() <= 4000)) {
            return Optional.of(Words.get("export.badWidth", (int) LayoutOptions.MIN_WIDTH));
        }
        if (!(scale.get() >= 1 && scale.get() <= 4)) {
            return Optional.of(Words.get("export.badScale"));
        }
        if (folder.get() == null) {
            return Optional.of(Words.get("export.noFolder"));
        }
        if (document.chart().isEmpty()) {
            return Optional.of(Words.get("export.noChart"));
        }
        return Optional.empty();
    }

    public ChartFiles.Settings settings() {
        var formats = new ArrayList<String>();
        if (png.get()) {
            formats.add("png");
        }
        if (svg.get()) {
            formats.add("svg");
        }
        if (pdf.get()) {
            formats.add("pdf");
        }
        return new ChartFiles.Settings(formats, width.get(), preset.get().height, scale.get(), transparent.get(),
                chart.languageProperty().get(), chart.themeProperty().get());
    }

    /**
     * Exports in the background; {@code finished} is told the files written, {@code failed} why not.
     */
    public void export(java.util.function.Consumer<List<Path>> finished, java.util.function.Consumer<String> failed) {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            failed.accept(problem.get());
            return;
        }
        List<ChartSpec> charts = allCharts.get() ? document.charts() : List.of(document.chart().orElseThrow());
        var study = document.study();
        var settings = settings();
        Path target = folder.get();
        executor.execute(Words.get("task.export", charts.size()),
                progress -> files.export(study, charts, settings, target, progress),
                paths -> {
                    written.setAll(paths);
                    finished.accept(paths);
                },
                error -> failed.accept(error instanceof TaskExecutor.CancelledException
                        ? Words.get("export.cancelled") : Words.get("export.failed", error.getMessage())));
    }

    /** The selected chart as a PNG, for the clipboard. */
    public Optional<byte[]> pngForClipboard() {
        return document.chart().map(spec -> files.png(document.study(), spec, settings()));
    }

    private void refreshPreview() {
        Optional<ChartSpec> spec = document.chart();
        double w = Math.max(LayoutOptions.MIN_WIDTH, Math.min(4000, width.get()));
        if (spec.isEmpty() || document.study().tables().isEmpty()) {
            preview.set(null);
            chartProblems.clear();
            return;
        }
        var options = new LayoutOptions(w, preset.get().height, chart.languageProperty().get(),
                chart.themeProperty().get());
        preview.set(layout.layoutChart(document.study(), document.measures(), spec.get(), options).scene());
        String language = options.language() != null ? options.language() : document.study().language();
        List<ChartSpec> charts = allCharts.get() ? document.charts() : List.of(spec.get());
        chartProblems.setAll(charts.stream()
                .flatMap(c -> layout.layoutChart(document.study(), document.measures(), c, options).problems().stream())
                .map(p -> p.chartId() + ": " + p.describe(language))
                .toList());
    }
}

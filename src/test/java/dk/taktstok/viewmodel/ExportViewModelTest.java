package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Study;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.testing.RecordingChartFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ExportViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static final Study SAMPLE = SampleStudy.load();
    private static final Path FOLDER = Path.of("charts");

    private final RecordingChartFiles files = new RecordingChartFiles();
    private final BusyState busy = new BusyState();
    private final List<List<Path>> finished = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private DocumentViewModel document;
    private ChartViewModel chart;
    private ExportViewModel export;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
        export = new ExportViewModel(document, chart, files, new SameThreadExecutor(busy), ChartLayout.standard());
        export.folderProperty().set(FOLDER);
    }

    private void runExport() {
        export.export(finished::add, failed::add);
    }

    @Test
    void theDefaultsCanBeExported() {
        assertThat(export.problem()).isEmpty();
        assertThat(export.settings()).isEqualTo(new ChartFiles.Settings(List.of("png"), 640, null, 2, false, null,
                ThemeFiles.standard()));
    }

    @Test
    void theSampleShowsNoChartProblems() {
        export.allChartsProperty().set(true);

        assertThat(export.chartProblems()).isEmpty();
    }

    @Test
    void rowSummingTo130IsListedForTheChartsToBeExported() {
        var tables = SAMPLE.tables().stream().map(table -> table.withItems(table.items().stream()
                .map(item -> item.id().equals("enables-users")
                        ? item.withShares(List.of(39.7, 41.8, 16.4, 8.5, 23.6)) : item).toList())).toList();
        document = new DocumentViewModel(SAMPLE.withTables(tables));
        chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
        export = new ExportViewModel(document, chart, files, new SameThreadExecutor(busy), ChartLayout.standard());
        chart.languageProperty().set("en");

        export.allChartsProperty().set(false);
        List<String> one = List.copyOf(export.chartProblems());
        export.allChartsProperty().set(true);

        assertThat(one).singleElement().asString().contains("sums to 130");
        assertThat(export.chartProblems()).hasSizeGreaterThan(1)
                .allSatisfy(problem -> assertThat(problem).contains("\u201cMunicipality lets service users contribute\u201d sums to 130"));
    }

    static Stream<Arguments> problems() {
        return Stream.of(
                problem("no format", e -> e.pngProperty().set(false), "Choose at least one format."),
                problem("too narrow", e -> e.widthProperty().set(200), "The width must be from 280 to 4000 pixels."),
                problem("too wide", e -> e.widthProperty().set(4001), "The width must be from 280 to 4000 pixels."),
                problem("no width", e -> e.widthProperty().set(Double.NaN), "The width must be from 280 to 4000 pixels."),
                problem("scale too small", e -> e.scaleProperty().set(0.5), "The scale must be from 1 to 4."),
                problem("scale too large", e -> e.scaleProperty().set(5), "The scale must be from 1 to 4."),
                problem("no folder", e -> e.folderProperty().set(null), "Choose a folder to export to."));
    }

    private static Arguments problem(String name, Consumer<ExportViewModel> setting, String message) {
        return Arguments.of(name, setting, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void settingsThatCannotBeExportedSayWhy(String name, Consumer<ExportViewModel> setting, String message) {
        setting.accept(export);

        assertThat(export.problem()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void settingsThatCannotBeExportedAreNotExported(String name, Consumer<ExportViewModel> setting, String message) {
        setting.accept(export);

        runExport();

        assertThat(failed).containsExactly(message);
        assertThat(files.exports).isEmpty();
        assertThat(finished).isEmpty();
    }

    @Test
    void aStudyWithoutChartsHasNothingToExport() {
        document.load(new Study(SAMPLE.metadata(), SAMPLE.scales(), List.of(), List.of(), List.of()), null, List.of());

        assertThat(export.problem()).contains("The study has no chart to export.");
        assertThat(export.previewProperty().get()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"ARTICLE, 640, null", "WIDE, 1000, null", "SOCIAL, 1200, 675"})
    void aPresetSetsTheWidthAndTheHeight(ExportViewModel.Preset preset, double width, Double height) {
        export.presetProperty().set(preset);

        assertThat(export.widthProperty().get()).isEqualTo(width);
        assertThat(export.settings().width()).isEqualTo(width);
        assertThat(export.settings().height()).isEqualTo(height);
    }

    @Test
    void anOwnWidthKeepsTheWidthThereWas() {
        export.presetProperty().set(ExportViewModel.Preset.WIDE);

        export.presetProperty().set(ExportViewModel.Preset.CUSTOM);
        export.widthProperty().set(800);

        assertThat(export.settings().width()).isEqualTo(800);
        assertThat(export.settings().height()).isNull();
    }

    @Test
    void thePreviewIsTheSelectedChartAtTheChosenWidth() {
        assertThat(export.previewProperty().get().id()).isEqualTo("initiative-diverging");
        assertThat(export.previewProperty().get().width()).isEqualTo(640);

        export.presetProperty().set(ExportViewModel.Preset.WIDE);

        assertThat(export.previewProperty().get().width()).isEqualTo(1000);
    }

    @Test
    void thePreviewFollowsTheStudyAndTheSelectedChart() {
        var before = export.previewProperty().get();

        chart.toggleHighlight("dialogue");
        assertThat(export.previewProperty().get()).isNotEqualTo(before);

        document.selectedChartProperty().set("initiative-groups");
        assertThat(export.previewProperty().get().id()).isEqualTo("initiative-groups");
    }

    @Test
    void anOutOfRangeWidthIsPreviewedAtTheNearestWidthThatCanBe() {
        export.widthProperty().set(100);

        assertThat(export.previewProperty().get().width()).isEqualTo(280);
    }

    @Test
    void exportingWritesTheSelectedChartWithTheSettings() {
        export.svgProperty().set(true);
        export.presetProperty().set(ExportViewModel.Preset.SOCIAL);
        export.scaleProperty().set(3);
        export.transparentProperty().set(true);

        runExport();

        assertThat(files.exports).hasSize(1);
        var asked = files.exports.getFirst();
        assertThat(asked.study()).isEqualTo(SAMPLE);
        assertThat(asked.charts()).extracting(c -> c.id()).containsExactly("initiative-diverging");
        assertThat(asked.folder()).isEqualTo(FOLDER);
        assertThat(asked.settings()).isEqualTo(new ChartFiles.Settings(List.of("png", "svg"), 1200, 675.0, 3, true,
                null, ThemeFiles.standard()));
        var expected = List.of(FOLDER.resolve("initiative-diverging.png"), FOLDER.resolve("initiative-diverging.svg"));
        assertThat(export.written()).containsExactlyElementsOf(expected);
        assertThat(finished).containsExactly(expected);
        assertThat(failed).isEmpty();
    }

    @Test
    void exportingAllChartsWritesEveryChartOfTheStudy() {
        export.allChartsProperty().set(true);
        export.pdfProperty().set(true);

        runExport();

        assertThat(files.exports.getFirst().charts()).extracting(c -> c.id())
                .containsExactly("initiative-diverging", "initiative-stacked", "initiative-groups", "goal-vs-practice");
        assertThat(files.exports.getFirst().settings().formats()).containsExactly("png", "pdf");
        assertThat(export.written()).hasSize(8).contains(FOLDER.resolve("goal-vs-practice.pdf"));
    }

    @Test
    void theChartsAreExportedAsTheyAreNowInTheChartsLanguage() {
        chart.toggleHighlight("dialogue");
        chart.languageProperty().set("en");

        runExport();

        assertThat(files.exports.getFirst().study()).isEqualTo(document.study());
        assertThat(files.exports.getFirst().charts().getFirst().annotations()).hasSize(1);
        assertThat(files.exports.getFirst().settings().language()).isEqualTo("en");
    }

    @Test
    void aFailedExportSaysWhyAndWritesNothingDown() {
        files.failure = new IOException("the disk is full");

        runExport();

        assertThat(failed).containsExactly("The charts could not be written: the disk is full");
        assertThat(export.written()).isEmpty();
        assertThat(finished).isEmpty();
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void aCancelledExportSaysSo() {
        export.allChartsProperty().set(true);
        files.afterEachChart = busy::cancel;

        runExport();

        assertThat(failed).containsExactly("The export was cancelled.");
        assertThat(finished).isEmpty();
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void theExportIsShownAsBusyWhileItRuns() {
        var seen = new ArrayList<String>();
        files.afterEachChart = () -> seen.add(busy.isRunning() + " " + busy.messageProperty().get() + " "
                + busy.progressProperty().get());
        export.allChartsProperty().set(true);

        runExport();

        assertThat(seen).containsExactly("true Exporting 4 charts 0.25", "true Exporting 4 charts 0.5",
                "true Exporting 4 charts 0.75", "true Exporting 4 charts 1.0");
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void theSelectedChartCanBeCopiedAsAnImage() {
        document.selectedChartProperty().set("goal-vs-practice");

        assertThat(export.pngForClipboard()).isPresent();
        assertThat(files.copied).extracting(c -> c.id()).containsExactly("goal-vs-practice");
    }
}

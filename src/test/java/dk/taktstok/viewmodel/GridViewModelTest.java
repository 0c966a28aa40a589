package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.Severity;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.io.store.StudyChecks;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Study;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.testing.Seed;
import dk.taktstok.testing.SeedWorkbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GridViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static final Study SAMPLE = SampleStudy.load();
    private static final String ROW_1 = "invites-associations";

    private DocumentViewModel document;
    private GridViewModel grid;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        grid = new GridViewModel(document);
    }

    private GridViewModel.Row row(int index) {
        return grid.rows().get(index);
    }

    private double rowOneTopBox() {
        return document.measures().table("initiative").orElseThrow().item(ROW_1).orElseThrow()
                .measures().get(Measure.TOP_BOX);
    }

    /** The seed table as a workbook with "n/a" where the third item's "Somme tider" should be (Data!C4). */
    private void openWorkbookWithNa(Path folder) throws IOException {
        List<Object[]> rows = SeedWorkbooks.seedTable("");
        rows.get(3)[2] = "n/a";
        Path workbook = SeedWorkbooks.write(folder, "na", SeedWorkbooks.Format.XLSX, book -> book.sheet("Data", rows));
        ReadResult read = StudyFiles.standard().read(workbook);
        document.load(read.study(), workbook, read.problems(), read.places());
    }

    private static final String NA_LINE = "Kommunen går i dialog med civile… · Somme tider: 'n/a' is not a number";

    @Test
    void aCellThatCouldNotBeReadShowsTheReadersWordsThereOnce(@TempDir Path folder) throws IOException {
        openWorkbookWithNa(folder);

        assertThat(grid.problems()).extracting(GridViewModel.ProblemLine::text).containsExactly(NA_LINE);
        assertThat(grid.problems().getFirst().row()).isEqualTo(2);
        assertThat(row(2).cells().get(1).mark()).isNotNull();
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void aCellThatCouldNotBeReadLosesTheReadersWordsWhenFixedAndGetsThemBackOnUndo(@TempDir Path folder)
            throws IOException {
        openWorkbookWithNa(folder);
        String itemId = row(2).itemId();

        grid.editShare(itemId, 1, "47,6");
        assertThat(grid.problems()).isEmpty();

        document.undo();
        assertThat(grid.problems()).extracting(GridViewModel.ProblemLine::text).containsExactly(NA_LINE);
    }

    @Test
    void twoReadingProblemsAtOneCellAreBothListed() {
        SourceMap places = new SourceMap() {
            @Override
            public String share(int table, int item, int category) {
                return "Data!" + (char) ('B' + category) + (item + 2);
            }

            @Override
            public String item(int table, int item) {
                return "Data!A" + (item + 2);
            }

            @Override
            public String table(int table) {
                return "Data!A1";
            }
        };
        document.load(SAMPLE, null, List.of(dk.taktstok.io.Problem.warning("Data!B2", "first"),
                dk.taktstok.io.Problem.warning("Data!B2", "second")), places);

        assertThat(grid.problems()).extracting(GridViewModel.ProblemLine::text).satisfiesExactly(
                line -> assertThat(line).startsWith("Kommunen").endsWith(" · Som regel: first"),
                line -> assertThat(line).startsWith("Kommunen").endsWith(" · Som regel: second"));
    }

    @Test
    void aProblemOfATableNotShownIsListedWithTheTablesName(@TempDir Path folder) throws IOException {
        List<Object[]> rows = SeedWorkbooks.seedTable("");
        rows.get(3)[2] = "n/a";
        Path workbook = SeedWorkbooks.write(folder, "two", SeedWorkbooks.Format.XLSX, book -> book
                .sheet("Første", SeedWorkbooks.seedTable("")).sheet("Anden", rows));
        ReadResult read = StudyFiles.standard().read(workbook);
        document.load(read.study(), workbook, read.problems(), read.places());
        document.selectedTableProperty().set(read.study().tables().getFirst().id());

        assertThat(grid.problems()).extracting(GridViewModel.ProblemLine::text).singleElement().asString()
                .startsWith("Anden").endsWith("Somme tider: 'n/a' is not a number");
        assertThat(grid.problems().getFirst().row()).isEqualTo(-1);
    }

    @Test
    void aProblemOfTheWholeTableIsListed() {
        var scale = SAMPLE.scales().getFirst();
        var allDontKnow = new dk.taktstok.model.Scale(scale.id(), scale.categories().stream()
                .map(c -> dk.taktstok.model.Category.dontKnow(c.label())).toList());
        Study study = SAMPLE.withScales(List.of(allDontKnow));
        document.load(study, null, StudyChecks.problems(study, SourceMap.NONE), SourceMap.NONE);

        assertThat(grid.problems()).extracting(GridViewModel.ProblemLine::text)
                .anySatisfy(line -> assertThat(line).contains("has no substantive category"));
    }

    @Test
    void theColumnsAreTheCategoriesOfTheScale() {
        assertThat(grid.categories()).containsExactlyElementsOf(Seed.CATEGORIES);
    }

    @Test
    void theRowsAreTheSampleItemsWithTheirShares() {
        assertThat(grid.rows()).extracting(GridViewModel.Row::itemId).containsExactly("invites-associations",
                "invites-volunteers", "dialogue", "enables-users", "local-civil-invites", "national-civil-invites");
        for (int r = 0; r < 6; r++) {
            assertThat(row(r).label()).isEqualTo(Seed.LABELS.get(r));
            assertThat(row(r).cells()).extracting(GridViewModel.Cell::value).containsExactlyElementsOf(Seed.shares(r));
        }
    }

    @Test
    void eachRowShowsTheLabelOfItsGroup() {
        assertThat(grid.rows()).extracting(GridViewModel.Row::group).containsExactly(
                "Kommunen tager initiativet", "Kommunen tager initiativet", "Kommunen tager initiativet",
                "Kommunen tager initiativet", "Civile aktører tager initiativet", "Civile aktører tager initiativet");
    }

    @Test
    void theSampleHasNoProblemInAnyCellOrRow() {
        assertThat(grid.rows()).allSatisfy(row -> {
            assertThat(row.mark()).isNull();
            assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.mark()).isNull());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"26,7", "26.7", "26,7 %", "26.7%", " 26,7 ", "26,7 pct."})
    void aShareIsTakenAsJournalistsWriteIt(String typed) {
        grid.editShare("dialogue", 0, typed);

        assertThat(row(2).cells().get(0).value()).isEqualTo(26.7);
    }

    @Test
    void aTakenShareAnswersNoReason() {
        assertThat(grid.editShare(ROW_1, 0, "30")).isEmpty();
    }

    @Test
    void textThatIsNotANumberIsRefusedWithTheReason() {
        var refused = grid.editShare(ROW_1, 0, "n/a");

        // the example is written as the grid writes numbers: the sample is Danish, so with a decimal comma
        assertThat(refused).contains("'n/a' is not a number; write a percentage such as 26,7");
        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(document.history().size()).isZero();
    }

    @Test
    void theReasonIsInTheUsersLanguage() {
        Words.use(java.util.Locale.of("da"));

        assertThat(grid.editShare(ROW_1, 0, "n/a")).contains("»n/a« er ikke et tal; skriv en procent som 26,7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anEmptiedCellHasNoValueAndSaysSo(String typed) {
        assertThat(grid.editShare(ROW_1, 1, typed)).isEmpty();

        GridViewModel.Cell cell = row(0).cells().get(1);
        assertThat(cell.value()).isNaN();
        assertThat(cell.mark().error()).isTrue();
        assertThat(cell.mark().message()).isEqualTo("no value");
        assertThat(row(0).mark()).as("an incomplete row is not summed").isNull();
    }

    @Test
    void aRowThatNoLongerSumsTo100GetsTheCommandLinesWarning() {
        grid.editShare(ROW_1, 0, "56,6");

        var problem = row(0).mark();
        assertThat(problem.error()).isFalse();
        assertThat(problem.message()).startsWith("'Kommunen (fx skole").endsWith("sums to 130 (expected 100 ± 0.5)");
        assertThat(problem.message()).isEqualTo(
                StudyChecks.problems(document.study(), SourceMap.NONE).getFirst().message());
        assertThat(row(1).mark()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-3  | negative value -3 for 'Som regel' (a share is a percentage from 0 to 100)",
        "130 | value 130 for 'Som regel' is over 100 %"})
    void aShareOutsideZeroTo100IsAnErrorInItsCell(String typed, String message) {
        grid.editShare(ROW_1, 0, typed);

        var problem = row(0).cells().get(0).mark();
        assertThat(problem.error()).isTrue();
        assertThat(problem.message()).isEqualTo(message);
        assertThat(row(0).cells().get(1).mark()).isNull();
    }

    @Test
    void fixingACellClearsItsProblem() {
        grid.editShare(ROW_1, 0, "130");

        grid.editShare(ROW_1, 0, "26,7");

        assertThat(row(0).cells().get(0).mark()).isNull();
        assertThat(row(0).mark()).isNull();
    }

    @Test
    void editingACellChangesTheMeasureAndCanBeUndone() {
        grid.editShare(ROW_1, 0, "30");

        assertThat(rowOneTopBox()).isCloseTo(76.4, within(1e-9));
        assertThat(row(0).cells().get(0).value()).isEqualTo(30.0);

        document.undo();

        assertThat(rowOneTopBox()).isCloseTo(73.1, within(1e-9));
        assertThat(row(0).cells().get(0).value()).isEqualTo(26.7);
        assertThat(document.study()).isEqualTo(SAMPLE);
    }

    @Test
    void editingACellLaysTheChartOutAgainAtOnce() {
        var chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
        assertThat(text(chart, SceneIds.value("invites-associations", "som-regel"))).isEqualTo("26,7");
        assertThat(text(chart, SceneIds.total("invites-associations", true))).isEqualTo("73,1\u00A0%");

        grid.editShare(ROW_1, 0, "30");

        assertThat(text(chart, SceneIds.value("invites-associations", "som-regel"))).isEqualTo("30,0");
        assertThat(text(chart, SceneIds.total("invites-associations", true))).isEqualTo("76,4\u00A0%");

        document.undo();

        assertThat(text(chart, SceneIds.total("invites-associations", true))).isEqualTo("73,1\u00A0%");
    }

    @Test
    void anEditIsOneChangeNamedForTheCellAndItsItem() {
        grid.editShare(ROW_1, 0, "30");

        assertThat(document.history().size()).isEqualTo(1);
        assertThat(document.history().undoNameProperty().get())
                .isEqualTo("Edit 'Som regel' of 'Kommunen (fx skole, institution m.fl.)…'");
    }

    @Test
    void typingTheSameValueAgainRecordsNothing() {
        grid.editShare(ROW_1, 0, "26,7");

        assertThat(document.history().size()).isZero();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void withoutATableThereAreNoRowsAndNothingToEdit() {
        document.selectedTableProperty().set(null);

        assertThat(grid.rows()).isEmpty();
        assertThat(grid.categories()).isEmpty();
        assertThat(grid.editShare(ROW_1, 0, "30")).contains("There is no table to edit.");
        assertThat(document.history().size()).isZero();
    }

    private static String text(ChartViewModel chart, String id) {
        return chart.laidOut().scene().texts().stream().filter(t -> t.id().equals(id)).map(SceneText::text)
                .findFirst().orElseThrow(() -> new AssertionError("no text " + id));
    }
}

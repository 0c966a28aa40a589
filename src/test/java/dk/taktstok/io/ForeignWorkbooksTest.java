package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.analysis.ItemMeasures;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.io.csv.CsvStudyReader;
import dk.taktstok.io.excel.ExcelStudyReader;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Category;
import dk.taktstok.model.Group;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import dk.taktstok.testing.SampleFixture;
import dk.taktstok.testing.Seed;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks and CSV files written by LibreOffice Calc and Gnumeric (src/test/resources/dk/taktstok/io/foreign,
 * README.md there) are read with the sample study's numbers, whatever program wrote them.
 */
class ForeignWorkbooksTest {

    private static final String FOLDER = "/dk/taktstok/io/foreign/";
    private static final double EPS = 0.005;

    /** A layout of SPEC section 4 as laid out in the fixtures (make-fixtures.sh). */
    enum Layout {
        BARE("bare", "Data", "Data!B2", "2:2", true),
        TITLED("titled", "Data", "Data!B6", "6:2", true),
        TOTAL("total", "Data", "Data!B2", "2:2", true),
        PERCENT("percent", "Data", "Data!B2", "2:2", true),
        TEXT("text", "Data", "Data!B2", null, false),
        SHEETS("sheets", "Data", "Data!B2", null, false),
        TWO_TABLES("two-tables", "Tabeller", "Tabeller!B3", null, false),
        SECTIONS("sections", "Data", "Data!B3", "3:2", true),
        REPORT("report", "Tabel", "Tabel!B6", null, false);

        final String name;
        final String sheet;
        final String firstShare;
        final String firstShareInCsv;
        final boolean csv;

        Layout(String name, String sheet, String firstShare, String firstShareInCsv, boolean csv) {
            this.name = name;
            this.sheet = sheet;
            this.firstShare = firstShare;
            this.firstShareInCsv = firstShareInCsv;
            this.csv = csv;
        }

        boolean hasSections() {
            return this == SECTIONS || this == REPORT;
        }

        boolean hasTitle() {
            return this == TITLED || this == REPORT;
        }

        boolean hasPercentCells() {
            return this == PERCENT || this == REPORT;
        }
    }

    record Fixture(Layout layout, String file) {
        boolean isCsv() {
            return file.endsWith(".csv");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Fixture> fixtures() {
        List<Fixture> all = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            for (String writer : List.of("libreoffice.xlsx", "libreoffice.xlsm", "libreoffice.xls", "gnumeric.xlsx", "gnumeric.xls")) {
                all.add(new Fixture(layout, layout.name + "." + writer));
            }
            if (layout.csv) {
                all.add(new Fixture(layout, layout.name + ".libreoffice.csv"));
            }
        }
        return all;
    }

    static Stream<Fixture> workbooks() {
        return fixtures().stream().filter(f -> !f.isCsv());
    }

    static Stream<Fixture> percentWorkbooks() {
        return workbooks().filter(f -> f.layout().hasPercentCells());
    }

    static Stream<Fixture> sectioned() {
        return fixtures().stream().filter(f -> f.layout().hasSections());
    }

    static Stream<Fixture> unsectioned() {
        return fixtures().stream().filter(f -> !f.layout().hasSections());
    }

    static Stream<Fixture> titled() {
        return fixtures().stream().filter(f -> f.layout().hasTitle());
    }

    private static Path path(String file) {
        var url = ForeignWorkbooksTest.class.getResource(FOLDER + file);
        assertThat(url).as("fixture %s", file).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReadResult read(Fixture fixture) {
        return StudyFiles.standard().read(path(fixture.file()));
    }

    /** The table that holds the seed: the first one in every layout. */
    private static SurveyTable seedTable(Study study) {
        SurveyTable table = study.tables().getFirst();
        assertThat(study.scaleOf(table).categories()).extracting(Category::name).containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
        for (int r = 0; r < Seed.LABELS.size(); r++) {
            assertThat(table.items().get(r).shares()).as("row %d", r + 1).containsExactlyElementsOf(Seed.shares(r));
        }
        return table;
    }

    @Test
    void everyFileInTheFolderIsAFixtureHere() throws IOException {
        Path folder = path("README.md").getParent();
        List<String> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md") && !n.equals("make-fixtures.sh") && !n.equals(".gitattributes"))
                    .toList();
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(fixtures().stream().map(Fixture::file).toList());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsWithoutErrorsAndGivesTheSeedTable(Fixture fixture) {
        ReadResult result = read(fixture);

        assertThat(result.errors()).isEmpty();
        if (fixture.isCsv()) {
            // LibreOffice writes the ANSI code page it was told to: the reader says it guessed Windows-1252
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.isError()).isFalse();
                assertThat(p.message()).contains("Windows-1252");
            });
        } else {
            assertThat(result.problems()).isEmpty();
        }
        seedTable(result.study());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void itemMeasuresAreTheSamplesMeasures(Fixture fixture) {
        Study study = read(fixture).study();
        TableMeasures read = Measures.of(study).tables().getFirst();
        TableMeasures sample = Measures.of(SampleFixture.study()).tables().getFirst();

        ItemMeasures row1 = read.items().getFirst().measures();
        assertThat(row1.topBox()).isCloseTo(73.1, within(EPS));
        assertThat(row1.topBoxValid()).isCloseTo(83.64, within(EPS));
        assertThat(row1.meanScore()).isCloseTo(69.30, within(EPS));
        assertThat(row1.net()).isCloseTo(58.8, within(EPS));
        assertThat(row1.dontKnow()).isCloseTo(12.7, within(EPS));
        assertThat(read.items()).hasSameSizeAs(sample.items());
        for (int r = 0; r < sample.items().size(); r++) {
            assertThat(read.items().get(r).measures()).as("row %d", r + 1).isEqualTo(sample.items().get(r).measures());
        }
    }

    @ParameterizedTest
    @MethodSource("sectioned")
    void sectionRowsGiveTheSamplesGroups(Fixture fixture) {
        Study study = read(fixture).study();
        SurveyTable table = seedTable(study);
        TableMeasures measures = Measures.of(study).tables().getFirst();

        assertThat(table.groups()).extracting(Group::label).containsExactly(Text.of(Seed.MUNICIPALITY), Text.of(Seed.CIVIL));
        assertThat(measures.items()).extracting(ItemResult::group).containsExactly(
                "kommunen-tager-initiativ", "kommunen-tager-initiativ", "kommunen-tager-initiativ", "kommunen-tager-initiativ",
                "civile-aktoerer-tager-initiativ", "civile-aktoerer-tager-initiativ");
        assertThat(measures.groups()).extracting(g -> g.itemCount()).containsExactly(4, 2);
        assertThat(measures.groups().get(0).means().meanScore()).isCloseTo(64.89, within(EPS));
        assertThat(measures.groups().get(1).means().meanScore()).isCloseTo(57.12, within(EPS));
        assertThat(measures.groups().get(0).means().topBox()).isCloseTo(66.63, within(EPS));
        assertThat(measures.groups().get(1).means().topBox()).isCloseTo(57.25, within(EPS));
        assertThat(measures.balance().difference().meanScore()).isCloseTo(7.77, within(EPS));
    }

    @ParameterizedTest
    @MethodSource("unsectioned")
    void layoutsWithoutSectionRowsHaveNoGroups(Fixture fixture) {
        SurveyTable table = read(fixture).study().tables().getFirst();

        assertThat(table.groupTag()).isNull();
        assertThat(table.groups()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("titled")
    void titleQuestionAndSourceLinesAreRead(Fixture fixture) {
        Study study = read(fixture).study();
        SurveyTable table = study.tables().getFirst();

        assertThat(table.title().text()).isEqualTo("Hvem tager initiativet?");
        assertThat(table.question().text()).isEqualTo("Hvor ofte sker følgende i din kommune?");
        assertThat(study.metadata().title().text()).isEqualTo("Hvem tager initiativet?");
        assertThat(study.metadata().source().text()).isEqualTo("SDU og KORA, 2016.");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void sharesAreTracedToTheirCells(Fixture fixture) {
        Path file = path(fixture.file());
        Parsed parsed = fixture.isCsv() ? new CsvStudyReader().read(file) : new ExcelStudyReader().read(file);

        String expected = fixture.isCsv() ? fixture.layout().firstShareInCsv : fixture.layout().firstShare;
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void onlyTheLayoutsTablesAreFound(Fixture fixture) {
        Study study = read(fixture).study();

        if (fixture.layout() == Layout.TWO_TABLES) {
            assertThat(study.tables()).extracting(SurveyTable::id).containsExactly("tabeller", "tabeller-2");
            SurveyTable second = study.tables().get(1);
            assertThat(second.title().text()).isEqualTo("Tabel 2");
            assertThat(study.scaleOf(second).categories()).extracting(Category::name)
                    .containsExactly("Helt enig", "Enig", "Uenig", "Helt uenig", "Ved ikke");
            assertThat(second.items()).extracting(i -> i.label().text()).containsExactly("Kommunen lytter", "Kommunen handler");
            assertThat(second.items().get(0).shares()).containsExactly(10.0, 20.0, 30.0, 30.0, 10.0);
            assertThat(second.items().get(1).shares()).containsExactly(20.0, 20.0, 20.0, 20.0, 20.0);
        } else {
            assertThat(study.tables()).hasSize(1);
        }
        SurveyTable first = study.tables().getFirst();
        if (fixture.isCsv()) {
            assertThat(first.id()).isEqualTo(fixture.file().replace(".csv", "").replace('.', '-'));
        } else {
            assertThat(first.id()).isEqualTo(fixture.layout().sheet.toLowerCase(Locale.ROOT));
        }
        if (fixture.layout() == Layout.TWO_TABLES) {
            assertThat(first.title().text()).isEqualTo("Tabel 1");
        } else if (!fixture.layout().hasTitle()) {
            assertThat(first.title().text()).isEqualTo(fixture.isCsv() ? fixture.file().replace(".csv", "") : fixture.layout().sheet);
        }
    }

    /** Guards the fixtures themselves: the share cells hold fractions under a percent number format. */
    @ParameterizedTest
    @MethodSource("percentWorkbooks")
    void percentFormatSurvivedTheConversion(Fixture fixture, @TempDir Path dir) throws IOException {
        Path copy = Files.copy(path(fixture.file()), dir.resolve(fixture.file()));
        String[] at = fixture.layout().firstShare.split("!");
        try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
            var ref = new org.apache.poi.ss.util.CellReference(at[1]);
            Cell cell = workbook.getSheet(at[0]).getRow(ref.getRow()).getCell(ref.getCol());

            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isCloseTo(0.267, within(1e-12));
            assertThat(cell.getCellStyle().getDataFormatString()).contains("%").contains("0.0");
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readingLeavesTheFileAsItWas(Fixture fixture, @TempDir Path dir) throws IOException {
        Path file = Files.copy(path(fixture.file()), dir.resolve(fixture.file()), StandardCopyOption.COPY_ATTRIBUTES);
        FileTime then = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(file, then);
        byte[] before = Files.readAllBytes(file);
        byte[] original = Files.readAllBytes(path(fixture.file()));

        ReadResult result = StudyFiles.standard().read(file);
        StudyFiles.standard().read(path(fixture.file()));

        assertThat(result.study()).isNotNull();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(then);
        assertThat(dir.toFile().list()).containsExactly(fixture.file());
        assertThat(Files.readAllBytes(path(fixture.file()))).isEqualTo(original);
    }
}

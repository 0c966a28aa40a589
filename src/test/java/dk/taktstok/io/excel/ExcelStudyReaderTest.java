package dk.taktstok.io.excel;

import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.testing.Seed;
import static dk.taktstok.testing.SeedWorkbooks.BLANK;
import static dk.taktstok.testing.SeedWorkbooks.concat;
import static dk.taktstok.testing.SeedWorkbooks.formula;
import static dk.taktstok.testing.SeedWorkbooks.pct;
import static dk.taktstok.testing.SeedWorkbooks.row;
import static dk.taktstok.testing.SeedWorkbooks.rows;
import static dk.taktstok.testing.SeedWorkbooks.seedRow;
import static dk.taktstok.testing.SeedWorkbooks.seedTable;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.testing.SeedWorkbooks.Format;
import dk.taktstok.io.table.GridSourceMap;
import dk.taktstok.io.table.TableIds;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExcelStudyReaderTest {

    @TempDir
    Path dir;

    private final ExcelStudyReader reader = new ExcelStudyReader();

    private Parsed read(Format format, SheetsContent content) throws IOException {
        return reader.read(SeedWorkbooks.write(dir, "studie", format, content::write));
    }

    @FunctionalInterface
    interface SheetsContent {
        void write(SeedWorkbooks.Book book);
    }

    private static SurveyTable assertSeedTable(Study study, int index) {
        SurveyTable table = study.tables().get(index);
        assertThat(study.scaleOf(table).categories()).extracting(Category::name).containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
        for (int r = 0; r < 6; r++) {
            assertThat(table.items().get(r).shares()).as("row %d", r + 1).containsExactlyElementsOf(Seed.shares(r));
        }
        return table;
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void bareSeedTableIsReadWithItsScale(Format format) throws IOException {
        Parsed parsed = read(format, book -> book.sheet("Data", seedTable("item")));

        assertThat(parsed.problems()).isEmpty();
        Study study = parsed.study();
        SurveyTable table = assertSeedTable(study, 0);
        assertThat(table.id()).isEqualTo("data");
        assertThat(table.title().text()).isEqualTo("Data");
        assertThat(table.items()).extracting(Item::id).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(study.scaleOf(table).categories()).extracting(Category::score).containsExactly(3.0, 2.0, 1.0, 0.0, null);
        assertThat(study.scaleOf(table).category("Ved ikke").orElseThrow().role()).isEqualTo(CategoryRole.DONT_KNOW);
        assertThat(study.metadata().title().text()).isEqualTo("studie");
        assertThat(study.language()).isEqualTo("da");
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("Data!B2");
        assertThat(parsed.sourceMap().item(0, 2)).isEqualTo("Data!A4");
        assertThat(parsed.sourceMap().table(0)).isEqualTo("Data!A1");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void titleRowsBlankRowsAndNotesAroundTheTable(Format format) throws IOException {
        List<Object[]> rows = concat(
                rows(row("Hvem tager initiativet?"), row("Hvor ofte sker følgende i din kommune?"), BLANK, BLANK),
                seedTable("Spørgsmål"),
                rows(BLANK, row("Kilde: SDU og KORA, 2016."), row("Note: Tallene er afrundede.")));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        SurveyTable table = assertSeedTable(parsed.study(), 0);
        assertThat(table.title().text()).isEqualTo("Hvem tager initiativet?");
        assertThat(table.question().text()).isEqualTo("Hvor ofte sker følgende i din kommune?");
        assertThat(parsed.study().metadata().title().text()).isEqualTo("Hvem tager initiativet?");
        assertThat(parsed.study().metadata().source().text()).isEqualTo("SDU og KORA, 2016.");
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("Data!B6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I alt", "Total", "Sum", "In total", "Total %", "n", "N", "Antal", "Antal svar", "Base", "Respondents"})
    void totalColumnIsNotACategory(String heading) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : seedTable(null)) {
            Object[] wider = Arrays.copyOf(r, 7);
            wider[6] = rows.isEmpty() ? heading : (Object) 100.0;
            rows.add(wider);
        }

        Parsed parsed = read(Format.XLSX, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        assertSeedTable(parsed.study(), 0);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void fractionsFormattedAsPercentAreReadAsPercent(Format format) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(seedTable("").getFirst());
        for (int r = 0; r < 6; r++) {
            Object[] values = seedRow(r);
            for (int k = 1; k < values.length; k++) {
                values[k] = pct(java.math.BigDecimal.valueOf((Double) values[k]).movePointLeft(2).doubleValue());
            }
            rows.add(values);
        }

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        assertSeedTable(parsed.study(), 0);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void plainFractionsAreReadTimes100WithAWarning(Format format) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(seedTable("").getFirst());
        for (int r = 0; r < 6; r++) {
            Object[] values = seedRow(r);
            for (int k = 1; k < values.length; k++) {
                values[k] = java.math.BigDecimal.valueOf((Double) values[k]).movePointLeft(2).doubleValue();
            }
            rows.add(values);
        }

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertSeedTable(parsed.study(), 0);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("fractions").contains("×100");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void numbersStoredAsTextAreNumbers(Format format) throws IOException {
        List<Object[]> rows = seedTable("");
        rows.set(1, row(Seed.LABELS.get(0), "26,7", "46,4 %", "8.8%", "5,5", "12,7"));
        rows.set(2, row(Seed.LABELS.get(1), "15,5", "46,7", "17,9", "6,7", "13,3"));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        assertSeedTable(parsed.study(), 0);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void textOnlySheetsAreSkippedSilently(Format format) throws IOException {
        Parsed parsed = read(format, book -> book
                .sheet("Forside", rows(row("Samskabelse mellem kommuner og civilsamfund"), BLANK, row("Rapport", "2016")))
                .sheet("Data", seedTable(""))
                .sheet("Noter", rows(row("Noter"), row("1", "Tallene er afrundede"))));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().tables()).hasSize(1);
        assertSeedTable(parsed.study(), 0);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void severalTablesAreFoundInOrderAndNamedBySheet(Format format) throws IOException {
        List<Object[]> two = concat(rows(row("Tabel 2")), seedTable(""), rows(BLANK, BLANK, row("Tabel 3"), BLANK),
                rows(row(null, "Helt enig", "Enig", "Uenig", "Helt uenig", "Ved ikke"),
                        row("Kommunen lytter", 10, 20, 30, 30, 10),
                        row("Kommunen handler", 20, 20, 20, 20, 20)));

        Parsed parsed = read(format, book -> book.sheet("Første ark", seedTable("")).sheet("Min data", two));

        Study study = parsed.study();
        assertThat(parsed.problems()).isEmpty();
        assertThat(study.tables()).extracting(SurveyTable::id).containsExactly("foerste-ark", "min-data", "min-data-2");
        assertThat(study.tables()).extracting(t -> t.title().text()).containsExactly("Første ark", "Tabel 2", "Tabel 3");
        assertSeedTable(study, 0);
        assertSeedTable(study, 1);
        assertThat(study.scales()).hasSize(2);
        assertThat(study.tables().get(1).scaleId()).isEqualTo("foerste-ark");
        SurveyTable agree = study.tables().get(2);
        assertThat(study.scaleOf(agree).categories()).extracting(Category::score).containsExactly(3.0, 2.0, 1.0, 0.0, null);
        assertThat(agree.items().get(1).shares()).containsExactly(20.0, 20.0, 20.0, 20.0, 20.0);
        assertThat(((GridSourceMap) parsed.sourceMap()).sheet(2)).isEqualTo("Min data");
        assertThat(TableIds.choose(study, parsed.sourceMap(), "Min data")).contains(study.tables().get(1));
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("'Første ark'!B2");
        assertThat(parsed.sourceMap().table(2)).isEqualTo("'Min data'!A11");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sectionRowsBecomeGroups(Format format) throws IOException {
        List<Object[]> rows = rows(seedTable("").getFirst(), row(Seed.MUNICIPALITY), seedRow(0), seedRow(1), seedRow(2),
                seedRow(3), row(Seed.CIVIL), seedRow(4), seedRow(5));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        SurveyTable table = assertSeedTable(parsed.study(), 0);
        assertThat(table.groupTag()).isEqualTo("group");
        assertThat(table.groups()).extracting(Group::id).containsExactly("kommunen-tager-initiativ", "civile-aktoerer-tager-initiativ");
        assertThat(table.groups()).extracting(Group::label).containsExactly(Text.of(Seed.MUNICIPALITY), Text.of(Seed.CIVIL));
        assertThat(table.items()).extracting(table::groupOf).containsExactly(
                "kommunen-tager-initiativ", "kommunen-tager-initiativ", "kommunen-tager-initiativ", "kommunen-tager-initiativ",
                "civile-aktoerer-tager-initiativ", "civile-aktoerer-tager-initiativ");
        assertThat(parsed.sourceMap().item(0, 4)).isEqualTo("Data!A8");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void textColumnBeforeTheValuesBecomesGroups(Format format) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Spørgsmål", "Initiativ", "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"));
        for (int r = 0; r < 6; r++) {
            List<Object> values = new ArrayList<>(List.of(seedRow(r)));
            values.add(1, r < 4 ? "Kommune" : "Civil");
            rows.add(values.toArray());
        }

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        SurveyTable table = assertSeedTable(parsed.study(), 0);
        assertThat(table.groupTag()).isEqualTo("initiativ");
        assertThat(table.groups()).containsExactly(new Group("kommune", Text.of("Kommune")), new Group("civil", Text.of("Civil")));
        assertThat(table.items()).extracting(table::groupOf)
                .containsExactly("kommune", "kommune", "kommune", "kommune", "civil", "civil");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void totalRowIsLeftOutWithAWarning(Format format) throws IOException {
        List<Object[]> rows = seedTable("");
        rows.add(row("I alt", 17.2, 46.3, 15.8, 5.9, 14.8));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertSeedTable(parsed.study(), 0);
        assertThat(parsed.study().tables().getFirst().items()).hasSize(6);
        assertThat(parsed.problems()).containsExactly(
                Problem.warning("Data!A8", "'I alt' looks like a total, not an item, so it is left out"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void textInANumberCellIsAnErrorNamingTheCell(Format format) throws IOException {
        List<Object[]> rows = seedTable("");
        rows.set(4, row(Seed.LABELS.get(3), 9.7, "n/a", 16.4, 8.5, 23.6));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).containsExactly(Problem.error("Data!C5", "'n/a' is not a number"));
        assertThat(parsed.problems().getFirst().describe()).isEqualTo("'n/a' is not a number, at Data!C5");
        assertThat(parsed.study().tables().getFirst().items().get(3).shares().get(1)).isNaN();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void blankCellInADataRowIsAnErrorNamingTheCell(Format format) throws IOException {
        List<Object[]> rows = seedTable("");
        rows.set(2, row(Seed.LABELS.get(1), 15.5, 46.7, 17.9, null, 13.3));

        Parsed parsed = read(format, book -> book.sheet("My data", rows));

        assertThat(parsed.problems()).containsExactly(Problem.error("'My data'!E3", "no value for 'Aldrig'"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void oddValuesAreKeptAsReadForTheValidator(Format format) throws IOException {
        List<Object[]> rows = seedTable("");
        rows.set(1, row(Seed.LABELS.get(0), -26.7, 146.4, 8.8, 5.5, 12.7));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().tables().getFirst().items().getFirst().shares()).containsExactly(-26.7, 146.4, 8.8, 5.5, 12.7);
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("Data!B2");
        assertThat(parsed.sourceMap().share(0, 0, 1)).isEqualTo("Data!C2");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void workbookWithoutATableListsTheSheetsItLookedAt(Format format) throws IOException {
        Parsed parsed = read(format, book -> book
                .sheet("Forside", rows(row("Samskabelse"), row("SDU og KORA")))
                .sheet("Noter", rows(row("Note 1", "Tallene er afrundede"))));

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).containsExactly(Problem.error(null, "no table found (looked at sheets: Forside, Noter)"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void hiddenSheetsAreNotRead(Format format) throws IOException {
        Parsed parsed = read(format, book -> book.sheet("Forside", rows(row("Titel"))).sheet("Hjælp", seedTable("")).hide("Hjælp"));

        assertThat(parsed.problems()).containsExactly(
                Problem.error(null, "no table found (looked at sheets: Forside; hidden sheets not read: Hjælp)"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void formulaCellsGiveTheirSavedResults(Format format) throws IOException {
        List<Object[]> rows = seedTable("");
        rows.set(1, row(Seed.LABELS.get(0), formula("20+6.7"), 46.4, 8.8, 5.5, formula("100-B2-C2-D2-E2")));

        Parsed parsed = read(format, book -> book.sheet("Data", rows));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().tables().getFirst().items().getFirst().shares().get(0)).isEqualTo(26.7);
        assertThat(parsed.study().tables().getFirst().items().getFirst().shares().get(4)).isCloseTo(12.6, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void formulaSavedWithoutItsResultIsAnError() throws IOException {
        List<Object[]> rows = seedTable("");
        rows.set(1, row(Seed.LABELS.get(0), formula("20+6.7"), 46.4, 8.8, 5.5, 12.7));

        Parsed parsed = reader.read(SeedWorkbooks.write(dir, "uncalculated", Format.XLSX, false, b -> b.sheet("Data", rows)));

        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("Data!B2");
            assertThat(p.message()).contains("formula").contains("no saved result");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readingNeverChangesTheWorkbook(Format format) throws IOException {
        Path file = SeedWorkbooks.write(dir, "seed", format, book -> book.sheet("Data", seedTable("")));
        FileTime then = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(file, then);
        byte[] before = Files.readAllBytes(file);

        Parsed parsed = reader.read(file);

        assertThat(parsed.study()).isNotNull();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(then);
        assertThat(dir.toFile().list()).containsExactly(file.getFileName().toString());
    }

    @Test
    void workbookIsToldByContentNotByName() throws IOException {
        Path xlsx = SeedWorkbooks.write(dir, "real", Format.XLSX, book -> book.sheet("Data", seedTable("")));
        Path named = Files.move(xlsx, dir.resolve("looks-old.xls"));

        assertSeedTable(reader.read(named).study(), 0);
    }

    @Test
    void csvTextIsNotReadAsAWorkbookButNamedForWhatItIs() throws IOException {
        Path file = dir.resolve("export.xls");
        Files.writeString(file, Seed.csv(';', true), StandardCharsets.UTF_8);

        Parsed parsed = reader.read(file);

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).containsExactly(
                Problem.error(null, "this is a text file (perhaps CSV), not an Excel workbook"));
    }

    @Test
    void missingAndEmptyFilesAreReportedPlainly() throws IOException {
        assertThat(reader.read(dir.resolve("none.xlsx")).problems()).containsExactly(Problem.error(null, "the file does not exist"));
        assertThat(reader.read(Files.createFile(dir.resolve("empty.xlsx"))).problems())
                .containsExactly(Problem.error(null, "the file is empty"));
    }
}

package dk.taktstok.io.table;

import dk.taktstok.testing.Seed;
import static dk.taktstok.io.table.Grids.BLANK;
import static dk.taktstok.io.table.Grids.concat;
import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.rows;
import static dk.taktstok.io.table.Grids.seedRow;
import static dk.taktstok.io.table.Grids.seedRows;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.table.FoundTable.BodyRow;
import dk.taktstok.io.table.FoundTable.Data;
import dk.taktstok.io.table.FoundTable.Heading;
import dk.taktstok.io.table.FoundTable.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableFinderTest {

    private final TableFinder finder = new TableFinder();

    @Test
    void bareTableIsFoundWithItsHeaderLabelsAndCategories() {
        List<FoundTable> tables = finder.find(sheet("Data", seedRows("item")));

        assertThat(tables).hasSize(1);
        FoundTable table = tables.getFirst();
        assertThat(table.headerRow()).isZero();
        assertThat(table.labelCol()).isZero();
        assertThat(table.categoryCols()).containsExactly(1, 2, 3, 4, 5);
        assertThat(table.body()).hasSize(6).allMatch(Data.class::isInstance);
        assertThat(table.title()).isNull();
        assertThat(table.question()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Spørgsmål", "item"})
    void headingAboveTheLabelsMayBeBlankOrAWord(String heading) {
        List<FoundTable> tables = finder.find(sheet("Data", seedRows(heading.isEmpty() ? null : heading)));

        assertThat(tables).singleElement().satisfies(t -> assertThat(t.categoryCols()).containsExactly(1, 2, 3, 4, 5));
    }

    @Test
    void titleLinesAboveBecomeTitleAndQuestionAndNotesBelowAreKept() {
        List<Object[]> rows = concat(
                rows(row("Hvem tager initiativet?"), row("Hvor ofte sker følgende?"), row("(Procent)"), BLANK, BLANK),
                seedRows("Spørgsmål"),
                rows(row("Kilde: SDU og KORA, 2016."), row("Note: Tallene er afrundede.")));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.title()).isEqualTo(new Line("Hvem tager initiativet?", "Data!A1"));
        assertThat(table.question()).extracting(Line::text).containsExactly("Hvor ofte sker følgende?", "(Procent)");
        assertThat(table.headerRow()).isEqualTo(5);
        assertThat(table.notes()).extracting(Line::text)
                .containsExactly("Kilde: SDU og KORA, 2016.", "Note: Tallene er afrundede.");
    }

    @Test
    void titleInsideTheTableRegionIsNotConfusedWithATwoWordRowAbove() {
        List<Object[]> rows = concat(rows(row("Tabel 3", "Andel i procent"), BLANK), seedRows(null));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.title().text()).isEqualTo("Tabel 3 Andel i procent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I alt", "Total", "Sum", "In total", "Total %", "n", "N", "Antal", "Antal svar", "Base",
            "Respondents", "(n)"})
    void totalOrCountColumnIsNotACategory(String heading) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : seedRows("")) {
            Object[] wider = java.util.Arrays.copyOf(r, 7);
            wider[6] = rows.isEmpty() ? heading : (Object) 100.0;
            rows.add(wider);
        }

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.categoryCols()).containsExactly(1, 2, 3, 4, 5);
        assertThat(table.droppedCols()).isEmpty();
    }

    @Test
    void sectionRowsInsideTheTableAreHeadings() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(seedRows("").getFirst());
        rows.add(row(Seed.MUNICIPALITY));
        for (int r = 0; r < 4; r++) {
            rows.add(seedRow(r));
        }
        rows.add(BLANK);
        rows.add(row(Seed.CIVIL));
        rows.add(seedRow(4));
        rows.add(seedRow(5));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(8);
        assertThat(table.body().getFirst()).isInstanceOf(Heading.class);
        assertThat(table.body().get(5)).isInstanceOf(Heading.class)
                .satisfies(h -> assertThat(((Heading) h).cell().text()).isEqualTo(Seed.CIVIL));
    }

    @Test
    void textColumnBetweenLabelsAndValuesIsAGroupColumn() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Spørgsmål", "Initiativ", "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"));
        for (int r = 0; r < 6; r++) {
            List<Object> values = new ArrayList<>(List.of(seedRow(r)));
            values.add(1, r < 4 ? (r == 0 ? "Kommune" : null) : (r == 4 ? "Civil" : null)); // merged: first row only
            rows.add(values.toArray());
        }

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.labelCol()).isZero();
        assertThat(table.groupCols()).containsExactly(1);
        assertThat(table.categoryCols()).containsExactly(2, 3, 4, 5, 6);
        assertThat(table.body()).hasSize(6);
    }

    @Test
    void twoTablesOnOneSheetSeparatedByBlankRowsAndATitleAreFoundInOrder() {
        List<Object[]> rows = concat(
                rows(row("Tabel 1"), BLANK),
                seedRows(""),
                rows(row("Kilde: KORA"), BLANK, BLANK, row("Tabel 2"), row("Hvor enige er du?")),
                rows(row(null, "Helt enig", "Enig", "Uenig", "Helt uenig"),
                        row("Udsagn A", 10, 20, 30, 40),
                        row("Udsagn B", 25, 25, 25, 25)));

        List<FoundTable> tables = finder.find(sheet("Data", rows));

        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).title().text()).isEqualTo("Tabel 1");
        assertThat(tables.get(0).notes()).extracting(Line::text).containsExactly("Kilde: KORA");
        assertThat(tables.get(1).title().text()).isEqualTo("Tabel 2");
        assertThat(tables.get(1).question()).extracting(Line::text).containsExactly("Hvor enige er du?");
        assertThat(tables.get(1).categoryCols()).containsExactly(1, 2, 3, 4);
        assertThat(tables.get(1).body()).hasSize(2);
    }

    @Test
    void textFarAboveTheTableIsNotItsTitle() {
        List<Object[]> rows = concat(rows(row("Rapport om samskabelse"), BLANK, BLANK, BLANK, BLANK, BLANK,
                row("Tabel 1"), BLANK), seedRows(""));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.title().text()).isEqualTo("Tabel 1");
        assertThat(table.question()).isEmpty();
    }

    @Test
    void questionLineAfterABlankRowBelongsToTheNextTable() {
        List<Object[]> rows = concat(seedRows(""), rows(BLANK, row("Spørgsmål 2: Hvor enig er du?")),
                rows(row(null, "Enig", "Uenig"), row("Udsagn", 40, 60)));

        List<FoundTable> tables = finder.find(sheet("Data", rows));

        assertThat(tables.get(0).notes()).isEmpty();
        assertThat(tables.get(1).title().text()).isEqualTo("Spørgsmål 2: Hvor enig er du?");
    }

    @Test
    void textOnlySheetHasNoTable() {
        Grid cover = sheet("Forside", row("Samskabelse"), BLANK, row("Rapport", "2016"), row("Forfatter", "Bjarne Ibsen"));

        assertThat(finder.find(cover)).isEmpty();
    }

    @Test
    void badValuesAndGapsStayInTheTableForTheBuilderToReport() {
        List<Object[]> rows = seedRows("");
        rows.set(3, row(Seed.LABELS.get(2), 32.1, "n/a", 9.1, null, 8.8));
        rows.set(5, row(Seed.LABELS.get(4), "n/a", "n/a", "n/a", "n/a", "n/a"));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(6);
        assertThat(table.categoryCols()).containsExactly(1, 2, 3, 4, 5);
    }

    /** The seed table with one item's row replaced. */
    private static List<Object[]> seedWith(int item, Object... replacement) {
        List<Object[]> rows = seedRows("");
        rows.set(item + 1, replacement);
        return rows;
    }

    private static final String WORD = "Ikke aktuelt";

    @ParameterizedTest(name = "item {0}")
    @ValueSource(ints = {0, 2, 5})
    void itemAnsweredWithOneWordInEveryCellStaysInTheTable(int item) {
        List<Object[]> rows = seedWith(item, Seed.LABELS.get(item), WORD, WORD, WORD, WORD, WORD);

        List<FoundTable> tables = finder.find(sheet("Data", rows));

        assertThat(tables).hasSize(1);
        assertThat(tables.getFirst().headerRow()).isZero();
        assertThat(tables.getFirst().body()).hasSize(6);
        assertThat(tables.getFirst().notes()).isEmpty();
    }

    @ParameterizedTest(name = "item {0}")
    @ValueSource(ints = {0, 2})
    void itemWithASingleValueOrNoneStaysInTheTable(int item) {
        for (Object[] row : List.of(row(Seed.LABELS.get(item), 32.1), row(Seed.LABELS.get(item), null, "Ikke spurgt"))) {
            List<FoundTable> tables = finder.find(sheet("Data", seedWith(item, row)));

            assertThat(tables).hasSize(1);
            assertThat(tables.getFirst().body()).hasSize(6);
        }
    }

    @Test
    void itemAnsweredWithOneWordStaysInATableWithAGroupColumn() {
        Grid grid = sheet("Data", row(null, null, "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"),
                row("Kommunen", Seed.LABELS.get(0), 26.7, 46.4, 8.8, 5.5, 12.7),
                row("Kommunen", Seed.LABELS.get(1), 15.5, 46.7, 17.9, 6.7, 13.3),
                row("Civile", Seed.LABELS.get(4), WORD, WORD, WORD, WORD, WORD),
                row(null, Seed.LABELS.get(5), 4.2, 46.1, 24.2, 8.2, 17.3));

        List<FoundTable> tables = finder.find(grid);

        assertThat(tables).hasSize(1);
        assertThat(tables.getFirst().body()).hasSize(4);
        assertThat(tables.getFirst().labelCol()).isEqualTo(1);
        assertThat(tables.getFirst().groupCols()).containsExactly(0);
    }

    @Test
    void itemAnsweredWithOneWordInOneCellStaysInTheTable() {
        List<FoundTable> tables = finder.find(sheet("Data", seedWith(2, Seed.LABELS.get(2), WORD)));

        assertThat(tables).hasSize(1);
        assertThat(tables.getFirst().body()).hasSize(6);
    }

    @Test
    void lastItemWithAStandInInOneCellStaysInTheTable() {
        List<FoundTable> tables = finder.find(sheet("Data", seedWith(5, Seed.LABELS.get(5), "Ikke spurgt")));

        assertThat(tables.getFirst().body()).hasSize(6);
        assertThat(tables.getFirst().notes()).isEmpty();
    }

    @Test
    void groupColumnFilledOnEveryRowIsNotTakenForTheLabels() {
        Grid grid = sheet("Data", row(null, null, "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"),
                row("Kommunen", Seed.LABELS.get(0), 26.7, 46.4, 8.8, 5.5, 12.7),
                row("Kommunen", Seed.LABELS.get(1), 15.5, 46.7, 17.9, 6.7, 13.3),
                row("Civile", Seed.LABELS.get(4), 14.8, 49.4, 18.5, 3.9, 13.3),
                row("Civile", Seed.LABELS.get(5), 4.2, 46.1, 24.2, 8.2, 17.3));

        FoundTable table = finder.find(grid).getFirst();

        assertThat(table.labelCol()).isEqualTo(1);
        assertThat(table.groupCols()).containsExactly(0);
    }

    @Test
    void aSourceLineBetweenBlocksOfATableWithGroupsIsNoItem() {
        Grid grid = sheet("Data", row(null, null, "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"),
                row("Kommunen", Seed.LABELS.get(0), 26.7, 46.4, 8.8, 5.5, 12.7),
                row(null, Seed.LABELS.get(1), 15.5, 46.7, 17.9, 6.7, 13.3),
                row("Kilde:", "KORA"),
                row("Civile", Seed.LABELS.get(4), 14.8, 49.4, 18.5, 3.9, 13.3));

        FoundTable table = finder.find(grid).getFirst();

        assertThat(table.body()).extracting(BodyRow::row).doesNotContain(3);
    }

    @Test
    void aSectionRowWithItsNumberInACountColumnIsAHeading() {
        Grid grid = sheet("Data", row(null, "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke", "Antal"),
                row("Mænd", null, null, null, null, null, 480),
                seedRow(0), seedRow(1),
                row("Kvinder", null, null, null, null, null, 512),
                seedRow(2), seedRow(3));

        FoundTable table = finder.find(grid).getFirst();

        assertThat(table.body()).hasSize(6);
        assertThat(table.body()).extracting(b -> b instanceof Heading).containsExactly(true, false, false, true, false, false);
    }

    @Test
    void aLongGridOfWordsAndLargeNumbersIsSearchedInTimeLinearInItsRows() {
        // under each row of words, rows that look like items without numbers, then one of numbers over
        // 100: no table, and no scan from each row to the end of the sheet (9,000 rows took 14 s so)
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            rows.add(row("A" + k, "w", "w"));
            rows.add(row("B" + k, "w", "w"));
            rows.add(row("x" + k, 1000 + k, 2000 + k));
        }
        Grid grid = sheet("Data", rows);

        List<FoundTable> tables = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> finder.find(grid));

        assertThat(tables).isEmpty();
    }

    @Test
    void aSourceLineBetweenBlocksOfRowsIsNoItem() {
        List<Object[]> rows = concat(seedRows("").subList(0, 4), rows(row("Kilde:", "KORA"), BLANK, row("Tabel 2")),
                seedRows("").subList(4, 7));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(3);
        assertThat(table.notes()).extracting(Line::text).containsExactly("Kilde: KORA");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"(n = 480)", "n=1.024", "(N: 98)"})
    void aSectionRowWithItsNumberOfRespondentsIsAHeading(String count) {
        List<Object[]> rows = concat(seedRows("").subList(0, 2), rows(row("Mænd", count)), seedRows("").subList(2, 4));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(4);
        assertThat(table.body().get(1)).isInstanceOf(Heading.class);
    }

    @Test
    void aSourceLineUnderTheTableStaysANote() {
        List<Object[]> rows = concat(seedRows(""), rows(row("Kilde:", "KORA")));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(6);
        assertThat(table.notes()).extracting(Line::text).containsExactly("Kilde: KORA");
    }

    @Test
    void aCountUnderTheTableIsNoItem() {
        List<Object[]> rows = concat(seedRows(""), rows(row("Antal besvarelser", 480)));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(6);
    }

    @Test
    void listWhoseColumnsAreNotSharesIsNoTableEvenPastAFirstRowWithoutNumbers() {
        // a parts list: one number under the header first, then rows of numbers, most of them under 100
        // but the prices over it
        Grid list = sheet("Data", row(null, "Lager", "Bestilt", "Rabat", "Pris"), row("Dele i alt", 1),
                row("Skruer", 2, 40, 10, 1250), row("Møtrikker", 3, 60, 5, 180), row("Skiver", 4, 20, 15, 450));

        assertThat(finder.find(list)).isEmpty();
    }

    @Test
    void gridWithARepeatedHeadingIsNoTablePastAFirstRowWithoutNumbers() {
        // an equipment sheet: small numbers, but two columns named alike, and a template row first
        Grid equipment = sheet("Data", row(null, "Type", "Other", "Count", "Other"),
                row("String #", "{count}", "{count}", "{count}", "{count}"),
                row("A", 1, 2, 3, 4), row("B", 2, 3, 4, 5), row("C", 3, 4, 5, 6));

        assertThat(finder.find(equipment)).isEmpty();
    }

    @Test
    void totalRowAtTheBottomStaysInTheBodyForTheBuilderToLeaveOut() {
        List<Object[]> rows = seedRows("");
        rows.add(row("I alt", 17.2, 46.3, 15.8, 5.9, 14.8));

        assertThat(finder.find(sheet("Data", rows)).getFirst().body()).hasSize(7);
    }

    @Test
    void unitRowUnderTheHeaderIsPartOfTheHeader() {
        List<Object[]> rows = seedRows("");
        rows.add(1, row(null, "%", "%", "%", "%", "%"));

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.body()).hasSize(6);
    }

    @Test
    void columnsWithoutHeadingOrWithoutNumbersAreNoted() {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : seedRows("")) {
            Object[] wider = java.util.Arrays.copyOf(r, 8);
            if (rows.isEmpty()) {
                wider[7] = "Kommentar";
            } else {
                wider[6] = 98;
            }
            rows.add(wider);
        }

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.categoryCols()).containsExactly(1, 2, 3, 4, 5);
        assertThat(table.unheadedCols()).containsExactly(6);
        assertThat(table.droppedCols()).containsExactly(7);
    }

    @Test
    void tableNeedNotStartInTheFirstColumnOrRow() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(BLANK);
        rows.add(BLANK);
        for (Object[] r : seedRows("")) {
            Object[] shifted = new Object[r.length + 2];
            System.arraycopy(r, 0, shifted, 2, r.length);
            rows.add(shifted);
        }

        FoundTable table = finder.find(sheet("Data", rows)).getFirst();

        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.labelCol()).isEqualTo(2);
        assertThat(table.categoryCols()).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void gridOfCountsIsNotASurveyTable() {
        List<FoundTable> tables = finder.find(sheet("Salg", rows(
                row("Butik", "Januar", "Februar", "Marts"),
                row("Odense", 1200.0, 1350.0, 990.0),
                row("Aarhus", 2100.0, 1870.0, 2230.0),
                row("Vejle", 450.0, 510.0, 47.0))));

        assertThat(tables).isEmpty();
    }

    @Test
    void mostlyEmptyGridIsNotASurveyTable() {
        List<FoundTable> tables = finder.find(sheet("Data", rows(
                row("Navn", "A", "B", "C", "D"),
                row("x", 1.0, null, null, null),
                row("y", null, 2.0, null, null),
                row("z", null, null, null, 3.0))));

        assertThat(tables).isEmpty();
    }

    @Test
    void oneValueOver100LeavesTheTableStandingSoTheCellIsReported() {
        List<Object[]> seed = seedRows("item");
        seed.get(3)[2] = 130.0;

        assertThat(finder.find(sheet("Data", seed))).hasSize(1);
    }
}

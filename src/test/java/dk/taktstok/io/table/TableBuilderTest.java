package dk.taktstok.io.table;

import dk.taktstok.testing.Seed;
import static dk.taktstok.io.table.Grids.BLANK;
import static dk.taktstok.io.table.Grids.error;
import static dk.taktstok.io.table.Grids.pct;
import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.seedRow;
import static dk.taktstok.io.table.Grids.seedRows;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Problem;
import dk.taktstok.io.Severity;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableBuilderTest {

    private final TableFinder finder = new TableFinder();
    private final TableBuilder builder = new TableBuilder();

    private BuiltTable build(List<Object[]> rows) {
        return builder.build(finder.find(sheet("Data", rows)).getFirst());
    }

    @Test
    void seedTableGivesTheSeedSharesLabelsAndPlaces() {
        BuiltTable table = build(seedRows("item"));

        assertThat(table.categories()).containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(table.items()).extracting(Item::id).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
        for (int r = 0; r < 6; r++) {
            assertThat(table.items().get(r).shares()).containsExactlyElementsOf(Seed.shares(r));
            assertThat(table.items().get(r).shortLabel()).isNull();
        }
        assertThat(table.itemLocations().getFirst()).isEqualTo("Data!A2");
        assertThat(table.shareLocations().get(2).get(3)).isEqualTo("Data!E4");
        assertThat(table.tableLocation()).isEqualTo("Data!A1");
        assertThat(table.problems()).isEmpty();
        assertThat(table.groupTag()).isNull();
    }

    @Test
    void fractionsShownAsPercentAreReadAsPercent() {
        List<Object[]> rows = seedRows("");
        rows.set(1, row(Seed.LABELS.getFirst(), pct(0.267), pct(0.464), pct(0.088), pct(0.055), pct(0.127)));

        BuiltTable table = build(rows);

        assertThat(table.items().getFirst().shares()).containsExactly(26.7, 46.4, 8.8, 5.5, 12.7);
        assertThat(table.problems()).isEmpty();
    }

    @Test
    void plainFractionsSummingToOneAreReadTimes100WithAWarning() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(seedRows("").getFirst());
        for (int r = 0; r < 6; r++) {
            Object[] values = seedRow(r);
            for (int k = 1; k < values.length; k++) {
                values[k] = java.math.BigDecimal.valueOf((Double) values[k]).movePointLeft(2).doubleValue();
            }
            rows.add(values);
        }

        BuiltTable table = build(rows);

        for (int r = 0; r < 6; r++) {
            assertThat(table.items().get(r).shares()).containsExactlyElementsOf(Seed.shares(r));
        }
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("fractions").contains("×100");
        });
    }

    @Test
    void smallNumbersThatDoNotSumToOneAreKeptAsRead() {
        List<Object[]> rows = List.of(row(null, "Ja", "Nej"), row("A", 0.2, 0.3), row("B", 0.1, 0.4));

        assertThat(build(rows).items().getFirst().shares()).containsExactly(0.2, 0.3);
    }

    @Test
    void numbersStoredAsTextWithADecimalCommaAreNumbers() {
        List<Object[]> rows = seedRows("");
        rows.set(1, row(Seed.LABELS.getFirst(), "26,7", "46,4 %", "8.8%", "5,5", "12,7"));
        rows.set(2, row(Seed.LABELS.get(1), "\u221215,5", "46,7", "17,9", "6,7", "13,3"));

        BuiltTable table = build(rows);

        assertThat(table.items().get(0).shares()).containsExactly(26.7, 46.4, 8.8, 5.5, 12.7);
        assertThat(table.items().get(1).shares()).containsExactly(-15.5, 46.7, 17.9, 6.7, 13.3);
        assertThat(table.problems()).isEmpty();
    }

    @Test
    void textInANumberCellIsAnErrorNamingTheCell() {
        List<Object[]> rows = seedRows("");
        rows.set(4, row(Seed.LABELS.get(3), 9.7, "n/a", 16.4, 8.5, 23.6));

        BuiltTable table = build(rows);

        assertThat(table.problems()).containsExactly(Problem.error("Data!C5", "'n/a' is not a number"));
        assertThat(table.items().get(3).shares().get(1)).isNaN();
    }

    @Test
    void itemAnsweredWithOneWordIsAnErrorAtEachCellAndTheItemsUnderItStay() {
        List<Object[]> rows = seedRows("");
        rows.set(3, row(Seed.LABELS.get(2), "Ikke spurgt", "Ikke spurgt", "Ikke spurgt", "Ikke spurgt", "Ikke spurgt"));

        BuiltTable table = build(rows);

        assertThat(table.problems()).containsExactly(
                Problem.error("Data!B4", "'Ikke spurgt' is not a number"),
                Problem.error("Data!C4", "'Ikke spurgt' is not a number"),
                Problem.error("Data!D4", "'Ikke spurgt' is not a number"),
                Problem.error("Data!E4", "'Ikke spurgt' is not a number"),
                Problem.error("Data!F4", "'Ikke spurgt' is not a number"));
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
    }

    @Test
    void missingCellInADataRowIsAnErrorNamingTheCategory() {
        List<Object[]> rows = seedRows("");
        rows.set(2, row(Seed.LABELS.get(1), 15.5, 46.7, 17.9, null, 13.3));

        BuiltTable table = build(rows);

        assertThat(table.problems()).containsExactly(Problem.error("Data!E3", "no value for 'Aldrig'"));
        assertThat(table.items().get(1).shares().get(3)).isNaN();
    }

    @Test
    void spreadsheetErrorValuesAreErrors() {
        List<Object[]> rows = seedRows("");
        rows.set(1, row(Seed.LABELS.getFirst(), 26.7, error("#DIV/0!"), 8.8, 5.5, 12.7));

        assertThat(build(rows).problems()).singleElement()
                .satisfies(p -> assertThat(p.describe()).startsWith("'#DIV/0!' is not a number").endsWith("at Data!C2"));
    }

    @Test
    void negativeValuesValuesOver100AndOddSumsAreKeptAsRead() {
        List<Object[]> rows = seedRows("");
        rows.set(1, row(Seed.LABELS.getFirst(), -26.7, 146.4, 8.8, 5.5, 12.7));

        BuiltTable table = build(rows);

        assertThat(table.items().getFirst().shares()).containsExactly(-26.7, 146.4, 8.8, 5.5, 12.7);
        assertThat(table.problems()).isEmpty();
        assertThat(table.shareLocations().getFirst().get(1)).isEqualTo("Data!C2");
    }

    @Test
    void totalRowIsLeftOutWithAWarning() {
        List<Object[]> rows = seedRows("");
        rows.add(row("Gennemsnit", 17.2, 46.3, 15.8, 5.9, 14.8));

        BuiltTable table = build(rows);

        assertThat(table.items()).hasSize(6);
        assertThat(table.problems()).containsExactly(
                Problem.warning("Data!A8", "'Gennemsnit' looks like a total, not an item, so it is left out"));
    }

    @Test
    void sectionRowsTagTheItemsUnderThem() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(seedRows("").getFirst());
        rows.add(row(Seed.MUNICIPALITY));
        for (int r = 0; r < 4; r++) {
            rows.add(seedRow(r));
        }
        rows.add(row(Seed.CIVIL));
        rows.add(seedRow(4));
        rows.add(seedRow(5));

        BuiltTable table = build(rows);

        assertThat(table.groupTag()).isEqualTo("group");
        assertThat(table.groups()).containsExactly(
                new Group("kommunen-tager-initiativ", Text.of(Seed.MUNICIPALITY)),
                new Group("civile-aktoerer-tager-initiativ", Text.of(Seed.CIVIL)));
        assertThat(table.items()).extracting(i -> i.tag("group")).containsExactly(
                "kommunen-tager-initiativ", "kommunen-tager-initiativ", "kommunen-tager-initiativ",
                "kommunen-tager-initiativ", "civile-aktoerer-tager-initiativ", "civile-aktoerer-tager-initiativ");
        assertThat(table.items()).extracting(Item::id).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(table.items().get(4).shares()).containsExactlyElementsOf(Seed.shares(4));
    }

    @Test
    void textColumnBetweenLabelAndValuesTagsItemsByItsHeading() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Spørgsmål", "Initiativ", "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"));
        for (int r = 0; r < 6; r++) {
            List<Object> values = new ArrayList<>(List.of(seedRow(r)));
            values.add(1, r < 4 ? "Kommune" : "Civil");
            rows.add(values.toArray());
        }

        BuiltTable table = build(rows);

        assertThat(table.groupTag()).isEqualTo("initiativ");
        assertThat(table.groups()).containsExactly(new Group("kommune", Text.of("Kommune")), new Group("civil", Text.of("Civil")));
        assertThat(table.items()).extracting(i -> i.tag("initiativ"))
                .containsExactly("kommune", "kommune", "kommune", "kommune", "civil", "civil");
    }

    @Test
    void mergedGroupCellsCarryDown() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(null, "Initiativ", "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"));
        for (int r = 0; r < 6; r++) {
            List<Object> values = new ArrayList<>(List.of(seedRow(r)));
            values.add(1, r == 0 ? "Kommune" : r == 4 ? "Civil" : null);
            rows.add(values.toArray());
        }

        BuiltTable table = build(rows);

        assertThat(table.items()).extracting(i -> i.tag("initiativ"))
                .containsExactly("kommune", "kommune", "kommune", "kommune", "civil", "civil");
    }

    @Test
    void labelsAreTrimmedAndLineBreaksBecomeSpaces() {
        List<Object[]> rows = List.of(row(null, "Som\nregel", "Aldrig"), row("  To\r\nlinjer  ", 40, 60));

        BuiltTable table = build(rows);

        assertThat(table.categories()).containsExactly("Som regel", "Aldrig");
        assertThat(table.items().getFirst().label().text()).isEqualTo("To linjer");
    }

    @Test
    void categoryHeadingMetTwiceIsAnError() {
        List<Object[]> rows = List.of(row(null, "Ja", "Ja"), row("A", 40, 60));

        BuiltTable table = build(rows);

        assertThat(table.categories()).containsExactly("Ja", "Ja (2)");
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.location()).isEqualTo("Data!C1");
            assertThat(p.message()).contains("'Ja' appears twice");
        });
    }

    @Test
    void titleAndQuestionAndNotesComeAlong() {
        List<Object[]> rows = new ArrayList<>(List.of(row("Tabel 1"), row("Hvor ofte?"), row("Pct."), BLANK));
        rows.addAll(seedRows(""));
        rows.add(row("Kilde: KORA"));

        BuiltTable table = build(rows);

        assertThat(table.title()).isEqualTo("Tabel 1");
        assertThat(table.question()).isEqualTo("Hvor ofte? Pct.");
        assertThat(table.notes()).containsExactly("Kilde: KORA");
        assertThat(table.tableLocation()).isEqualTo("Data!A1");
    }

    @Test
    void percentTextIsNotScaledAgain() {
        List<Object[]> rows = List.of(row(null, "Ja", "Nej"), row("A", "0,4 %", "0,6 %"));

        assertThat(build(rows).items().getFirst().shares()).containsExactly(0.4, 0.6);
    }

    @Test
    void fractionDetectionToleratesRounding() {
        List<Object[]> rows = List.of(row(null, "Ja", "Nej", "Ved ikke"), row("A", 0.33, 0.33, 0.33), row("B", 0.5, 0.49, 0.02));

        assertThat(build(rows).items().get(1).shares().get(1)).isCloseTo(49.0, within(1e-12));
    }
}

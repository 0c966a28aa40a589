package dk.taktstok.io.table;

import static dk.taktstok.io.table.Grids.pct;
import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a found table's numbers are: shares, counts, counts beside percentages, groups with their totals. */
class TableShapeTest {

    private final TableFinder finder = new TableFinder();
    private final TableBuilder builder = new TableBuilder();

    private BuiltTable build(Object[]... rows) {
        List<FoundTable> found = finder.find(sheet("Data", rows));
        assertThat(found).as("a table is found").isNotEmpty();
        return builder.build(found.getFirst());
    }

    @Test
    void countsOnAKnownScaleBecomeSharesOfEachRowWithItsTotalAsN() {
        BuiltTable table = build(row(null, "Agree", "Neither agree nor disagree", "Disagree"),
                row("Better statistics", 20, 2, 1),
                row("More data", 11, 8, 4),
                row("Open code", 5, 6, 12));

        assertThat(table.layout()).isEqualTo("counts");
        Item first = table.items().getFirst();
        assertThat(first.n()).isEqualTo(23);
        assertThat(first.shares().get(0)).isCloseTo(100.0 * 20 / 23, within(1e-9));
        assertThat(first.shares().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100, within(1e-9));
        assertThat(table.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("counts").contains("computed from them"));
    }

    @Test
    void aCountColumnGivesPercentagesTheirN() {
        BuiltTable table = build(row(null, "Ja", "Nej", "n"), row("A", 40.0, 60.0, 480), row("B", 55.5, 44.5, 312));

        assertThat(table.layout()).isEqualTo("table");
        assertThat(table.categories()).containsExactly("Ja", "Nej");
        assertThat(table.items()).extracting(Item::n).containsExactly(480, 312);
        assertThat(table.items().get(1).shares()).containsExactly(55.5, 44.5);
        assertThat(table.problems()).isEmpty();
    }

    @Test
    void wholeNumbersUnderACountColumnAreCountsEvenOnNoKnownScale() {
        BuiltTable table = build(row(null, "Nord", "Syd", "Antal"), row("Skoler", 12, 8, 20), row("Børnehaver", 3, 1, 4));

        assertThat(table.layout()).isEqualTo("counts");
        assertThat(table.items()).extracting(Item::n).containsExactly(20, 4);
        assertThat(table.items().get(1).shares()).containsExactly(75.0, 25.0);
    }

    @Test
    void countsBesidePercentagesAreReadOnceFromTheCounts() {
        BuiltTable table = build(row(null, "Yes", "%", "No", "%"),
                row("Item A", 30, pct(0.6), 20, pct(0.4)),
                row("Item B", 9, pct(0.3), 21, pct(0.7)));

        assertThat(table.categories()).containsExactly("Yes", "No");
        assertThat(table.items()).extracting(Item::n).containsExactly(50, 30);
        assertThat(table.items().getFirst().shares()).containsExactly(60.0, 40.0);
        assertThat(table.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("side by side").contains("'%'"));
    }

    @Test
    void ranksInEachRowAreNoCounts() {
        // rows of 1 … 4 are a ranking, whole numbers that do not sum to 100, under no count column
        BuiltTable table = build(row(null, "Film A", "Film B", "Film C", "Film D"),
                row("R1", 1, 2, 3, 4), row("R2", 2, 1, 4, 3), row("R3", 4, 3, 2, 1));

        assertThat(table.layout()).isEqualTo("table");
        assertThat(table.items().getFirst().shares()).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(table.items().getFirst().n()).isNull();
    }

    @Test
    void groupsOfCountColumnsWithTheirTotalsAreReadByTheirTotalsAndARepeatedHeadingNoLongerStopsTheFile() {
        BuiltTable table = build(
                row(null, null, "Democrat", null, null, "Republican", null, null, null),
                row("Team", "Respondents", "Asian", "White", "Total", "Asian", "White", "Total", "GOP%"),
                row("Cowboys", 20, 2, 8, 10, 1, 9, 10, "50%"),
                row("Bills", 8, 1, 5, 6, null, 2, 2, "25%"),
                row("Grand Total", 28, 3, 13, 16, 1, 11, 12, "43%"));

        assertThat(table.layout()).isEqualTo("counts");
        assertThat(table.categories()).containsExactly("Total (Democrat)", "Total (Republican)");
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactly("Cowboys", "Bills");
        assertThat(table.items()).extracting(Item::n).containsExactly(20, 8);
        assertThat(table.items().get(1).shares()).containsExactly(75.0, 25.0);
        assertThat(table.title()).isNull();
        assertThat(table.problems()).noneMatch(Problem::isError);
        assertThat(table.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("'Democrat', 'Republican'").contains("totals"))
                .anySatisfy(m -> assertThat(m).contains("'Grand Total' looks like a total"));
    }

    @Test
    void aColumnWrittenNegativeForADivergingChartIsAnErrorNamingItsFirstCell() {
        BuiltTable table = build(row(null, "Yes", "No"), row("Item A", 60, -40), row("Item B", 70, -30));

        assertThat(table.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("Data!C2");
            assertThat(p.message()).contains("'No' is written as negative numbers (-40 here)").contains("diverging");
        });
        assertThat(table.items().getFirst().shares()).containsExactly(60.0, -40.0);
    }

    @Test
    void aCrosstabWithGroupsInColumnsIsReadColumnByColumn() {
        BuiltTable table = build(row(null, "Total", "Men", "Women"),
                row("Strongly agree", 30.0, 40.0, 20.0),
                row("Agree", 50.0, 45.0, 55.0),
                row("Disagree", 20.0, 15.0, 25.0),
                row("Base", 1000, 480, 520));

        assertThat(table.layout()).isEqualTo("banner");
        assertThat(table.categories()).containsExactly("Strongly agree", "Agree", "Disagree");
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactly("Total", "Men", "Women");
        assertThat(table.items()).extracting(Item::n).containsExactly(1000, 480, 520);
        assertThat(table.items().get(1).shares()).containsExactly(40.0, 45.0, 15.0);
    }

    @Test
    void aCrosstabWhoseNumbersAddUpNeitherWaySaysSoInsteadOfASumWarningPerRow() {
        BuiltTable table = build(row(null, "18 - 34", "35 - 54", "55+"),
                row("Strongly agree", 30.0, 40.0, 20.0),
                row("Agree", 35.0, 45.0, 55.0),
                row("Disagree", 20.0, 45.0, 5.0),
                row("Strongly disagree", 2.0, 3.0, 4.0));

        assertThat(table.items()).isEmpty();
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("crosstab").contains("'Strongly agree'").contains("'18 - 34'")
                    .contains("neither its rows nor its columns sum to 100");
        });
    }
}

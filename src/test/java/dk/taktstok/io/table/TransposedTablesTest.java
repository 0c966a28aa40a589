package dk.taktstok.io.table;

import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Item;
import org.junit.jupiter.api.Test;

/** Tables whose answers stand in the rows, each column a measure of them. */
class TransposedTablesTest {

    private final TableFinder finder = new TableFinder();
    private final TableBuilder builder = new TableBuilder();

    private BuiltTable build(Object[]... rows) {
        return builder.build(finder.find(sheet("Data", rows)).getFirst());
    }

    @Test
    void countsBesidePercentagesInRowsMakeOneItemWhoseNIsTheSumOfTheCounts() {
        BuiltTable table = build(row("Income", "Count", "Percentage", "Percentage in 2018", "Difference"),
                row("Less than 30.000", 10, 20.0, 25.0, -5.0),
                row("30.000 or more", 35, 70.0, 65.0, 5.0),
                row("Prefer not to say", 5, 10.0, null, null));

        assertThat(table.layout()).isEqualTo("counts");
        assertThat(table.categories()).containsExactly("Less than 30.000", "30.000 or more", "Prefer not to say");
        assertThat(table.items()).singleElement().satisfies(item -> {
            assertThat(item.label().text()).isEqualTo("Income");
            assertThat(item.n()).isEqualTo(50);
            assertThat(item.shares()).containsExactly(20.0, 70.0, 10.0);
        });
        assertThat(table.title()).isEqualTo("Income");
        assertThat(table.problems()).noneMatch(Problem::isError);
        assertThat(table.problems()).extracting(Problem::message).singleElement().satisfies(m -> assertThat(m)
                .contains("counts in 'Count' are read").contains("'Percentage' holds the same shares")
                .contains("'Percentage in 2018', 'Difference' are left out"));
    }

    @Test
    void aSingleColumnOfPercentagesIsOneItem() {
        BuiltTable table = build(row("Answer", "Percent"), row("Yes", 62.5), row("No", 37.5));

        assertThat(table.layout()).isEqualTo("table");
        assertThat(table.categories()).containsExactly("Yes", "No");
        assertThat(table.items()).singleElement().satisfies(item -> {
            assertThat(item.shares()).containsExactly(62.5, 37.5);
            assertThat(item.n()).isNull();
        });
    }

    @Test
    void twoColumnsOfPercentagesAreTwoItems() {
        BuiltTable table = build(row(null, "% 2017", "% 2022"), row("Daily", 40.0, 50.0), row("Weekly", 35.0, 30.0),
                row("Never", 25.0, 20.0));

        assertThat(table.items()).extracting(i -> i.label().text()).containsExactly("% 2017", "% 2022");
        assertThat(table.items().get(1).shares()).containsExactly(50.0, 30.0, 20.0);
    }

    @Test
    void aFrequencyTableWithATotalRowLeavesTheTotalOut() {
        BuiltTable table = build(row(null, "Frequency", "Percent", "Cumulative Percent"),
                row("Agree", 30, 60.0, 60.0), row("Disagree", 20, 40.0, 100.0), row("Total", 50, 100.0, null));

        Item item = table.items().getFirst();
        assertThat(item.n()).isEqualTo(50);
        assertThat(item.shares().getFirst()).isCloseTo(60.0, within(1e-9));
        assertThat(table.categories()).containsExactly("Agree", "Disagree");
    }
}

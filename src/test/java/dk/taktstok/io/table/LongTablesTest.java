package dk.taktstok.io.table;

import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongTablesTest {

    private static Grid longGrid() {
        return sheet("Data",
                row("item", "response", "year", "count", "total", "proportion"),
                row("Code of conduct", "Not important either way", "2017", 40, 100, 0.4),
                row("Code of conduct", "Very important to have", "2017", 30, 100, 0.3),
                row("Code of conduct", "Don't know what this is", "2017", 10, 100, 0.1),
                row("Code of conduct", "Very important not to have", "2017", 20, 100, 0.2),
                row("Code of conduct", "Very important to have", "2024", 50, 80, 0.625),
                row("Code of conduct", "Very important not to have", "2024", 30, 80, 0.375),
                row("Licence", "Very important to have", "2017", 9, 12, 0.75),
                row("Licence", "Not important either way", "2017", 3, 12, 0.25));
    }

    @Test
    void oneItemPerItemAndYearWithSharesAndNFromTheCounts() {
        List<BuiltTable> tables = LongTables.read(longGrid());

        assertThat(tables).singleElement().satisfies(table -> {
            assertThat(table.layout()).isEqualTo("long");
            assertThat(table.items()).extracting(i -> i.label().text())
                    .containsExactly("Code of conduct (2017)", "Code of conduct (2024)", "Licence (2017)");
            assertThat(table.items()).extracting(Item::n).containsExactly(100, 80, 12);
            // the scale's order, not the rows' (which run by count)
            assertThat(table.categories()).containsExactly("Very important to have", "Not important either way",
                    "Very important not to have", "Don't know what this is");
            assertThat(table.items().getFirst().shares()).containsExactly(30.0, 40.0, 20.0, 10.0);
            assertThat(table.items().get(1).shares().get(1)).isCloseTo(0.0, within(1e-9));
            assertThat(table.range()).isEqualTo("A1:F9");
            assertThat(table.problems()).extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("long format").contains("'item' and 'year'"))
                    .anySatisfy(m -> assertThat(m).contains("not in the file for an item"));
        });
    }

    @Test
    void aTotalThatDiffersFromTheCountsIsReported() {
        Grid grid = sheet("Data", row("item", "answer", "n", "total"), row("A", "Yes", 3, 5), row("A", "No", 1, 5),
                row("B", "Yes", 2, 4), row("B", "No", 2, 4));

        BuiltTable table = LongTables.read(grid).getFirst();

        assertThat(table.items()).extracting(Item::n).containsExactly(4, 4);
        assertThat(table.problems()).anySatisfy(p -> assertThat(p.describe())
                .contains("differs from the sum").endsWith("at Data!D2"));
    }

    @Test
    void respondentRowsAreNoLongTable() {
        Grid grid = sheet("Data", row("id", "gender", "age", "answer"), row(1, "F", 34, "Yes"), row(2, "M", 51, "No"),
                row(3, "F", 22, "Yes"), row(4, "M", 60, "No"));

        assertThat(LongTables.read(grid)).isNull();
        assertThat(LongTables.isLong(grid)).isFalse();
    }
}

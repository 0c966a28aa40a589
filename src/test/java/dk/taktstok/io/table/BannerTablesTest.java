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

/** A pollster's banner: groups in merged header cells, stacked blocks of a base row and answer rows. */
class BannerTablesTest {

    /** Two blocks under a header of groups; "Total" repeats as a group's own column. */
    static Grid banner() {
        return sheet("Banner",
                row("ADULTS INTERVIEWED MAY 2017", null, "Total", "Gender", null, "Age", null, null),
                row(null, null, null, "Male", "Female", "Total", "18-34", "35+"),
                row("Do you approve or disapprove?", "Unweighted N", 1000, 480, 520, 1000, 400, 600),
                row(null, "Strongly approve", pct(0.30), pct(0.35), pct(0.25), pct(0.30), pct(0.20), pct(0.37)),
                row(null, "Somewhat approve", pct(0.20), pct(0.25), pct(0.15), pct(0.20), pct(0.30), pct(0.13)),
                row(null, "Somewhat disapprove", pct(0.20), pct(0.20), pct(0.20), pct(0.20), pct(0.20), pct(0.20)),
                row(null, "Strongly disapprove", pct(0.28), pct(0.20), pct(0.36), pct(0.28), pct(0.28), pct(0.28)),
                row(null, "No Answer", pct(0.02), pct(0.00), pct(0.04), pct(0.02), pct(0.02), pct(0.02)),
                row("Which do you use?", "Unweighted N", 1000, 480, 520, 1000, 0, 600),
                row(null, "Phone", pct(0.90), pct(0.90), pct(0.90), pct(0.90), null, pct(0.90)),
                row(null, "Tablet", pct(0.50), pct(0.40), pct(0.60), pct(0.50), null, pct(0.50)),
                row(null, "Laptop", pct(0.70), pct(0.80), pct(0.60), pct(0.70), null, pct(0.70)));
    }

    @Test
    void eachBlockIsATableOfTheGroupsWithTheirBases() {
        List<BuiltTable> tables = BannerTables.read(banner());

        assertThat(tables).hasSize(2);
        BuiltTable approval = tables.getFirst();
        assertThat(approval.layout()).isEqualTo("banner");
        assertThat(approval.title()).isEqualTo("Do you approve or disapprove?");
        assertThat(approval.categories()).containsExactly("Strongly approve", "Somewhat approve", "Somewhat disapprove",
                "Strongly disapprove", "No Answer");
        assertThat(approval.items()).extracting(i -> i.label().text())
                .containsExactly("Total", "Male", "Female", "Total (Age)", "18-34", "35+");
        assertThat(approval.items()).extracting(Item::n).containsExactly(1000, 480, 520, 1000, 400, 600);
        Item male = approval.items().get(1);
        assertThat(male.shares().get(0) + male.shares().get(1)).isCloseTo(60.0, within(1e-9));
        assertThat(approval.range()).isEqualTo("A3:H8");
        assertThat(approval.rowsSkipped()).isEqualTo(1);
        assertThat(approval.itemLocations().get(1)).isEqualTo("Banner!D2");
        assertThat(approval.notes()).containsExactly("ADULTS INTERVIEWED MAY 2017");
        assertThat(approval.multiple()).isFalse();
        assertThat(approval.problems()).isEmpty();
    }

    @Test
    void aGroupNobodyInWasAskedIsLeftOutAndOptionsThatSumOver100AreMultiple() {
        BuiltTable devices = BannerTables.read(banner()).get(1);

        assertThat(devices.items()).extracting(i -> i.label().text())
                .containsExactly("Total", "Male", "Female", "Total (Age)", "35+");
        assertThat(devices.multiple()).isTrue();
        assertThat(devices.problems()).extracting(Problem::message).singleElement()
                .satisfies(m -> assertThat(m).contains("'18-34'").contains("base is 0"));
    }

    @Test
    void rowsOfSharesWithoutABaseAreNoBanner() {
        assertThat(BannerTables.read(sheet("Data", row(null, "Ja", "Nej"), row("A", 40, 60)))).isNull();
        assertThat(BannerTables.isBanner(banner())).isTrue();
    }
}

package dk.taktstok.io.table;

import static dk.taktstok.io.table.Grids.row;
import static dk.taktstok.io.table.Grids.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    @Test
    void theLowestTextNamesAColumnAndAGroupSpansRightToTheNextGroup() {
        Grid grid = sheet("B",
                row(null, "Total", "Party ID", null, "5-Point Party ID", null, null),
                row(null, null, "Republican", "Democrat", "Republican", "Lean Rep", "Democrat"),
                row(null, null, null, null, null, null, null));

        List<HeaderNames.Column> columns = HeaderNames.of(grid, List.of(0, 1), List.of(1, 2, 3, 4, 5, 6));

        assertThat(columns).extracting(HeaderNames.Column::name).containsExactly("Total", "Republican (Party ID)",
                "Democrat (Party ID)", "Republican (5-Point Party ID)", "Lean Rep", "Democrat (5-Point Party ID)");
        assertThat(columns).extracting(HeaderNames.Column::group)
                .containsExactly(null, "Party ID", "Party ID", "5-Point Party ID", "5-Point Party ID", "5-Point Party ID");
        assertThat(columns.get(1).location()).isEqualTo("B!C2");
    }

    @Test
    void namesStillAlikeGetANumber() {
        assertThat(HeaderNames.unique(List.of("Ja", "Ja", "Nej", "Ja"), Arrays.asList(null, null, null, null)))
                .containsExactly("Ja", "Ja (2)", "Nej", "Ja (3)");
    }
}

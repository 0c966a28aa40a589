package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GridTest {

    private final Grid.Locator at = (r, c) -> r + ":" + c;

    @Test
    void cellsAreFoundWhereverTheyAreAddedAndBlankTextIsNothing() {
        Grid grid = Grid.builder("s", at)
                .add(GridCell.number(1_000_000, 16_000, 1.5, false, "far"))
                .add(GridCell.text(0, 2, "c", "0:2"))
                .add(GridCell.text(0, 0, "a", "0:0"))
                .add(GridCell.text(5, 0, "  ", "5:0"))
                .build();

        assertThat(grid.filledRows()).containsExactly(0, 1_000_000);
        assertThat(grid.row(0)).extracting(GridCell::text).containsExactly("a", "c");
        assertThat(grid.cell(0, 1)).isNull();
        assertThat(grid.cell(1_000_000, 16_000).number()).isEqualTo(1.5);
        assertThat(grid.nextFilledRow(0)).isEqualTo(1_000_000);
        assertThat(grid.nextFilledRow(3)).isEqualTo(1_000_000);
        assertThat(grid.nextFilledRow(1_000_000)).isEqualTo(-1);
        assertThat(grid.cellCount()).isEqualTo(3);
        assertThat(grid.locate(7, 3)).isEqualTo("7:3");
    }

    @Test
    void aLaterCellAtTheSamePlaceWins() {
        Grid grid = Grid.builder("s", at)
                .add(GridCell.text(2, 2, "first", "x"))
                .add(GridCell.text(2, 2, "second", "x"))
                .build();

        assertThat(grid.row(2)).extracting(GridCell::text).containsExactly("second");
    }

    @Test
    void displayWritesNumbersPlainly() {
        assertThat(GridCell.number(0, 0, 2016, false, "").display()).isEqualTo("2016");
        assertThat(GridCell.number(0, 0, 0.267, true, "").display()).isEqualTo("26.7%");
        assertThat(GridCell.number(0, 0, 26.7, false, "").display()).isEqualTo("26.7");
    }
}

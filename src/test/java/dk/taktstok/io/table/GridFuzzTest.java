package dk.taktstok.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.testing.OwnFaults;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target of the table finder, shaped like a spreadsheet: grids of text cells from the words tables
 * use (categories, totals, notes, sources, units), numbers of every kind a file can hold (negative, huge,
 * NaN, infinite, shown as percent), error values and formulas without a result. Whatever the grid, the
 * finder gives a study or a problem, never a fault of its own, and a study without errors has a number in
 * every share. Runs over the committed inputs (GridFuzzTestInputs) in every build; fuzzes with JAZZER_FUZZ=1.
 */
class GridFuzzTest {

    private static final String[] WORDS = {
        "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke", "I alt", "Total", "Kilde: KL", "Note:",
        "Don't know", "Usually", "Never", "n", "Antal", "%", "pct.", "26,7", "26.7 %", "1.234,5", "−3,5", "",
        " ", "Item", "Kommunen inviterer", "Sum:", "N/A", "#REF!", "Base", "Tabel 1", "Spørgsmål", "2016",
        "Procent", "Respondenter", "(n=412)"};

    /** A table's skeleton: a header of categories, a column of labels, and cells of any kind in the body. */
    private static void table(FuzzedDataProvider data, Grid.Builder grid, Grid.Locator locator) {
        int top = data.consumeInt(0, 3);
        int categories = data.consumeInt(2, 6);
        int items = data.consumeInt(1, 8);
        for (int c = 1; c <= categories; c++) {
            grid.add(GridCell.text(top, c, CATEGORIES[(c - 1 + data.consumeInt(0, 1)) % CATEGORIES.length], locator.at(top, c)));
        }
        for (int r = top + 1; r <= top + items; r++) {
            grid.add(GridCell.text(r, 0, "Item " + r, locator.at(r, 0)));
            for (int c = 1; c <= categories; c++) {
                if (data.consumeInt(0, 3) > 0) {
                    grid.add(GridCell.number(r, c, data.consumeInt(0, 100), false, locator.at(r, c)));
                } else if (data.remainingBytes() > 0) {
                    grid.add(cell(data, r, c, locator.at(r, c)));
                }
            }
        }
    }

    private static GridCell cell(FuzzedDataProvider data, int row, int col, String at) {
        return switch (data.consumeInt(0, 5)) {
            case 0, 1 -> GridCell.text(row, col, data.pickValue(WORDS), at);
            case 2 -> GridCell.text(row, col, data.consumeString(12), at);
            case 3 -> GridCell.number(row, col, data.consumeDouble(), data.consumeBoolean(), at);
            case 4 -> GridCell.number(row, col, data.consumeInt(-5, 120) / (data.consumeBoolean() ? 1.0 : 100.0),
                    data.consumeBoolean(), at);
            default -> data.consumeBoolean() ? GridCell.error(row, col, "#N/A", at) : GridCell.noResult(row, col, "=A1", at);
        };
    }

    private static final String[] CATEGORIES = {"Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke", "I alt"};

    @FuzzTest(maxDuration = "60s")
    void anyGridGivesAStudyOrAProblem(FuzzedDataProvider data) {
        List<Grid> grids = new ArrayList<>();
        for (int g = 0, sheets = data.consumeInt(1, 3); g < sheets; g++) {
            String name = "S" + g;
            Grid.Locator locator = (row, col) -> name + "!" + row + ":" + col;
            Grid.Builder grid = Grid.builder(name, locator);
            if (data.consumeBoolean()) {
                table(data, grid, locator);
            }
            for (int c = 0, cells = data.consumeInt(0, 40); c < cells && data.remainingBytes() > 0; c++) {
                int row = data.consumeInt(0, 30);
                int col = data.consumeInt(0, 10);
                grid.add(cell(data, row, col, locator.at(row, col)));
            }
            grids.add(grid.build());
        }

        Parsed parsed = new StudyAssembler().assemble(grids, "fuzz", List.of(), "no table found");
        ReadResult result = StudyFiles.finish(parsed);

        OwnFaults.failOnInternal(result.problems());
        assertThat(result.study() != null || !result.problems().isEmpty()).isTrue();
        if (result.study() != null && !result.hasErrors()) {
            for (SurveyTable table : result.study().tables()) {
                table.items().forEach(item -> assertThat(item.shares()).as("shares of a study without errors")
                        .allMatch(Double::isFinite));
            }
        }
    }
}

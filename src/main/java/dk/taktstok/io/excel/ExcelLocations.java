package dk.taktstok.io.excel;

import dk.taktstok.io.table.Grid;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;

/** Places of cells the way Excel writes them: {@code Data!C5}, {@code 'My data'!C5}. */
final class ExcelLocations {

    private ExcelLocations() {
    }

    static Grid.Locator of(String sheetName) {
        String prefix = SheetNameFormatter.format(sheetName) + "!";
        return (row, col) -> prefix + CellReference.convertNumToColString(col) + (row + 1);
    }
}

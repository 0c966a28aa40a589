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
        return new Grid.Locator() {
            @Override
            public String at(int row, int col) {
                return prefix + cell(row, col);
            }

            @Override
            public String range(int firstRow, int firstCol, int lastRow, int lastCol) {
                return cell(firstRow, firstCol) + ":" + cell(lastRow, lastCol);
            }

            @Override
            public String sheet() {
                return sheetName;
            }
        };
    }

    private static String cell(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }
}

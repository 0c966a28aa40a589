package dk.taktstok.io.excel;

import dk.taktstok.io.Limits;
import dk.taktstok.io.Problem;
import dk.taktstok.io.table.Grid;
import dk.taktstok.io.table.GridCell;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the visible sheets of an Excel 97-2003 workbook (.xls). Formulas are never evaluated:
 * a formula cell holds the result Excel saved with it.
 */
final class XlsSheets {

    private XlsSheets() {
    }

    static SheetsRead read(HSSFWorkbook workbook) {
        List<Grid> grids = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                hidden.add(name);
                continue;
            }
            grids.add(read(workbook.getSheetAt(i), name, problems));
        }
        return new SheetsRead(grids, hidden, problems);
    }

    private static Grid read(Sheet sheet, String name, List<Problem> problems) {
        Grid.Locator locator = ExcelLocations.of(name);
        Grid.Builder grid = Grid.builder(name, locator);
        int cells = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (++cells > PoiLimits.MAX_CELLS) {
                    problems.add(Problem.warning(locator.at(cell.getRowIndex(), cell.getColumnIndex()),
                            Limits.cellsCut("the sheet")));
                    return grid.build();
                }
                GridCell read = cellOf(cell, locator.at(cell.getRowIndex(), cell.getColumnIndex()));
                if (read != null && read.isText() && read.text().length() > Limits.MAX_CELL_CHARS) {
                    problems.add(Problem.warning(read.location(), Limits.cellTextCut()));
                    read = GridCell.text(read.row(), read.col(), read.text().substring(0, Limits.MAX_CELL_CHARS), read.location());
                }
                if (read != null) {
                    grid.add(read);
                }
            }
        }
        return grid.build();
    }

    private static GridCell cellOf(Cell cell, String at) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> GridCell.number(r, c, cell.getNumericCellValue(),
                    PercentFormats.isPercent(cell.getCellStyle().getDataFormatString()), at);
            case STRING -> GridCell.text(r, c, cell.getStringCellValue(), at);
            case BOOLEAN -> GridCell.text(r, c, cell.getBooleanCellValue() ? "TRUE" : "FALSE", at);
            case ERROR -> GridCell.error(r, c, errorCode(cell.getErrorCellValue()), at);
            default -> null;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}

package dk.taktstok.io.excel;

import dk.taktstok.io.Problem;
import dk.taktstok.io.table.Grid;
import java.util.List;

/**
 * The visible sheets of a workbook as grids, in workbook order.
 *
 * @param hidden   names of the hidden sheets, which are not read
 * @param problems what went wrong on the way, for example a sheet cut off at the cell limit
 */
record SheetsRead(List<Grid> grids, List<String> hidden, List<Problem> problems) {

    SheetsRead {
        grids = List.copyOf(grids);
        hidden = List.copyOf(hidden);
        problems = List.copyOf(problems);
    }
}

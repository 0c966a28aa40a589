package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.taktstok.io.table.CellKind;
import dk.taktstok.io.table.Grid;
import dk.taktstok.io.table.GridCell;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxSheetHandlerTest {

    private static Grid parse(String sheetData, int maxCells) throws Exception {
        Grid.Locator locator = ExcelLocations.of("Data");
        Grid.Builder grid = Grid.builder("Data", locator);
        XlsxStyles.Percent none = XlsxStyles.Percent.NONE;
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + sheetData + "</sheetData></worksheet>";
        SaxParts.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new XlsxSheetHandler(grid, locator, List.of("Som regel", "Aldrig"), none, maxCells));
        return grid.build();
    }

    @Test
    void everyKindOfCellIsRead() throws Exception {
        Grid grid = parse("<row r=\"3\">"
                + "<c r=\"A3\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B3\"><v>26.7</v></c>"
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>tekst</t><rPh><t>phonetic</t></rPh></is></c>"
                + "<c r=\"D3\" t=\"str\"><f>A3&amp;\"!\"</f><v>Aldrig!</v></c>"
                + "<c r=\"E3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"F3\" t=\"e\"><v>#DIV/0!</v></c>"
                + "<c r=\"G3\"><f>1+1</f></c>"
                + "<c r=\"H3\" s=\"4\"/>"
                + "<c r=\"I3\"><f>B3*2</f><v>53.4</v></c>"
                + "</row>", 100);

        List<GridCell> row = grid.row(2);
        assertThat(row).extracting(GridCell::location)
                .containsExactly("Data!A3", "Data!B3", "Data!C3", "Data!D3", "Data!E3", "Data!F3", "Data!G3", "Data!I3");
        assertThat(row).extracting(GridCell::kind).containsExactly(CellKind.TEXT, CellKind.NUMBER, CellKind.TEXT,
                CellKind.TEXT, CellKind.TEXT, CellKind.ERROR, CellKind.NO_RESULT, CellKind.NUMBER);
        assertThat(row).extracting(GridCell::display)
                .containsExactly("Aldrig", "26.7", "tekst", "Aldrig!", "TRUE", "#DIV/0!", "=1+1", "53.4");
    }

    @Test
    void cellsWithoutReferencesFollowEachOther() throws Exception {
        Grid grid = parse("<row><c t=\"s\"><v>0</v></c><c><v>1</v></c></row><row><c><v>2</v></c></row>", 100);

        assertThat(grid.cell(0, 1).number()).isEqualTo(1.0);
        assertThat(grid.cell(1, 0).location()).isEqualTo("Data!A2");
    }

    @Test
    void readingStopsAtTheCellLimit() {
        assertThatThrownBy(() -> parse("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c></row>", 2))
                .isInstanceOf(XlsxSheetHandler.CellLimit.class);
    }

    @ParameterizedTest
    @CsvSource({"A1, 0, 0", "C5, 4, 2", "AB12, 11, 27", "XFD1048576, 1048575, 16383"})
    void cellReferencesAreParsed(String ref, int row, int col) {
        assertThat(XlsxSheetHandler.parseRef(ref)).containsExactly(row, col);
    }

    @ParameterizedTest
    @CsvSource({"A", "12", "A0", "ABCD1", "A1B", "''"})
    void badReferencesAreNotCells(String ref) {
        assertThat(XlsxSheetHandler.parseRef(ref)).isNull();
    }
}

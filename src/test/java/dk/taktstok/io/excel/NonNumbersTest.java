package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Problem;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.BadFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that Java reads as numbers but Excel never writes (NaN, infinity, a number too large for a double)
 * are not shares: each is an error at its cell. Found while building the fuzz targets: a NaN cell used to become a missing
 * share with no problem reported, so the study counted as valid.
 */
class NonNumbersTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path folder;

    private Path workbookWith(String value) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>(BadFiles.MINIMAL_XLSX);
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>Som regel</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Aldrig</t></is></c></row>");
        for (int r = 2; r <= 4; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Item ")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>")
                    .append(r == 3 ? value : "40").append("</v></c><c r=\"C").append(r).append("\"><v>60</v></c></row>");
        }
        parts.put("xl/worksheets/sheet1.xml", sheet + "</sheetData></worksheet>");
        return BadFiles.zip(folder.resolve("values.xlsx"), parts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999"})
    void aValueExcelNeverWritesIsAnErrorAtItsCell(String value) throws Exception {
        ReadResult result = StudyFiles.standard().read(workbookWith(value));

        assertThat(result.hasErrors()).as("%s", result.problems()).isTrue();
        assertThat(result.errors()).extracting(Problem::location).containsExactly("Data!B3");
    }

    @Test
    void aNegativeZeroIsZero() throws Exception {
        ReadResult result = StudyFiles.standard().read(workbookWith("-0"));

        assertThat(result.study().tables().getFirst().items().get(1).shares().getFirst()).isEqualTo(0.0);
    }

    @Test
    void aNaNInAnXlsIsAnErrorAtItsCell() throws Exception {
        Path file = folder.resolve("nan.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Data");
            var header = sheet.createRow(0);
            header.createCell(1).setCellValue("Som regel");
            header.createCell(2).setCellValue("Aldrig");
            for (int r = 1; r <= 3; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Item " + r);
                row.createCell(1).setCellValue(r == 2 ? Double.NaN : 40);
                row.createCell(2).setCellValue(60);
            }
            workbook.write(out);
        }

        ReadResult result = StudyFiles.standard().read(file);

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.errors()).extracting(Problem::location).containsExactly("Data!B3");
    }
}

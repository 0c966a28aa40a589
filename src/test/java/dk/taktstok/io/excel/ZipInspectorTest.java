package dk.taktstok.io.excel;

import dk.taktstok.testing.BadFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipInspectorTest {

    @TempDir
    Path dir;

    private final ExcelStudyReader reader = new ExcelStudyReader();

    private String messageFor(String name, Map<String, String> entries) throws IOException {
        Parsed parsed = reader.read(BadFiles.zip(dir.resolve(name), entries));
        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).hasSize(1).allMatch(Problem::isError);
        return parsed.problems().getFirst().message();
    }

    @Test
    void zipOfATextFileIsNotAWorkbookAndSaysWhatItHolds() throws IOException {
        assertThat(messageFor("noter.xlsx", Map.of("noter.txt", "hej")))
                .isEqualTo("this is a ZIP archive but not an Excel workbook; it holds noter.txt");
    }

    @Test
    void wordDocumentNamedXlsxIsNamedAsSuch() throws IOException {
        assertThat(messageFor("rapport.xlsx", Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")))
                .isEqualTo("this is a ZIP archive but not an Excel workbook; it holds a Word document (.docx)");
    }

    @Test
    void binaryWorkbookIsNotSupported() throws IOException {
        assertThat(messageFor("tal.xlsb", Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.bin", "x")))
                .isEqualTo("the format .xlsb (binary workbook) is not supported; save it as .xlsx");
    }

    @Test
    void openDocumentSpreadsheetIsNamed() throws IOException {
        assertThat(messageFor("tal.xlsx", Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content/>")))
                .startsWith("this is an OpenDocument spreadsheet (.ods)");
    }

    @Test
    void manyEntriesAreListedShortly() throws IOException {
        assertThat(ZipInspector.refusal(List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt"), () -> ""))
                .isEqualTo("this is a ZIP archive but not an Excel workbook; it holds a.txt, b.txt, c.txt and 2 more");
        assertThat(ZipInspector.refusal(List.of(), () -> "")).contains("empty ZIP archive");
    }

    @Test
    void workbookPackagesPass() throws IOException {
        assertThat(ZipInspector.refusal(List.of("[Content_Types].xml", "xl/workbook.xml"), () -> "")).isNull();
        assertThat(ZipInspector.refusal(List.of("[Content_Types].xml", "XL/Workbook.xml"), () -> "")).isNull();
    }
}

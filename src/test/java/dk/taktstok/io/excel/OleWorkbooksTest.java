package dk.taktstok.io.excel;

import dk.taktstok.testing.BadFiles;
import dk.taktstok.testing.SeedWorkbooks;
import static dk.taktstok.testing.SeedWorkbooks.seedTable;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.testing.SeedWorkbooks.Format;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OleWorkbooksTest {

    @TempDir
    Path dir;

    private final ExcelStudyReader reader = new ExcelStudyReader();

    private String refusal(Path file) {
        Parsed parsed = reader.read(file);
        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).hasSize(1).allMatch(Problem::isError);
        assertThat(parsed.problems().getFirst().location()).isNull();
        return parsed.problems().getFirst().message();
    }

    @Test
    void wordDocumentNamedXlsIsRefused() throws Exception {
        assertThat(refusal(BadFiles.ole2(dir.resolve("rapport.xls"), "WordDocument", "1Table")))
                .isEqualTo("this is a Word document, not a spreadsheet");
    }

    @Test
    void powerPointNamedXlsIsRefused() throws Exception {
        assertThat(refusal(BadFiles.ole2(dir.resolve("slides.xls"), "PowerPoint Document", "Current User")))
                .isEqualTo("this is a PowerPoint presentation, not a spreadsheet");
    }

    @Test
    void excel95WorkbookIsRefusedWithAdvice() throws Exception {
        assertThat(refusal(BadFiles.ole2(dir.resolve("gammel.xls"), "Book")))
                .isEqualTo("the workbook is in Excel 95 or older format, which Taktstok cannot read; "
                        + "open it in a spreadsheet program and save it as .xlsx");
    }

    @Test
    void encryptedXlsxIsPasswordProtected() throws Exception {
        Path plain = SeedWorkbooks.write(dir, "plain", Format.XLSX, book -> book.sheet("Data", seedTable("")));

        String message = refusal(BadFiles.encrypt(plain, dir.resolve("hemmelig.xlsx"), "secret"));

        assertThat(message).startsWith("the workbook is password-protected");
    }

    @Test
    void encryptedXlsIsPasswordProtected() throws Exception {
        Path file = dir.resolve("hemmelig.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("Hemmelig");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThat(refusal(file)).startsWith("the workbook is password-protected");
    }

    @Test
    void workbookEncryptedWithExcelsBuiltInPasswordOpensLikeInExcel() throws Exception {
        Path plain = SeedWorkbooks.write(dir, "plain", Format.XLSX, book -> book.sheet("Data", seedTable("")));

        Parsed parsed = reader.read(BadFiles.encrypt(plain, dir.resolve("skrivebeskyttet.xlsx"), Decryptor.DEFAULT_PASSWORD));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().tables().getFirst().items()).hasSize(6);
    }

    @Test
    void encryptedXlsxOpensWithItsPassword() throws Exception {
        Path plain = SeedWorkbooks.write(dir, "plain", Format.XLSX, book -> book.sheet("Data", seedTable("")));
        Path locked = BadFiles.encrypt(plain, dir.resolve("hemmelig.xlsx"), "sekret æøå");

        Parsed parsed = reader.read(locked, dk.taktstok.io.ReadOptions.DEFAULT.withPassword("sekret æøå"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().tables().getFirst().items()).hasSize(6);
    }

    @Test
    void encryptedXlsxWithAnotherPasswordIsRefusedInPlainWordsThatDoNotRepeatIt() throws Exception {
        Path plain = SeedWorkbooks.write(dir, "plain", Format.XLSX, book -> book.sheet("Data", seedTable("")));
        Path locked = BadFiles.encrypt(plain, dir.resolve("hemmelig.xlsx"), "secret");

        Parsed parsed = reader.read(locked, dk.taktstok.io.ReadOptions.DEFAULT.withPassword("guess"));

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the password is wrong");
            assertThat(p.describe()).doesNotContain("guess");
        });
    }

    @Test
    void encryptedXlsOpensWithItsPasswordAndNotWithAnother() throws Exception {
        Path file = dir.resolve("hemmelig.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Data");
            Object[][] rows = seedTable("").toArray(Object[][]::new);
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThat(reader.read(file, dk.taktstok.io.ReadOptions.DEFAULT.withPassword("secret")).study().tables().getFirst().items()).hasSize(6);
        assertThat(reader.read(file, dk.taktstok.io.ReadOptions.DEFAULT.withPassword("Secret")).problems()).extracting(Problem::message).containsExactly("the password is wrong");
        assertThat(refusal(file)).isEqualTo(dk.taktstok.io.Refusals.PASSWORD_NEEDED);
    }

    @Test
    void otherOfficeFilesAreNotWorkbooks() throws Exception {
        assertThat(refusal(BadFiles.ole2(dir.resolve("ukendt.xls"), "Something"))).contains("not an Excel workbook");
    }
}

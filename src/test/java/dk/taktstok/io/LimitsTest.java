package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.testing.BadFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit of {@link Limits} is met with a message that names it, and reading goes on or stops cleanly. */
class LimitsTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path folder;

    private static ReadResult read(Path file) {
        return StudyFiles.standard().read(file);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        for (String name : new String[] {"huge.xlsx", "huge.csv", "huge.xls"}) {
            Path file = folder.resolve(name);
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.write(name.endsWith(".csv") ? "a;b\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'P', 'K', 3, 4});
                raf.setLength(Limits.MAX_FILE_BYTES + 1);
            }

            long start = System.nanoTime();
            ReadResult result = read(file);

            assertThat(result.study()).isNull();
            assertThat(result.problems()).extracting(Problem::message)
                    .containsExactly("the file is too large (101 MB; Taktstok reads files up to 100 MB)");
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
        }
    }

    @Test
    void aCsvFileWithMoreValuesThanTheLimitIsReadUpToItWithAWarning() throws Exception {
        Path file = folder.resolve("many.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("Item;Som regel;Aldrig\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < Limits.MAX_CELLS / 3 + 10; i++) {
                out.write(("Item " + i + ";50;50\n").getBytes(StandardCharsets.UTF_8));
            }
        }

        // a table, not respondent rows: those are counted as they stream and are not held as cells
        ReadResult result = StudyFiles.standard().read(file, ReadOptions.DEFAULT.withLayout(Layout.TABLE));

        assertThat(result.warnings()).extracting(Problem::message)
                .contains("the file has more than 1,000,000 filled cells; only the cells up to here were read");
    }

    @Test
    void aSheetWithMoreCellsThanTheLimitIsReadUpToItWithAWarningNamingTheCell() throws Exception {
        Path file = folder.resolve("cells.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (var entry : BadFiles.MINIMAL_XLSX.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            // varied values, so that the sheet does not pack like a zip bomb
            var random = new java.util.Random(7);
            for (int r = 0; r <= Limits.MAX_CELLS / 4; r++) {
                zip.write(("<row><c><v>" + random.nextInt(100) + "</v></c><c><v>" + random.nextInt(100) + "</v></c><c><v>"
                        + random.nextInt(100) + "</v></c><c><v>" + random.nextInt(100) + "</v></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        ReadResult result = read(file);

        assertThat(result.problems()).contains(Problem.warning("Data!A250001",
                "the sheet has more than 1,000,000 filled cells; only the cells up to here were read"));
    }

    private static String longText(char c) {
        return String.valueOf(c).repeat(Limits.MAX_CELL_CHARS + 500);
    }

    @Test
    void aCsvCellWithTextOverTheLimitIsCutWithAWarningAtItsPlace() throws Exception {
        Path file = Files.writeString(folder.resolve("long.csv"), "Item;Som regel;Aldrig\n" + longText('x') + ";50;50\n");

        ReadResult result = read(file);

        assertThat(result.problems()).contains(Problem.warning("2:1", Limits.cellTextCut()));
    }

    @Test
    void anXlsxCellWithTextOverTheLimitIsCutWithAWarningAtItsCell() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>(BadFiles.MINIMAL_XLSX);
        parts.put("[Content_Types].xml", parts.get("[Content_Types].xml").replace("</Types>",
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>"));
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"));
        parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\"><si><t>" + longText('s')
                + "</t></si></sst>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>" + longText('i')
                + "</t></is></c></row></sheetData></worksheet>");

        ReadResult result = read(BadFiles.zip(folder.resolve("long.xlsx"), parts));

        assertThat(result.problems()).contains(Problem.warning("Data!A1", Limits.cellTextCut()),
                Problem.warning("Data!B1", Limits.cellTextCut()));
    }

    @Test
    void anXlsCellNeverHoldsMoreThanTheLimit() throws IOException {
        Path file = folder.resolve("plain.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Data").createRow(0).createCell(0).setCellValue("x".repeat(Limits.MAX_CELL_CHARS));
            workbook.write(out);
        }

        assertThat(read(file).problems()).noneMatch(p -> p.message().equals(Limits.cellTextCut()));
    }

    @Test
    void theLimitsReadAsDocumented() {
        assertThat(Limits.MAX_FILE_BYTES).isEqualTo(100L * 1024 * 1024);
        assertThat(Limits.MAX_CELLS).isEqualTo(1_000_000);
        assertThat(Limits.MAX_CELL_CHARS).isEqualTo(32_767);
        assertThat(Limits.MAX_TEXT_CHARS).isEqualTo(50_000_000L);
        assertThat(StudyFiles.MAX_FILE_BYTES).isEqualTo(Limits.MAX_FILE_BYTES);
    }
}

package dk.taktstok.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Builds the damaged, disguised and hostile files that the reader must refuse in plain words. */
public final class BadFiles {

    private BadFiles() {
    }

    /** A ZIP archive holding these entries (name → text). */
    public static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An OLE2 compound file with these (empty) streams, like a Word file named .xls. */
    public static Path ole2(Path file, String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            for (String stream : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
            }
            fs.writeFilesystem(out);
        }
        return file;
    }

    /** The workbook encrypted as Excel does ("agile", AES), with this password. */
    public static Path encrypt(Path workbook, Path file, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(workbook, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** The first half of a file's bytes, as if copying had stopped there. */
    public static Path truncated(Path source, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    /**
     * An .xlsx whose sheet is about 1 GB of repetitive XML, deflated to a few MB; written as a
     * stream, never held in memory.
     */
    public static Path zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (var entry : MINIMAL_XLSX.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] rows = "<row><c t=\"inlineStr\"><is><t>aaaa</t></is></c></row>".repeat(1300).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (1L << 30); written += rows.length) {
                zip.write(rows);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Every part of an .xlsx but its one sheet. */
    public static final Map<String, String> MINIMAL_XLSX = new java.util.LinkedHashMap<>(Map.of(
            "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>",
            "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC + "\">"
                    + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
}

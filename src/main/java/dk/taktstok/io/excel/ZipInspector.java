package dk.taktstok.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks into a ZIP archive's list of entries, without unpacking them, to tell a workbook from a
 * Word document, an OpenDocument file or just a ZIP archive.
 */
final class ZipInspector {

    private ZipInspector() {
    }

    /** Passes for an .xlsx or .xlsm package; refuses anything else with the reason. */
    static void requireWorkbook(Path file) throws IOException {
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                names.add(entry.getName());
            }
            String refusal = refusal(names, () -> mimetype(zip));
            if (refusal != null) {
                throw new WorkbookRefused(refusal);
            }
        }
    }

    interface Mimetype {
        String read() throws IOException;
    }

    /** Why these entries are not a workbook Taktstok reads; null when they are one. */
    static String refusal(List<String> names, Mimetype mimetype) throws IOException {
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT).replace('\\', '/')).toList();
        if (lower.stream().anyMatch(n -> n.startsWith("xl/") && n.endsWith("workbook.bin"))) {
            return ExcelFailures.XLSB;
        }
        if (lower.contains("[content_types].xml") && lower.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return null;
        }
        String prefix = "this is a ZIP archive but not an Excel workbook; it holds ";
        if (lower.stream().anyMatch(n -> n.startsWith("word/"))) {
            return prefix + "a Word document (.docx)";
        }
        if (lower.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return prefix + "a PowerPoint presentation (.pptx)";
        }
        if (lower.stream().anyMatch(n -> n.startsWith("visio/"))) {
            return prefix + "a Visio drawing (.vsdx)";
        }
        if (lower.contains("mimetype")) {
            String type = mimetype.read();
            if (type.contains("opendocument.spreadsheet")) {
                return "this is an OpenDocument spreadsheet (.ods), which Taktstok cannot read; "
                        + "open it in a spreadsheet program and save it as .xlsx";
            }
            if (type.contains("opendocument")) {
                return prefix + "an OpenDocument file (" + type.substring(type.lastIndexOf('.') + 1) + ")";
            }
        }
        if (lower.contains("[content_types].xml")) {
            return prefix + "an Office document of another kind";
        }
        if (names.isEmpty()) {
            return "this is an empty ZIP archive, not an Excel workbook";
        }
        List<String> shown = names.stream().limit(3).toList();
        String more = names.size() > 3 ? " and " + (names.size() - 3) + " more" : "";
        return prefix + String.join(", ", shown) + more;
    }

    private static String mimetype(ZipSecureFile zip) throws IOException {
        ZipArchiveEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        }
    }
}

package dk.taktstok.io.excel;

import dk.taktstok.io.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/** Tells from a file's first bytes what it is, whatever its name says. */
final class FileSniffer {

    enum Kind {
        /** An OLE2 compound file: .xls, encrypted .xlsx, or another Office file. */
        OLE2,
        /** A ZIP archive: .xlsx, .xlsm, .xlsb, or another. */
        ZIP,
        /** Plain text, perhaps CSV. */
        TEXT,
        /** Something Taktstok does not read; {@link #message} says what. */
        OTHER
    }

    record Sniffed(Kind kind, String message) {
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileSniffer() {
    }

    static Sniffed sniff(byte[] head) {
        if (Bytes.startsWith(head, OLE2)) {
            return new Sniffed(Kind.OLE2, null);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return new Sniffed(Kind.ZIP, null);
        }
        FileMagic magic = head.length >= 8 ? FileMagic.valueOf(head) : FileMagic.UNKNOWN;
        switch (magic) {
            case BIFF2, BIFF3, BIFF4 -> {
                return other(ExcelFailures.OLD_EXCEL);
            }
            case PDF -> {
                return other("this is a PDF file, not a spreadsheet");
            }
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> {
                return other("this is an image, not a spreadsheet");
            }
            case RTF, MSWRITE, WORD2 -> {
                return other("this is a word-processor document, not a spreadsheet");
            }
            default -> {
            }
        }
        if (dk.taktstok.io.FileKind.of(head, head.length) == dk.taktstok.io.FileKind.ACCESS) {
            return other("this is an Access database, not a spreadsheet; export its table from Access as .xlsx");
        }
        String markup = markup(head);
        if (markup != null) {
            return other(markup);
        }
        if (isText(head)) {
            return new Sniffed(Kind.TEXT, null);
        }
        return other("this is not an Excel workbook (Taktstok does not know what kind of file it is)");
    }

    private static Sniffed other(String message) {
        return new Sniffed(Kind.OTHER, message);
    }

    /** What an XML or HTML file is, or null when the file is not markup. */
    private static String markup(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        if (!text.startsWith("<")) {
            return null;
        }
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet") || text.contains("progid=\"excel.sheet\"")) {
            return "this is an Excel 2003 XML spreadsheet, which Taktstok cannot read; "
                    + "open it in a spreadsheet program and save it as .xlsx";
        }
        if (text.contains("<html") || text.contains("<!doctype html") || text.contains("<table")) {
            return "this is a web page (HTML), not an Excel workbook; open it in a spreadsheet program and save it as .xlsx";
        }
        return "this is an XML file, not an Excel workbook";
    }

    /** No NUL bytes (or a UTF-16 byte order mark): text. */
    private static boolean isText(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}

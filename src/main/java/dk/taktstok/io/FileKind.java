package dk.taktstok.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a file is, judged from its first bytes rather than its name. */
public enum FileKind {
    EMPTY(null),
    /** Microsoft's compound file: .xls, and also .doc, .ppt, .msg and encrypted .xlsx. */
    OLE2(null),
    /** A ZIP archive: .xlsx, .xlsm, .xlsb, and also .docx, .odt, plain .zip. */
    ZIP(null),
    JSON(null),
    TEXT(null),
    PDF("a PDF document"),
    PNG("a PNG image"),
    JPEG("a JPEG image"),
    GIF("a GIF image"),
    RTF("an RTF document"),
    HTML("a web page (HTML)"),
    XML("an XML file"),
    GZIP("a gzip-compressed file"),
    ACCESS("an Access database"),
    BINARY("a binary file of an unknown kind");

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** Plain words for a kind Taktstok does not read ("a PDF document"); null for kinds it reads. */
    public String description() {
        return description;
    }

    /** Access writes "Standard Jet DB" (.mdb) or "Standard ACE DB" (.accdb) after four bytes. */
    static boolean isAccess(byte[] head) {
        if (head.length < 19) {
            return false;
        }
        String name = new String(head, 4, 15, StandardCharsets.US_ASCII);
        return name.equals("Standard Jet DB") || name.equals("Standard ACE DB");
    }

    /** Judges the kind from the first bytes of a file (a few kilobytes are enough). */
    public static FileKind of(byte[] head, int length) {
        if (length == 0) {
            return EMPTY;
        }
        byte[] b = Arrays.copyOf(head, length);
        if (Bytes.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (Bytes.startsWith(b, 'P', 'K', 3, 4) || Bytes.startsWith(b, 'P', 'K', 5, 6) || Bytes.startsWith(b, 'P', 'K', 7, 8)) {
            return ZIP;
        }
        if (Bytes.startsWith(b, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (Bytes.startsWith(b, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (Bytes.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (Bytes.startsWith(b, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (Bytes.startsWith(b, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (isAccess(b)) {
            return ACCESS;
        }
        if (Bytes.startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        // UTF-16 text is half NUL bytes; its byte order mark says it is text all the same
        if (Bytes.startsWith(b, 0xFF, 0xFE) || Bytes.startsWith(b, 0xFE, 0xFF)) {
            return TEXT;
        }
        for (byte x : b) {
            if (x == 0) {
                return BINARY;
            }
        }
        String text = new String(b, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.isEmpty()) {
            return EMPTY;
        }
        // a study file is an object; text that starts with '[' is more often a note or a log than JSON
        if (text.startsWith("{")) {
            return JSON;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return HTML;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<")) {
            return lower.contains("<html") ? HTML : XML;
        }
        return TEXT;
    }
}

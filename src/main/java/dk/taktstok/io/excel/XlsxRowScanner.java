package dk.taktstok.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the cells of a worksheet's XML straight from its bytes, row by row: a small, fast reader for
 * the one shape of XML that sheet data has ({@code <row><c r="B2" t="s"><v>3</v></c></row>}), made for
 * sheets of hundreds of thousands of rows (ADR 5). It knows the cell types of SpreadsheetML, namespace
 * prefixes (strict OOXML), entities and CDATA, and stops at the end of the sheet data; a document type
 * declaration is refused, as Excel never writes one. Nothing of a row is kept once it has been handed on.
 */
final class XlsxRowScanner {

    /** Where the cells go. */
    interface Cells {
        /** Whether a column's cells are wanted; others are skipped without decoding. */
        boolean wants(int col);

        void sharedString(int col, int index);

        /** A number as written in the file ("3", "0.8731", "1E-3"). */
        void number(int col, String written);

        void text(int col, String text);

        /** Whether a number in a wanted column is wanted as text; false spares making it one. */
        default boolean wantsNumber(int col) {
            return true;
        }

        /** The cell of a wanted column holds a formula (called before its value). */
        default void formula(int col) {
        }

        /** The end of a row ({@code row} from 0); false stops reading. */
        boolean endRow(int row, long bytesRead);
    }

    private static final byte T_NUMBER = 0;
    private static final byte T_SHARED = 1;
    private static final byte T_STRING = 2;
    private static final byte T_INLINE = 3;
    private static final byte T_BOOLEAN = 4;
    private static final byte T_ERROR = 5;

    /** Bytes that must follow a '<' for the fast path, so that it needs no bounds checks. */
    private static final int FAST_BYTES = 8;
    /** Bytes that must follow a '<' for a whole cell to be read in one pass; longer cells take the general path. */
    private static final int WHOLE_CELL_BYTES = 512;

    private static final byte[] DOCTYPE = "!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    private final XmlWindow w;

    private byte[] value = new byte[256];
    private int valueLength;
    private boolean entities; // the value holds '&', decoded once it is complete

    private int row = -1;
    private int col = -1;
    private byte type;
    private boolean wanted;
    /** Whether the cell being read holds a formula. */
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    XlsxRowScanner(InputStream in) {
        this.w = new XmlWindow(in);
    }

    /** Reads to the end of the sheet data, or until {@link Cells#endRow} says stop. */
    void scan(Cells cells) throws IOException {
        while (true) {
            int lt = w.find((byte) '<');
            if (lt < 0) {
                return;
            }
            w.pos = lt + 1;
            if (w.limit - w.pos >= FAST_BYTES && fast(cells)) {
                continue;
            }
            if (!w.ensure(1)) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED);
            }
            byte first = w.buf[w.pos];
            if (first == '!') {
                special(cells);
                continue;
            }
            if (first == '?') {
                w.pos = w.endOf("?>");
                continue;
            }
            int gt = w.tagEnd();
            boolean closing = first == '/';
            boolean selfClosing = w.buf[gt - 1] == '/';
            int nameStart = closing ? w.pos + 1 : w.pos;
            int nameEnd = nameStart;
            while (nameEnd < gt && !XmlWindow.isSpace(w.buf[nameEnd]) && w.buf[nameEnd] != '/' && w.buf[nameEnd] != '>') {
                nameEnd++;
            }
            int local = nameStart;
            for (int i = nameStart; i < nameEnd; i++) {
                if (w.buf[i] == ':') {
                    local = i + 1;
                }
            }
            w.pos = gt + 1;
            if (closing) {
                if (endElement(local, nameEnd, cells)) {
                    return;
                }
            } else {
                startElement(local, nameEnd, gt, selfClosing, cells);
                if (selfClosing) {
                    endElement(local, nameEnd, cells);
                }
            }
            if (inValue || inInlineText) {
                collectText();
            }
        }
    }

    /**
     * The tags of nearly every cell, unprefixed as Excel writes them — {@code <c …>}, {@code <v>},
     * {@code </v>}, {@code </c>} — handled without the general path; false for any other tag.
     */
    private boolean fast(Cells cells) throws IOException {
        byte b0 = w.buf[w.pos];
        byte b1 = w.buf[w.pos + 1];
        if (b0 == '/') {
            if (w.buf[w.pos + 2] != '>') {
                return false;
            }
            switch (b1) {
                case 'v' -> inValue = false;
                case 'c' -> endCell(cells);
                case 't' -> inInlineText = false;
                default -> {
                    return false;
                }
            }
            w.pos += 3;
            return true;
        }
        if (b0 == 'v' && b1 == '>') {
            w.pos += 2;
            inValue = wanted;
            if (inValue) {
                collectText();
            }
            return true;
        }
        if (b0 == 'c' && XmlWindow.isSpace(b1)) {
            if (w.limit - w.pos >= WHOLE_CELL_BYTES && wholeCell(cells)) {
                return true;
            }
            int gt = w.tagEnd();
            boolean selfClosing = w.buf[gt - 1] == '/';
            startCell(w.pos + 1, selfClosing ? gt - 1 : gt, cells);
            w.pos = gt + 1;
            if (selfClosing) {
                endCell(cells);
            }
            return true;
        }
        return false;
    }

    /**
     * A whole cell as Excel writes nearly all of them, {@code <c r="B2" t="s"><v>3</v></c>} (or empty,
     * {@code <c r="B2"/>}), read in one pass from {@code w.pos} (just after the '<'); false, with nothing
     * consumed, for any other shape, which the tag-by-tag path then reads.
     */
    private boolean wholeCell(Cells cells) {
        int i = w.pos + 2;
        int newCol = -1;
        byte cellType = T_NUMBER;
        while (true) {
            if (i - w.pos > WHOLE_CELL_BYTES / 2) {
                return false;
            }
            byte b = w.buf[i];
            if (b == '>' || b == '/') {
                break;
            }
            if (XmlWindow.isSpace(b)) {
                i++;
                continue;
            }
            int nameStart = i;
            while (w.buf[i] != '=' && !XmlWindow.isSpace(w.buf[i]) && w.buf[i] != '>' && w.buf[i] != '/' && i - w.pos < WHOLE_CELL_BYTES / 2) {
                i++;
            }
            if (w.buf[i] != '=' || i - nameStart != 1 || w.buf[i + 1] != '"') {
                return false; // prefixed, spaced or single-quoted attributes: the general path reads them
            }
            byte name = w.buf[nameStart];
            int valueStart = i + 2;
            int valueEnd = valueStart;
            while (w.buf[valueEnd] != '"') {
                if (valueEnd - w.pos > WHOLE_CELL_BYTES / 2) {
                    return false;
                }
                valueEnd++;
            }
            if (name == 'r') {
                newCol = column(valueStart, valueEnd);
            } else if (name == 't') {
                cellType = cellType(valueStart, valueEnd - valueStart);
            }
            i = valueEnd + 1;
        }
        int at = newCol >= 0 ? newCol : col + 1;
        if (w.buf[i] == '/') {
            if (w.buf[i + 1] != '>') {
                return false;
            }
            col = at;
            w.pos = i + 2;
            return true;
        }
        // <v>…</v></c>
        if (w.buf[i + 1] != '<' || w.buf[i + 2] != 'v' || w.buf[i + 3] != '>') {
            return false;
        }
        int valueStart = i + 4;
        int valueEnd = valueStart;
        while (w.buf[valueEnd] != '<') {
            if (valueEnd - w.pos > WHOLE_CELL_BYTES - 8) {
                return false;
            }
            valueEnd++;
        }
        if (w.buf[valueEnd + 1] != '/' || w.buf[valueEnd + 2] != 'v' || w.buf[valueEnd + 3] != '>' || w.buf[valueEnd + 4] != '<'
                || w.buf[valueEnd + 5] != '/' || w.buf[valueEnd + 6] != 'c' || w.buf[valueEnd + 7] != '>') {
            return false;
        }
        col = at;
        w.pos = valueEnd + 8;
        if (valueEnd == valueStart || !cells.wants(at)) {
            return true;
        }
        switch (cellType) {
            case T_SHARED -> {
                int index = 0;
                for (int k = valueStart; k < valueEnd; k++) {
                    byte d = w.buf[k];
                    if (d < '0' || d > '9' || index > 100_000_000) {
                        return true;
                    }
                    index = index * 10 + (d - '0');
                }
                cells.sharedString(at, index);
            }
            case T_NUMBER -> {
                if (cells.wantsNumber(at)) {
                    cells.number(at, new String(w.buf, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1));
                }
            }
            case T_BOOLEAN -> cells.text(at, valueEnd - valueStart == 1 && w.buf[valueStart] == '1' ? "TRUE" : "FALSE");
            case T_ERROR -> {
            }
            default -> {
                String text = new String(w.buf, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                cells.text(at, text.indexOf('&') >= 0 ? XmlWindow.decode(text) : text);
            }
        }
        return true;
    }

    private void startElement(int name, int nameEnd, int gt, boolean selfClosing, Cells cells) {
        int length = nameEnd - name;
        if (length == 1) {
            switch (w.buf[name]) {
                case 'c' -> startCell(nameEnd, gt, cells);
                case 'v' -> {
                    if (!selfClosing) {
                        inValue = wanted;
                    }
                }
                case 't' -> {
                    if (!selfClosing) {
                        inInlineText = wanted && inInline && !inPhonetic;
                    }
                }
                case 'f' -> formula = wanted;
                default -> {
                }
            }
        } else if (length == 3 && w.is(name, "row")) {
            int r = attributeNumber(nameEnd, gt, "r");
            row = r > 0 ? r - 1 : row + 1;
            col = -1;
        } else if (length == 2 && w.is(name, "is")) {
            inInline = true;
        } else if (length == 3 && w.is(name, "rPh")) {
            inPhonetic = true;
        }
    }

    /** Handles an end tag; true at the end of the sheet data. */
    private boolean endElement(int name, int nameEnd, Cells cells) {
        int length = nameEnd - name;
        if (length == 1) {
            switch (w.buf[name]) {
                case 'c' -> endCell(cells);
                case 'v' -> inValue = false;
                case 't' -> inInlineText = false;
                default -> {
                }
            }
        } else if (length == 3 && w.is(name, "row")) {
            if (!cells.endRow(Math.max(row, 0), w.position())) {
                return true;
            }
        } else if (length == 2 && w.is(name, "is")) {
            inInline = false;
        } else if (length == 3 && w.is(name, "rPh")) {
            inPhonetic = false;
        } else if (length == 9 && w.is(name, "sheetData")) {
            return true;
        }
        return false;
    }

    private void startCell(int from, int gt, Cells cells) {
        type = T_NUMBER;
        formula = false;
        valueLength = 0;
        entities = false;
        int newCol = -1;
        int i = from;
        while (i < gt) {
            while (i < gt && XmlWindow.isSpace(w.buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < gt && w.buf[i] != '=' && !XmlWindow.isSpace(w.buf[i]) && w.buf[i] != '/') {
                i++;
            }
            int local = nameStart;
            for (int k = nameStart; k < i; k++) {
                if (w.buf[k] == ':') {
                    local = k + 1;
                }
            }
            int nameLength = i - local;
            while (i < gt && w.buf[i] != '"' && w.buf[i] != '\'') {
                i++;
            }
            if (i >= gt) {
                break;
            }
            byte quote = w.buf[i++];
            int valueStart = i;
            while (i < gt && w.buf[i] != quote) {
                i++;
            }
            int valueEnd = i++;
            if (nameLength == 1 && w.buf[local] == 'r') {
                newCol = column(valueStart, valueEnd);
            } else if (nameLength == 1 && w.buf[local] == 't') {
                type = cellType(valueStart, valueEnd - valueStart);
            }
        }
        col = newCol >= 0 ? newCol : col + 1;
        wanted = cells.wants(col);
    }

    private void endCell(Cells cells) {
        if (!wanted) {
            return;
        }
        wanted = false;
        if (formula) {
            formula = false;
            cells.formula(col);
        }
        if (valueLength == 0) {
            return;
        }
        switch (type) {
            case T_SHARED -> {
                int index = 0;
                for (int i = 0; i < valueLength; i++) {
                    byte b = value[i];
                    if (b < '0' || b > '9' || index > 100_000_000) {
                        return;
                    }
                    index = index * 10 + (b - '0');
                }
                cells.sharedString(col, index);
            }
            case T_NUMBER -> {
                if (cells.wantsNumber(col)) {
                    cells.number(col, new String(value, 0, valueLength, StandardCharsets.ISO_8859_1));
                }
            }
            case T_BOOLEAN -> cells.text(col, valueLength == 1 && value[0] == '1' ? "TRUE" : "FALSE");
            case T_ERROR -> {
            }
            default -> {
                String text = new String(value, 0, valueLength, StandardCharsets.UTF_8);
                cells.text(col, entities ? XmlWindow.decode(text) : text);
            }
        }
    }

    /** Appends the text up to the next tag to the cell's value, decoding entities. */
    private void collectText() throws IOException {
        while (true) {
            int start = w.pos;
            int end = start;
            while (end < w.limit && w.buf[end] != '<') {
                end++;
            }
            append(start, end);
            w.pos = end;
            if (end < w.limit) {
                return;
            }
            if (!w.refill()) {
                return;
            }
        }
    }

    private void append(int start, int end) {
        for (int i = start; i < end; i++) {
            if (w.buf[i] == '&') {
                entities = true;
                break;
            }
        }
        appendRaw(start, end);
    }

    private void appendRaw(int start, int end) {
        int length = end - start;
        reserve(length);
        System.arraycopy(w.buf, start, value, valueLength, length);
        valueLength += length;
    }

    private void reserve(int more) {
        if (valueLength + more > XlsxSharedStrings.MAX_CELL_CHARS * 4) {
            throw new WorkbookRefused(ExcelFailures.TOO_MUCH_TEXT);
        }
        if (valueLength + more > value.length) {
            value = Arrays.copyOf(value, Math.max(valueLength + more, value.length * 2));
        }
    }

    /** Comments, CDATA and document type declarations: {@code <!…}. */
    private void special(Cells cells) throws IOException {
        w.ensure(8);
        if (w.startsWith(w.pos, "!--")) {
            w.pos = w.endOf("-->");
        } else if (w.startsWith(w.pos, "![CDATA[")) {
            w.pos += 8;
            int end = w.endOf("]]>");
            if (inValue || inInlineText) {
                // CDATA is literal text: its '&' is kept by writing it as the entity that is decoded later
                String literal = new String(w.buf, w.pos, end - 3 - w.pos, StandardCharsets.UTF_8).replace("&", "&amp;");
                byte[] bytes = literal.getBytes(StandardCharsets.UTF_8);
                entities |= literal.indexOf('&') >= 0;
                reserve(bytes.length);
                System.arraycopy(bytes, 0, value, valueLength, bytes.length);
                valueLength += bytes.length;
            }
            w.pos = end;
            if (inValue || inInlineText) {
                collectText();
            }
        } else if (w.startsWith(w.pos, new String(DOCTYPE, StandardCharsets.US_ASCII))) {
            throw new WorkbookRefused(ExcelFailures.UNSAFE_XML);
        } else {
            w.pos = w.tagEnd() + 1;
        }
    }

    /** The value of a numeric attribute of the tag between {@code from} and {@code gt}, or -1. */
    private int attributeNumber(int from, int gt, String name) {
        int i = from;
        while (i < gt) {
            while (i < gt && XmlWindow.isSpace(w.buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < gt && w.buf[i] != '=' && !XmlWindow.isSpace(w.buf[i]) && w.buf[i] != '/') {
                i++;
            }
            int local = nameStart;
            for (int k = nameStart; k < i; k++) {
                if (w.buf[k] == ':') {
                    local = k + 1;
                }
            }
            boolean match = i - local == name.length() && w.is(local, name);
            while (i < gt && w.buf[i] != '"' && w.buf[i] != '\'') {
                i++;
            }
            if (i >= gt) {
                return -1;
            }
            byte quote = w.buf[i++];
            int start = i;
            while (i < gt && w.buf[i] != quote) {
                i++;
            }
            if (match) {
                int n = 0;
                for (int k = start; k < i; k++) {
                    if (w.buf[k] < '0' || w.buf[k] > '9' || n > 100_000_000) {
                        return -1;
                    }
                    n = n * 10 + (w.buf[k] - '0');
                }
                return i > start ? n : -1;
            }
            i++;
        }
        return -1;
    }

    /** "AB12" → 27; -1 when it is not a cell reference. */
    private int column(int start, int end) {
        int col = 0;
        int i = start;
        while (i < end && i - start < 3) {
            byte b = w.buf[i];
            if (b >= 'a' && b <= 'z') {
                b -= 32;
            }
            if (b < 'A' || b > 'Z') {
                break;
            }
            col = col * 26 + (b - 'A' + 1);
            i++;
        }
        return i == start ? -1 : col - 1;
    }

    private byte cellType(int start, int length) {
        if (length == 1) {
            return switch (w.buf[start]) {
                case 's' -> T_SHARED;
                case 'b' -> T_BOOLEAN;
                case 'e' -> T_ERROR;
                case 'n' -> T_NUMBER;
                case 'd' -> T_STRING;
                default -> T_STRING;
            };
        }
        if (length == 9 && w.is(start, "inlineStr")) {
            return T_INLINE;
        }
        return T_STRING;
    }
}

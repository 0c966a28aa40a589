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

    private final InputStream in;
    private byte[] buf = new byte[1 << 17];
    private int pos;
    private int limit;
    private long before; // bytes of the stream before buf[0]
    private boolean eof;

    private byte[] value = new byte[256];
    private int valueLength;
    private boolean entities; // the value holds '&', decoded once it is complete

    private int row = -1;
    private int col = -1;
    private byte type;
    private boolean wanted;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    XlsxRowScanner(InputStream in) {
        this.in = in;
    }

    /** Reads to the end of the sheet data, or until {@link Cells#endRow} says stop. */
    void scan(Cells cells) throws IOException {
        while (true) {
            int lt = find((byte) '<');
            if (lt < 0) {
                return;
            }
            pos = lt + 1;
            if (limit - pos >= FAST_BYTES && fast(cells)) {
                continue;
            }
            if (!ensure(1)) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED);
            }
            byte first = buf[pos];
            if (first == '!') {
                special(cells);
                continue;
            }
            if (first == '?') {
                pos = endOf("?>");
                continue;
            }
            int gt = tagEnd();
            boolean closing = first == '/';
            boolean selfClosing = buf[gt - 1] == '/';
            int nameStart = closing ? pos + 1 : pos;
            int nameEnd = nameStart;
            while (nameEnd < gt && !isSpace(buf[nameEnd]) && buf[nameEnd] != '/' && buf[nameEnd] != '>') {
                nameEnd++;
            }
            int local = nameStart;
            for (int i = nameStart; i < nameEnd; i++) {
                if (buf[i] == ':') {
                    local = i + 1;
                }
            }
            pos = gt + 1;
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
        byte b0 = buf[pos];
        byte b1 = buf[pos + 1];
        if (b0 == '/') {
            if (buf[pos + 2] != '>') {
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
            pos += 3;
            return true;
        }
        if (b0 == 'v' && b1 == '>') {
            pos += 2;
            inValue = wanted;
            if (inValue) {
                collectText();
            }
            return true;
        }
        if (b0 == 'c' && isSpace(b1)) {
            if (limit - pos >= WHOLE_CELL_BYTES && wholeCell(cells)) {
                return true;
            }
            int gt = tagEnd();
            boolean selfClosing = buf[gt - 1] == '/';
            startCell(pos + 1, selfClosing ? gt - 1 : gt, cells);
            pos = gt + 1;
            if (selfClosing) {
                endCell(cells);
            }
            return true;
        }
        return false;
    }

    /**
     * A whole cell as Excel writes nearly all of them, {@code <c r="B2" t="s"><v>3</v></c>} (or empty,
     * {@code <c r="B2"/>}), read in one pass from {@code pos} (just after the '<'); false, with nothing
     * consumed, for any other shape, which the tag-by-tag path then reads.
     */
    private boolean wholeCell(Cells cells) {
        int i = pos + 2;
        int newCol = -1;
        byte cellType = T_NUMBER;
        while (true) {
            if (i - pos > WHOLE_CELL_BYTES / 2) {
                return false;
            }
            byte b = buf[i];
            if (b == '>' || b == '/') {
                break;
            }
            if (isSpace(b)) {
                i++;
                continue;
            }
            int nameStart = i;
            while (buf[i] != '=' && !isSpace(buf[i]) && buf[i] != '>' && buf[i] != '/' && i - pos < WHOLE_CELL_BYTES / 2) {
                i++;
            }
            if (buf[i] != '=' || i - nameStart != 1 || buf[i + 1] != '"') {
                return false; // prefixed, spaced or single-quoted attributes: the general path reads them
            }
            byte name = buf[nameStart];
            int valueStart = i + 2;
            int valueEnd = valueStart;
            while (buf[valueEnd] != '"') {
                if (valueEnd - pos > WHOLE_CELL_BYTES / 2) {
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
        if (buf[i] == '/') {
            if (buf[i + 1] != '>') {
                return false;
            }
            col = at;
            pos = i + 2;
            return true;
        }
        // <v>…</v></c>
        if (buf[i + 1] != '<' || buf[i + 2] != 'v' || buf[i + 3] != '>') {
            return false;
        }
        int valueStart = i + 4;
        int valueEnd = valueStart;
        while (buf[valueEnd] != '<') {
            if (valueEnd - pos > WHOLE_CELL_BYTES - 8) {
                return false;
            }
            valueEnd++;
        }
        if (buf[valueEnd + 1] != '/' || buf[valueEnd + 2] != 'v' || buf[valueEnd + 3] != '>' || buf[valueEnd + 4] != '<'
                || buf[valueEnd + 5] != '/' || buf[valueEnd + 6] != 'c' || buf[valueEnd + 7] != '>') {
            return false;
        }
        col = at;
        pos = valueEnd + 8;
        if (valueEnd == valueStart || !cells.wants(at)) {
            return true;
        }
        switch (cellType) {
            case T_SHARED -> {
                int index = 0;
                for (int k = valueStart; k < valueEnd; k++) {
                    byte d = buf[k];
                    if (d < '0' || d > '9' || index > 100_000_000) {
                        return true;
                    }
                    index = index * 10 + (d - '0');
                }
                cells.sharedString(at, index);
            }
            case T_NUMBER -> cells.number(at, new String(buf, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1));
            case T_BOOLEAN -> cells.text(at, valueEnd - valueStart == 1 && buf[valueStart] == '1' ? "TRUE" : "FALSE");
            case T_ERROR -> {
            }
            default -> {
                String text = new String(buf, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                cells.text(at, text.indexOf('&') >= 0 ? decode(text) : text);
            }
        }
        return true;
    }

    private void startElement(int name, int nameEnd, int gt, boolean selfClosing, Cells cells) {
        int length = nameEnd - name;
        if (length == 1) {
            switch (buf[name]) {
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
                default -> {
                }
            }
        } else if (length == 3 && is(name, "row")) {
            int r = attributeNumber(nameEnd, gt, "r");
            row = r > 0 ? r - 1 : row + 1;
            col = -1;
        } else if (length == 2 && is(name, "is")) {
            inInline = true;
        } else if (length == 3 && is(name, "rPh")) {
            inPhonetic = true;
        }
    }

    /** Handles an end tag; true at the end of the sheet data. */
    private boolean endElement(int name, int nameEnd, Cells cells) {
        int length = nameEnd - name;
        if (length == 1) {
            switch (buf[name]) {
                case 'c' -> endCell(cells);
                case 'v' -> inValue = false;
                case 't' -> inInlineText = false;
                default -> {
                }
            }
        } else if (length == 3 && is(name, "row")) {
            if (!cells.endRow(Math.max(row, 0), before + pos)) {
                return true;
            }
        } else if (length == 2 && is(name, "is")) {
            inInline = false;
        } else if (length == 3 && is(name, "rPh")) {
            inPhonetic = false;
        } else if (length == 9 && is(name, "sheetData")) {
            return true;
        }
        return false;
    }

    private void startCell(int from, int gt, Cells cells) {
        type = T_NUMBER;
        valueLength = 0;
        entities = false;
        int newCol = -1;
        int i = from;
        while (i < gt) {
            while (i < gt && isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < gt && buf[i] != '=' && !isSpace(buf[i]) && buf[i] != '/') {
                i++;
            }
            int local = nameStart;
            for (int k = nameStart; k < i; k++) {
                if (buf[k] == ':') {
                    local = k + 1;
                }
            }
            int nameLength = i - local;
            while (i < gt && buf[i] != '"' && buf[i] != '\'') {
                i++;
            }
            if (i >= gt) {
                break;
            }
            byte quote = buf[i++];
            int valueStart = i;
            while (i < gt && buf[i] != quote) {
                i++;
            }
            int valueEnd = i++;
            if (nameLength == 1 && buf[local] == 'r') {
                newCol = column(valueStart, valueEnd);
            } else if (nameLength == 1 && buf[local] == 't') {
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
            case T_NUMBER -> cells.number(col, new String(value, 0, valueLength, StandardCharsets.ISO_8859_1));
            case T_BOOLEAN -> cells.text(col, valueLength == 1 && value[0] == '1' ? "TRUE" : "FALSE");
            case T_ERROR -> {
            }
            default -> {
                String text = new String(value, 0, valueLength, StandardCharsets.UTF_8);
                cells.text(col, entities ? decode(text) : text);
            }
        }
    }

    /** Appends the text up to the next tag to the cell's value, decoding entities. */
    private void collectText() throws IOException {
        while (true) {
            int start = pos;
            int end = start;
            while (end < limit && buf[end] != '<') {
                end++;
            }
            append(start, end);
            pos = end;
            if (end < limit) {
                return;
            }
            if (!refill()) {
                return;
            }
        }
    }

    private void append(int start, int end) {
        for (int i = start; i < end; i++) {
            if (buf[i] == '&') {
                entities = true;
                break;
            }
        }
        appendRaw(start, end);
    }

    private void appendRaw(int start, int end) {
        int length = end - start;
        reserve(length);
        System.arraycopy(buf, start, value, valueLength, length);
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
        ensure(8);
        if (startsWith(pos, "!--")) {
            pos = endOf("-->");
        } else if (startsWith(pos, "![CDATA[")) {
            pos += 8;
            int end = endOf("]]>");
            if (inValue || inInlineText) {
                // CDATA is literal text: its '&' is kept by writing it as the entity that is decoded later
                String literal = new String(buf, pos, end - 3 - pos, StandardCharsets.UTF_8).replace("&", "&amp;");
                byte[] bytes = literal.getBytes(StandardCharsets.UTF_8);
                entities |= literal.indexOf('&') >= 0;
                reserve(bytes.length);
                System.arraycopy(bytes, 0, value, valueLength, bytes.length);
                valueLength += bytes.length;
            }
            pos = end;
            if (inValue || inInlineText) {
                collectText();
            }
        } else if (startsWith(pos, new String(DOCTYPE, StandardCharsets.US_ASCII))) {
            throw new WorkbookRefused(ExcelFailures.UNSAFE_XML);
        } else {
            pos = tagEnd() + 1;
        }
    }

    /** The index of the '>' that ends the tag at {@code pos}, outside quoted values; the tag is kept whole in the buffer. */
    private int tagEnd() throws IOException {
        while (true) {
            byte quote = 0;
            for (int i = pos; i < limit; i++) {
                byte b = buf[i];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    return i;
                }
            }
            if (!moreKeeping(pos)) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED);
            }
        }
    }

    /** The position just after the next {@code end}, reading on as needed. */
    private int endOf(String end) throws IOException {
        byte[] e = end.getBytes(StandardCharsets.US_ASCII);
        while (true) {
            outer:
            for (int i = pos; i + e.length <= limit; i++) {
                for (int k = 0; k < e.length; k++) {
                    if (buf[i + k] != e[k]) {
                        continue outer;
                    }
                }
                return i + e.length;
            }
            if (!moreKeeping(pos)) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED);
            }
        }
    }

    /** The index of the next {@code b} from {@code pos}, reading on as needed; -1 at the end of the stream. */
    private int find(byte b) throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == b) {
                    return i;
                }
            }
            pos = limit;
            if (!refill()) {
                return -1;
            }
        }
    }

    /** At least {@code n} bytes from {@code pos} in the buffer, unless the stream ends first. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!moreKeeping(pos)) {
                return limit - pos >= 1;
            }
        }
        return true;
    }

    /** Drops the bytes before {@code pos} and reads more. */
    private boolean refill() throws IOException {
        return moreKeeping(pos);
    }

    /**
     * Moves the bytes from {@code keep} to the start of the buffer (growing it when they fill it) and
     * reads more after them; {@code pos} keeps pointing at the same byte. False at the end of the stream.
     */
    private boolean moreKeeping(int keep) throws IOException {
        if (eof) {
            return false;
        }
        int kept = limit - keep;
        if (kept == buf.length) {
            if (buf.length >= 1 << 24) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED); // a tag of 16 MB is no worksheet
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        System.arraycopy(buf, keep, buf, 0, kept);
        before += keep;
        pos -= keep;
        limit = kept;
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** The value of a numeric attribute of the tag between {@code from} and {@code gt}, or -1. */
    private int attributeNumber(int from, int gt, String name) {
        int i = from;
        while (i < gt) {
            while (i < gt && isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < gt && buf[i] != '=' && !isSpace(buf[i]) && buf[i] != '/') {
                i++;
            }
            int local = nameStart;
            for (int k = nameStart; k < i; k++) {
                if (buf[k] == ':') {
                    local = k + 1;
                }
            }
            boolean match = i - local == name.length() && is(local, name);
            while (i < gt && buf[i] != '"' && buf[i] != '\'') {
                i++;
            }
            if (i >= gt) {
                return -1;
            }
            byte quote = buf[i++];
            int start = i;
            while (i < gt && buf[i] != quote) {
                i++;
            }
            if (match) {
                int n = 0;
                for (int k = start; k < i; k++) {
                    if (buf[k] < '0' || buf[k] > '9' || n > 100_000_000) {
                        return -1;
                    }
                    n = n * 10 + (buf[k] - '0');
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
            byte b = buf[i];
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
            return switch (buf[start]) {
                case 's' -> T_SHARED;
                case 'b' -> T_BOOLEAN;
                case 'e' -> T_ERROR;
                case 'n' -> T_NUMBER;
                case 'd' -> T_STRING;
                default -> T_STRING;
            };
        }
        if (length == 9 && is(start, "inlineStr")) {
            return T_INLINE;
        }
        return T_STRING;
    }

    private boolean is(int at, String word) {
        if (at + word.length() > limit) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (buf[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int at, String word) {
        return is(at, word);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** XML's five entities and character references. */
    static String decode(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                out.append(c);
                i++;
                continue;
            }
            String entity = text.substring(i + 1, semi);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    try {
                        int code = entity.startsWith("#x") || entity.startsWith("#X")
                                ? Integer.parseInt(entity.substring(2), 16)
                                : entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1;
                        if (code < 0 || !Character.isValidCodePoint(code)) {
                            out.append(text, i, semi + 1);
                        } else {
                            out.appendCodePoint(code);
                        }
                    } catch (NumberFormatException e) {
                        out.append(text, i, semi + 1);
                    }
                }
            }
            i = semi + 1;
        }
        return out.toString();
    }
}

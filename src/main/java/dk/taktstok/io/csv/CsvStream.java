package dk.taktstok.io.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits CSV text into fields as it streams past, for files too large to hold (RFC 4180, leniently, as
 * {@link CsvParser}): quoted fields may hold the delimiter, line breaks and doubled quotes. Nothing of a
 * record is kept once it has been handed on.
 */
final class CsvStream {

    interface Fields {
        /** A field of the record (column from 0); empty fields are not reported. */
        void field(int col, String text);

        /** The end of a record that started on {@code line} (from 1); false stops reading. */
        boolean endRecord(int line, long charsRead);
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private long before;

    CsvStream(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Reads to the end; answers whether a quoted field was left open at the end. */
    boolean read(Fields fields) throws IOException {
        var value = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int col = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean recordOpen = false;
        while (true) {
            if (pos == limit && !fill()) {
                break;
            }
            char c = buf[pos++];
            if (quoted) {
                if (c == '"') {
                    if (pos == limit) {
                        fill();
                    }
                    if (pos < limit && buf[pos] == '"') {
                        value.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append(c);
                }
                continue;
            }
            if (fieldStart && c == '"') {
                quoted = true;
                fieldStart = false;
                recordOpen = true;
                continue;
            }
            if (c == delimiter) {
                emit(fields, col++, value);
                fieldStart = true;
                recordOpen = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (pos == limit) {
                        fill();
                    }
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                    }
                }
                emit(fields, col, value);
                if (recordOpen || col > 0) {
                    if (!fields.endRecord(recordLine, before + pos)) {
                        return false;
                    }
                }
                col = 0;
                line++;
                recordLine = line;
                fieldStart = true;
                recordOpen = false;
            } else {
                value.append(c);
                fieldStart = false;
                recordOpen = true;
            }
        }
        if (recordOpen || col > 0 || !value.isEmpty()) {
            emit(fields, col, value);
            fields.endRecord(recordLine, before + pos);
        }
        return quoted;
    }

    private static void emit(Fields fields, int col, StringBuilder value) {
        if (!value.isEmpty()) {
            fields.field(col, value.toString());
            value.setLength(0);
        }
    }

    private boolean fill() throws IOException {
        before += limit;
        pos = 0;
        limit = 0;
        int read = in.read(buf, 0, buf.length);
        if (read <= 0) {
            return false;
        }
        limit = read;
        return true;
    }
}

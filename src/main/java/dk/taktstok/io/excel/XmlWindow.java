package dk.taktstok.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A window on a stream of XML bytes for {@link XlsxRowScanner}: the bytes from {@link #pos} to
 * {@link #limit} of {@link #buf}, read on as needed, with a tag always kept whole in the window. The
 * scanner reads the fields directly, as its inner loops must be cheap.
 */
final class XmlWindow {

    private final InputStream in;
    byte[] buf = new byte[1 << 17];
    int pos;
    int limit;
    private long before; // bytes of the stream before buf[0]
    private boolean eof;

    XmlWindow(InputStream in) {
        this.in = in;
    }

    /** Bytes of the stream read up to {@link #pos}. */
    long position() {
        return before + pos;
    }


    /** The index of the '>' that ends the tag at {@code pos}, outside quoted values; the tag is kept whole in the buffer. */
    int tagEnd() throws IOException {
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
    int endOf(String end) throws IOException {
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
    int find(byte b) throws IOException {
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
    boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!moreKeeping(pos)) {
                return limit - pos >= 1;
            }
        }
        return true;
    }


    /** Drops the bytes before {@code pos} and reads more. */
    boolean refill() throws IOException {
        return moreKeeping(pos);
    }


    /**
     * Moves the bytes from {@code keep} to the start of the buffer (growing it when they fill it) and
     * reads more after them; {@code pos} keeps pointing at the same byte. False at the end of the stream.
     */
    boolean moreKeeping(int keep) throws IOException {
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


    boolean is(int at, String word) {
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


    boolean startsWith(int at, String word) {
        return is(at, word);
    }


    static boolean isSpace(byte b) {
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

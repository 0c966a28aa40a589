package dk.taktstok.io.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a CSV file's bytes into text: UTF-8 with or without byte order mark, UTF-16 when it has
 * one (Excel's "Unicode text"), and Windows-1252 when the bytes are not valid UTF-8 (files saved
 * by older Excel on Windows).
 */
final class CsvDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param badByte the offset in {@code text} of the first byte that was not UTF-8, or -1
     */
    record Decoded(String text, Charset charset, int badByte) {
    }

    private CsvDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8OrWindows(ByteBuffer.wrap(bytes, 3, bytes.length - 3));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, -1);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, -1);
        }
        return utf8OrWindows(ByteBuffer.wrap(bytes));
    }

    private static Decoded utf8OrWindows(ByteBuffer bytes) {
        int start = bytes.position();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(utf8.decode(bytes.duplicate()).toString(), StandardCharsets.UTF_8, -1);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            return new Decoded(WINDOWS_1252.decode(bytes).toString(), WINDOWS_1252, bad);
        }
    }

    /** Offset (from {@code start}) of the first byte that breaks UTF-8. */
    private static int firstBadByte(ByteBuffer bytes, int start) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = bytes.duplicate();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        var result = utf8.decode(in, out, true);
        return result.isError() ? in.position() - start : -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package dk.taktstok.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvDecoderTest {

    @Test
    void utf8WithAndWithoutByteOrderMark() {
        byte[] plain = "Sjældent".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(CsvDecoder.decode(plain).text()).isEqualTo("Sjældent");
        assertThat(CsvDecoder.decode(withBom).text()).isEqualTo("Sjældent");
        assertThat(CsvDecoder.decode(withBom).badByte()).isEqualTo(-1);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252() {
        byte[] bytes = "a,b\nSjældent,€".getBytes(CsvDecoder.WINDOWS_1252);

        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo("a,b\nSjældent,€");
        assertThat(decoded.charset()).isEqualTo(CsvDecoder.WINDOWS_1252);
        assertThat(decoded.badByte()).isEqualTo(6); // the æ
    }

    @Test
    void utf16WithByteOrderMark() {
        byte[] text = "a\tø".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        assertThat(CsvDecoder.decode(bytes).text()).isEqualTo("a\tø");
    }
}

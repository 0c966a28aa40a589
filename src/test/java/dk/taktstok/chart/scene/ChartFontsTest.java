package dk.taktstok.chart.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartFontsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"false, Lato-Regular", "true, Lato-Bold"})
    void bundledFaceIsTheLatoTrueTypeFileFromTheClassPath(boolean bold, String postScriptName) throws Exception {
        FontFace face = ChartFonts.face(bold);

        byte[] bytes = face.bytes();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(new ByteArrayInputStream(bytes)))) {
            assertThat(font.getName()).isEqualTo(postScriptName);
            assertThat(font.getNaming().getFontFamily()).isEqualTo(face.family());
            assertThat(font.getHeader().getFontRevision()).isGreaterThanOrEqualTo(2.0f);
            assertThat(font.getUnicodeCmapLookup().getGlyphId('æ')).isPositive();
            assertThat(font.getUnicodeCmapLookup().getGlyphId('\u00A0')).isPositive();
        }
        assertThat(face.bold()).isEqualTo(bold);
    }
}

package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.theme.ThemeFiles;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Widths read from the font file agree with Java2D's own measurement of the same file. */
class FontMeasurerTest {

    private static final FontMeasurer MEASURER = new FontMeasurer();

    @ParameterizedTest
    @ValueSource(strings = {"Sjældent", "Kommunen går i dialog om samarbejde", "26,7 %", "ÆØÅ æøå – »Som regel«",
        "Regionale og landsdækkende aktører inviterer kommunen"})
    void widthMatchesJava2dWithoutKerning(String text) throws Exception {
        var face = ThemeFiles.standard().regular();
        java.awt.Font awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes()))
                .deriveFont(13f);
        double java2d = awt.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();

        assertThat(MEASURER.width(text, new Font(face, 13))).isCloseTo(java2d, within(java2d * 0.005 + 0.05));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ved ikke", "Sjældent"})
    void boldIsWiderThanRegular(String text) {
        var theme = ThemeFiles.standard();

        assertThat(MEASURER.width(text, new Font(theme.bold(), 13)))
                .isGreaterThan(MEASURER.width(text, new Font(theme.regular(), 13)));
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.SceneText;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures a scene's text with the JDK's own font engine (java.awt) and the Lato files shipped in
 * {@code assets/fonts}, not with the app's measurer: a test that measured with the code under test would
 * agree with it by construction.
 */
final class AwtTextMeasure {

    private static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);
    private static final Map<Boolean, Font> FACES = new ConcurrentHashMap<>();

    /** The text's box in scene units, from its anchor, the font's ascent and descent, and its advance. */
    static Box box(SceneText text) {
        if (!"Lato".equals(text.font().face().family())) {
            throw new IllegalArgumentException("only the shipped Lato is measured here, not " + text.font().face());
        }
        Font font = FACES.computeIfAbsent(text.font().face().bold(), AwtTextMeasure::load)
                .deriveFont((float) text.font().size());
        double width = font.getStringBounds(text.text(), FRACTIONAL).getWidth();
        var metrics = font.getLineMetrics(text.text(), FRACTIONAL);
        double left = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        return new Box(left, text.y() - metrics.getAscent(), width, metrics.getAscent() + metrics.getDescent());
    }

    private static Font load(boolean bold) {
        Path file = Path.of("assets/fonts", bold ? "Lato-Bold.ttf" : "Lato-Regular.ttf");
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(file + " is no TrueType font", e);
        }
    }

    private AwtTextMeasure() {
    }
}

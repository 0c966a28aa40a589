package dk.taktstok.render;

import dk.taktstok.chart.scene.SceneText;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Where a text's ink should be, computed from the font file alone (advance widths and glyph outlines'
 * bounds, no kerning), independently of every renderer: the yardstick the renderers are held to.
 */
public final class InkBoxes {

    private InkBoxes() {
    }

    /** The box, in scene units, that the text's glyph outlines fill. */
    public static Rectangle2D expected(SceneText text) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(text.font().face().bytes()))) {
            var cmap = font.getUnicodeCmapLookup();
            double unit = text.font().size() / font.getUnitsPerEm();
            int[] codePoints = text.text().codePoints().toArray();
            double advance = 0;
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = -Double.MAX_VALUE;
            double bottom = Double.MAX_VALUE;
            for (int c : codePoints) {
                int gid = cmap.getGlyphId(c);
                GlyphData glyph = font.getGlyph().getGlyph(gid);
                if (glyph != null && glyph.getNumberOfContours() != 0) {
                    var box = glyph.getBoundingBox();
                    left = Math.min(left, advance + box.getLowerLeftX());
                    right = Math.max(right, advance + box.getUpperRightX());
                    top = Math.max(top, box.getUpperRightY());
                    bottom = Math.min(bottom, box.getLowerLeftY());
                }
                advance += font.getAdvanceWidth(gid);
            }
            double width = advance * unit;
            double start = switch (text.anchor()) {
                case START -> text.x();
                case MIDDLE -> text.x() - width / 2;
                case END -> text.x() - width;
            };
            return new Rectangle2D.Double(start + left * unit, text.y() - top * unit, (right - left) * unit,
                    (top - bottom) * unit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dk.taktstok.render.png;

import dk.taktstok.chart.scene.FontFace;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Java2D fonts made from the scene's font files, one per face, made once and kept. */
final class AwtFonts {

    private static final Map<FontFace, Font> FONTS = new ConcurrentHashMap<>();

    private AwtFonts() {
    }

    /** The face at size 1; derive the size wanted. */
    static Font of(FontFace face) {
        return FONTS.computeIfAbsent(face, AwtFonts::create);
    }

    private static Font create(FontFace face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes())).deriveFont(1f);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + face.source() + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + face.source(), e);
        }
    }
}

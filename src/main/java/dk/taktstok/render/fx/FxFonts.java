package dk.taktstok.render.fx;

import dk.taktstok.chart.scene.FontFace;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;

/**
 * JavaFX fonts from the scene's font files. Each file is loaded once; JavaFX then knows the face by
 * its full name ("Lato Bold"), and every size is asked for by that name. Two different files with the
 * same full name cannot both be used: JavaFX keeps the first.
 */
final class FxFonts {

    private static final Map<FontFace, String> NAMES = new ConcurrentHashMap<>();

    private FxFonts() {
    }

    static Font of(FontFace face, double size) {
        return new Font(NAMES.computeIfAbsent(face, FxFonts::load), size);
    }

    private static String load(FontFace face) {
        Font loaded = Font.loadFont(new ByteArrayInputStream(face.bytes()), 12);
        if (loaded == null) {
            throw new IllegalStateException("JavaFX cannot load the font " + face.source());
        }
        return loaded.getName();
    }
}

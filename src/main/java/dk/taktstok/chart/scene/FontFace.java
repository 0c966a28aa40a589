package dk.taktstok.chart.scene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TrueType font file the scene's texts are set in. Layout measures with it and every renderer
 * draws or embeds the same file, so all outputs agree.
 *
 * @param family  the family name a renderer may show ("Lato")
 * @param bold    whether this is the bold face of the family
 * @param source  {@code classpath:/path/in/jar.ttf} or a file path
 */
public record FontFace(String family, boolean bold, String source) {

    private static final String CLASSPATH = "classpath:";
    private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

    public FontFace {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(source, "source");
    }

    /** The font file's bytes, read once per source and kept; callers must not change the array. */
    public byte[] bytes() {
        return LOADED.computeIfAbsent(source, FontFace::read);
    }

    private static byte[] read(String source) {
        try {
            if (source.startsWith(CLASSPATH)) {
                String resource = source.substring(CLASSPATH.length());
                try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("the font " + resource + " is missing from the application");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + source, e);
        }
    }
}

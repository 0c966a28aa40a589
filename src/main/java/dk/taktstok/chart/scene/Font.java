package dk.taktstok.chart.scene;

import java.util.Objects;

/** A face at a size, in scene units (CSS pixels at scale 1). */
public record Font(FontFace face, double size) {

    public Font {
        Objects.requireNonNull(face, "face");
        if (!(size > 0)) {
            throw new IllegalArgumentException("a font size must be positive, was " + size);
        }
    }
}

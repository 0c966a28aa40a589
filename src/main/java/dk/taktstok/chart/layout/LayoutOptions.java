package dk.taktstok.chart.layout;

import dk.taktstok.chart.theme.Theme;
import dk.taktstok.chart.theme.ThemeFiles;
import java.util.Objects;

/**
 * What a chart is laid out for.
 *
 * @param width    in scene units (CSS pixels at scale 1); the height follows from the content
 * @param language the language of the texts and the number format ("da", "en"); null for the study's
 */
public record LayoutOptions(double width, String language, Theme theme) {

    /** Narrower than this, labels and bars cannot share a row. */
    public static final double MIN_WIDTH = 280;

    public LayoutOptions {
        Objects.requireNonNull(theme, "theme");
        if (!(width >= MIN_WIDTH)) {
            throw new IllegalArgumentException("a chart needs a width of at least " + (int) MIN_WIDTH + " px, was " + width);
        }
    }

    public static LayoutOptions of(double width, String language) {
        return new LayoutOptions(width, language, ThemeFiles.standard());
    }
}

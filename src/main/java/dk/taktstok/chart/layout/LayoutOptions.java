package dk.taktstok.chart.layout;

import dk.taktstok.chart.theme.Theme;
import dk.taktstok.chart.theme.ThemeFiles;
import java.util.Objects;

/**
 * What a chart is laid out for.
 *
 * @param width    in scene units (CSS pixels at scale 1)
 * @param height   a fixed height (a social media card: 1200 × 675), which layout fits the chart into;
 *                 null for the height the content needs
 * @param language the language of the texts and the number format ("da", "en"); null for the study's
 */
public record LayoutOptions(double width, Double height, String language, Theme theme) {

    /** Narrower than this, labels and bars cannot share a row. */
    public static final double MIN_WIDTH = 280;
    /** Lower than this, a chart has no room for its title and one row. */
    public static final double MIN_HEIGHT = 150;

    public LayoutOptions {
        Objects.requireNonNull(theme, "theme");
        if (!(width >= MIN_WIDTH)) {
            throw new IllegalArgumentException("a chart needs a width of at least " + (int) MIN_WIDTH + " px, was " + width);
        }
        if (height != null && !(height >= MIN_HEIGHT)) {
            throw new IllegalArgumentException("a chart needs a height of at least " + (int) MIN_HEIGHT + " px, was "
                    + height);
        }
    }

    /** Options for the height the content needs. */
    public LayoutOptions(double width, String language, Theme theme) {
        this(width, null, language, theme);
    }

    public static LayoutOptions of(double width, String language) {
        return new LayoutOptions(width, language, ThemeFiles.standard());
    }

    LayoutOptions atWidth(double newWidth) {
        return new LayoutOptions(newWidth, null, language, theme);
    }
}

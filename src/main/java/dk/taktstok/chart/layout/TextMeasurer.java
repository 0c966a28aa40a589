package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Font;

/**
 * Measures text for layout. Layout measures every text through this one interface, so a chart's
 * decisions — what wraps, which labels fit — do not depend on the machine or the renderer.
 */
public interface TextMeasurer {

    /** The advance width of a single line of text, in scene units. */
    double width(String text, Font font);

    /** Height above the baseline of the font's tallest letters (cap height and ascenders). */
    double ascent(Font font);

    /** Depth below the baseline of descenders, as a positive number. */
    double descent(Font font);

    /** The distance between the baselines of two lines of text. */
    default double lineHeight(Font font) {
        return font.size() * 1.25;
    }
}

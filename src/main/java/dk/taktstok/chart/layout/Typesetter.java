package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.theme.Theme;
import java.util.List;

/**
 * The theme's fonts with the one text measurer: what a plot needs to decide where its texts go,
 * without a scene to draw them in.
 */
record Typesetter(Theme theme, TextMeasurer measurer) {

    Font regular(double size) {
        return new Font(theme.regular(), size);
    }

    Font bold(double size) {
        return new Font(theme.bold(), size);
    }

    double width(String text, Font font) {
        return measurer.width(text, font);
    }

    double ascent(Font font) {
        return measurer.ascent(font);
    }

    double descent(Font font) {
        return measurer.descent(font);
    }

    /** The height of {@code count} lines: the last line's descent included, no space after it. */
    double blockHeight(int count, Font font) {
        if (count == 0) {
            return 0;
        }
        return measurer.ascent(font) + (count - 1) * measurer.lineHeight(font) + measurer.descent(font);
    }

    /** The baseline that centres a line's letters (ascent over descent) on {@code middle}. */
    double centredBaseline(double middle, Font font) {
        return middle + (measurer.ascent(font) - measurer.descent(font)) / 2;
    }

    List<String> wrap(String text, Font font, double width) {
        return Wrap.lines(text, font, width, measurer);
    }

    double widest(List<String> lines, Font font) {
        return Wrap.widest(lines, font, measurer);
    }

    /** Lines of text with the first line's top at {@code top}. */
    TextBlock block(List<String> lines, double x, double top, Font font, Color color, Anchor anchor) {
        return new TextBlock(lines, x, top, blockHeight(lines.size(), font), font, color, anchor);
    }

    /** The box a text would take. */
    Box box(String text, Font font, double x, double baseline, Anchor anchor) {
        double width = measurer.width(text, font);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        double ascent = measurer.ascent(font);
        return new Box(left, baseline - ascent, width, ascent + measurer.descent(font));
    }
}

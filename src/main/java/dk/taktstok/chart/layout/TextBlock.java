package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import java.util.List;

/**
 * Lines of text as layout placed them: the first line's top at {@code top}, one line height apart.
 *
 * @param height the block's height, the last line's descent included
 */
record TextBlock(List<String> lines, double x, double top, double height, Font font, Color color, Anchor anchor) {

    TextBlock {
        lines = List.copyOf(lines);
    }

    double bottom() {
        return top + height;
    }
}

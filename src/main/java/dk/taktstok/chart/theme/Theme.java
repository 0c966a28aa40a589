package dk.taktstok.chart.theme;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.FontFace;
import java.util.List;
import java.util.Objects;

/**
 * The look of every chart: font, colours and sizes. A newsroom replaces the theme file
 * ({@code taktstok export --theme FILE}) to get its house style; layout and renderers read only this.
 */
public record Theme(String name, FontFace regular, FontFace bold, Sizes sizes, Colors colors) {

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(colors, "colors");
    }

    /**
     * Font sizes and distances, in scene units (CSS pixels at scale 1).
     *
     * @param padding   empty space around the chart
     * @param barHeight the thickness of a bar
     * @param rowGap    the space between two bars
     */
    public record Sizes(double title, double subtitle, double label, double value, double legend, double note,
                        double annotation, double padding, double barHeight, double rowGap) {
    }

    /**
     * Colours. {@code high} and {@code low} run from the strongest category outwards (the highest
     * score first, the lowest score first); {@code groups} colour item groups in order.
     */
    public record Colors(Color background, Color text, Color muted, Color grid, Color axis,
                         List<Color> high, List<Color> low, Color neutral, Color dontKnow,
                         List<Color> groups, Color goal, Color practice, Color highlight, Color annotation) {

        public Colors {
            high = List.copyOf(high);
            low = List.copyOf(low);
            groups = List.copyOf(groups);
            if (high.isEmpty() || low.isEmpty() || groups.isEmpty()) {
                throw new IllegalArgumentException("a theme needs at least one high, low and group colour");
            }
        }
    }
}

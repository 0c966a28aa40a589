package dk.taktstok.chart.scene;

import java.util.List;

/**
 * How a line is drawn.
 *
 * @param width in scene units (CSS pixels at scale 1)
 * @param dash  lengths of dashes and gaps, alternating; empty for a solid line
 */
public record Stroke(Color color, double width, List<Double> dash) {

    public Stroke {
        dash = List.copyOf(dash);
    }

    public static Stroke solid(Color color, double width) {
        return new Stroke(color, width, List.of());
    }

    public static Stroke dashed(Color color, double width, double on, double off) {
        return new Stroke(color, width, List.of(on, off));
    }
}

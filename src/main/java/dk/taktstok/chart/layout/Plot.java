package dk.taktstok.chart.layout;

import java.util.List;

/**
 * The body of one chart type, under the header. It is laid out in two steps, as ggplot2 builds a plot
 * before it draws it: {@link #compute} decides every position, size, text and colour into a geometry
 * record that a test can check without a scene, and {@link #draw} only emits that record's primitives.
 *
 * @param <G> the chart type's geometry
 */
interface Plot<G extends Plot.Geometry> {

    /** Decides the plot with its top at {@code top}. */
    G compute(ChartContext chart, Typesetter type, double top);

    /** Emits the geometry's primitives, deciding nothing. */
    void draw(Canvas canvas, G geometry);

    /** Computes the plot, draws it, and answers what the rest of the chart needs of it. */
    default Result layout(Canvas canvas, ChartContext chart, double top) {
        G geometry = compute(chart, canvas.type(), top);
        draw(canvas, geometry);
        return geometry.result();
    }

    /** A plot's computed geometry. */
    interface Geometry {

        /** Where the plot ended, where its data points lie, the notes it needs and its alt text. */
        Result result();
    }

    /**
     * @param area    the plot area: where data is drawn, for free-placed annotations
     * @param axis    maps a value of the value axis to x, for reference lines; null if the plot has none
     * @param bottom  the lowest point drawn
     */
    record Result(Box area, ValueAxis axis, double bottom, Anchors anchors, List<String> notes, String altText) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The value axis: a value in percent or points to x, and the rows' vertical extent. */
    record ValueAxis(LinearScale scale, double top, double bottom) {
    }
}

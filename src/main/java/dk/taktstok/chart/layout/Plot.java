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

    /** Decides the plot with its top at {@code top}, leaving the room annotations asked for. */
    G compute(ChartContext chart, Typesetter type, double top, Room room);

    /** Emits the geometry's primitives, deciding nothing; guide lines are drawn apart, last ({@link #drawGuides}). */
    void draw(Canvas canvas, G geometry);

    /**
     * The plot's guide lines — grid lines under everything, a centre or goal line over the bars — once
     * every text of the chart is drawn, broken around each; none by default.
     */
    default void drawGuides(Canvas canvas, G geometry) {
    }

    /** What the subtitle adds for this plot, such as what every row's value is; null for nothing. */
    default String subtitleAddition(ChartContext chart) {
        return null;
    }

    /** A plot's computed geometry. */
    interface Geometry {

        /** Where the plot ended, where its data points lie, the notes it needs and its alt text. */
        Result result();
    }

    /**
     * @param area       the plot area: where data is drawn, for free-placed annotations
     * @param axis       maps a value of the value axis to x, for reference lines; null if the plot has none
     * @param bottom     the lowest point drawn
     * @param band       the lines kept above the rows for reference lines' labels, {@link Room#referenceLevels} of them
     * @param underRows  the band under the last row, above the axis, kept for notes anchored to no row
     * @param table      the chart's numbers as a table, for screen readers
     */
    record Result(Box area, ValueAxis axis, double bottom, Anchors anchors, List<String> notes, String altText,
                  Box band, Box underRows, DataTable table) {

        public Result {
            notes = List.copyOf(notes);
        }
    }

    /** The value axis: a value in percent or points to x, and the rows' vertical extent. */
    record ValueAxis(LinearScale scale, double top, double bottom) {
    }
}

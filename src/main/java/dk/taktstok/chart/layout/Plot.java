package dk.taktstok.chart.layout;

import java.util.List;

/** The body of one chart type, drawn under the header. */
interface Plot {

    /**
     * Draws the plot with its top at {@code top}.
     *
     * @return where the plot ended, where its data points lie, the notes it needs and its alt text
     */
    Result draw(Canvas canvas, ChartContext chart, double top);

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

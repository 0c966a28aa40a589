package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import java.util.List;

/**
 * A 100 % stacked bar chart as computed, before it is drawn: each row's segments side by side from the
 * bars' left end, each as long as its share on {@code scale}, and which value labels fit.
 *
 * @param scale      shares (0 to 100, or a little more for a row that sums past 100) to x
 * @param rowsTop    the top of the first row
 * @param rowsBottom the bottom of the last row
 */
record StackedBarsGeometry(Legend.Layout legend, LinearScale scale, List<Row> rows, double rowsTop,
                           double rowsBottom, BottomAxis.Layout axis, Box area, List<String> notes, String altText)
        implements Plot.Geometry {

    StackedBarsGeometry {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * One category's part of a bar.
     *
     * @param name the category's name, by which annotations point at it
     * @param key  the category's part of scene ids
     */
    record Segment(int category, String name, String key, double share, Box box, Color fill, ValueLabel label) {
    }

    /**
     * One item.
     *
     * @param title    the item's full label, for the row's tooltip
     * @param bar      the whole bar
     * @param segments in the scale's order, left to right
     */
    record Row(String itemId, String title, TextBlock label, Box bar, List<Segment> segments) {

        Row {
            segments = List.copyOf(segments);
        }
    }

    @Override
    public Plot.Result result() {
        var anchors = new Anchors();
        for (Row row : rows) {
            for (Segment segment : row.segments()) {
                Box box = segment.box();
                anchors.put(row.itemId(), segment.name(), new Anchors.Point(box.centerX(), box.centerY(), box));
            }
            anchors.put(row.itemId(), new Anchors.Point(row.bar().right(), row.bar().centerY(), row.bar()));
        }
        return new Plot.Result(area, new Plot.ValueAxis(scale, rowsTop, rowsBottom), axis.bottom(), anchors, notes,
                altText);
    }
}

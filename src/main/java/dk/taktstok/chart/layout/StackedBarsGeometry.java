package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import java.util.List;

/**
 * A 100 % stacked bar chart as computed, before it is drawn: each row's segments side by side from the
 * bars' left end, each as long as its share on {@code scale}, and where each value label goes.
 *
 * @param scale      shares (0 to 100, or more for a row that sums past 100) to x
 * @param rowsTop    the top of the first row
 * @param rowsBottom the bottom of the last row
 * @param band       the lines kept above the rows for reference lines' labels
 * @param underRows  the room kept under the last row for notes anchored to no row
 */
record StackedBarsGeometry(Legend.Layout legend, LinearScale scale, List<Row> rows, double rowsTop,
                           double rowsBottom, BottomAxis.Layout axis, Box area, Box band, Box underRows,
                           List<String> notes, String altText, DataTable table) implements Plot.Geometry {

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
     * @param flag     "Σ 130" under the label where the shares do not sum to 100; else null
     * @param bar      the whole bar; the gap's word where a share is missing
     * @param segments in the scale's order, left to right; none where a share is missing
     * @param missing  in place of the bar where a share is missing; else null
     */
    record Row(String itemId, String title, TextBlock label, TextBlock flag, Box bar, List<Segment> segments,
               PlacedText missing, Box band, Box below) {

        Row {
            segments = List.copyOf(segments);
        }
    }

    @Override
    public Plot.Result result() {
        var anchors = new Anchors();
        for (Row row : rows) {
            var on = new Anchors.Row(row.itemId(), row.band(), row.below());
            for (Segment segment : row.segments()) {
                Box box = segment.box();
                anchors.put(row.itemId(), segment.name(), new Anchors.Point(box.centerX(), box.centerY(), box, on));
            }
            anchors.put(row.itemId(), new Anchors.Point(row.bar().right(), row.bar().centerY(), row.bar(), on));
        }
        return new Plot.Result(area, new Plot.ValueAxis(scale, rowsTop, rowsBottom), axis.bottom(), anchors, notes,
                altText, band, underRows, table);
    }
}

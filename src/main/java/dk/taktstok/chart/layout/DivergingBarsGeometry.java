package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import java.util.List;

/**
 * A diverging bar chart as computed, before it is drawn: every row's segments with their x and width,
 * the totals at the bars' ends, the "don't know" column, and where each value label goes.
 *
 * @param unit            scene units per percentage point, the same for both halves and "don't know"
 * @param centre          where the centre line runs, between the bottom box and the top box
 * @param dontKnowHeading the "don't know" column's heading; null when the scale has no such category
 * @param rowsTop         the top of the first row, under the heading
 * @param rowsBottom      the bottom of the last row
 * @param area            where data is drawn: from the bars' left end to the chart's right margin
 * @param band            the lines kept above the heading for reference lines' labels
 * @param underRows       the room kept under the last row for notes anchored to no row
 * @param bottom          the lowest point of the plot
 */
record DivergingBarsGeometry(Legend.Layout legend, double unit, double centre, TextBlock dontKnowHeading,
                             List<Row> rows, double rowsTop, double rowsBottom, Rule centreLine, Box area, Box band,
                             Box underRows, double bottom, List<String> notes, String altText, DataTable table)
        implements Plot.Geometry {

    DivergingBarsGeometry {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Where a category's segment goes: left or right of the centre, across it, or in the column apart. */
    enum Side { BOTTOM, MIDDLE, TOP, DONT_KNOW }

    /**
     * One category's part of a bar; a middle category's segment straddles the centre line.
     *
     * @param name  the category's name, by which annotations point at it
     * @param key   the category's part of scene ids
     * @param label the share and where it is written; null in the "don't know" column, whose total stands beside it
     */
    record Segment(int category, String name, String key, Side side, double share, Box box, Color fill,
                   ValueLabel label) {
    }

    /**
     * One item.
     *
     * @param title         the item's full label, for the row's tooltip
     * @param flag          "Σ 130" under the label where the shares do not sum to 100; else null
     * @param bar           the bar left and right of the centre, without "don't know"; the gap's word where a share is missing
     * @param segments      in drawing order: middle, top box outwards, bottom box outwards, "don't know"; none where a share is missing
     * @param dontKnowTotal null when the scale has no "don't know"
     * @param missing       in place of the bar where a share is missing; else null
     * @param band          the row as annotations on it see it
     * @param below         the room kept under the row's marks
     */
    record Row(String itemId, String title, TextBlock label, TextBlock flag, Box bar, List<Segment> segments,
               PlacedText bottomTotal, PlacedText topTotal, PlacedText dontKnowTotal, PlacedText missing, Box band,
               Box below) {

        Row {
            segments = List.copyOf(segments);
        }

        List<Segment> on(Side side) {
            return segments.stream().filter(s -> s.side() == side).toList();
        }
    }

    /** A vertical line from {@code top} to {@code bottom}. */
    record Rule(double x, double top, double bottom) {
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
        var axis = new Plot.ValueAxis(new LinearScale(0, 100, centre, centre + 100 * unit), rowsTop, rowsBottom);
        return new Plot.Result(area, axis, bottom, anchors, notes, altText, band, underRows, table);
    }
}

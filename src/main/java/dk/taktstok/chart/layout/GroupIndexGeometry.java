package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.model.Measure;
import java.util.List;

/**
 * A group index chart as computed, before it is drawn: under each group's heading its items' bars,
 * then the group's index bar, every bar from zero (or −100 for the net) to its value on {@code scale}.
 *
 * @param scale      the measure's values to x
 * @param rowsBottom the bottom of the last section
 */
record GroupIndexGeometry(Measure measure, LinearScale scale, List<Section> sections, double rowsBottom,
                          BottomAxis.Layout axis, Box area, Box band, Box underRows, List<String> notes,
                          String altText, DataTable table)
        implements Plot.Geometry {

    GroupIndexGeometry {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    /**
     * A group with its items, or the items of no group.
     *
     * @param groupId the group's id; null for the items of no group
     * @param index   the group's index; null for the items of no group
     */
    record Section(String groupId, String title, TextBlock heading, List<Bar> items, Bar index) {

        Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One labelled bar with its value at the end.
     *
     * @param target an item's id, or the group's id for an index
     * @param title  the full label, for the row's tooltip
     * @param value  the measure's value; NaN draws no bar
     * @param end    the x of the value, or of zero for a value not known
     * @param flag   "Σ 130" under the label where the item's shares do not sum to 100; else null
     * @param band   the row as annotations on it see it
     * @param below  the room kept under the bar
     */
    record Bar(String target, String title, TextBlock label, TextBlock flag, double value, double end, Box bar,
               Color fill, PlacedText valueText, Box band, Box below) {
    }

    @Override
    public Plot.Result result() {
        var anchors = new Anchors();
        for (Section section : sections) {
            for (Bar bar : section.items()) {
                anchor(anchors, bar);
            }
            if (section.index() != null) {
                anchor(anchors, section.index());
            }
        }
        return new Plot.Result(area, new Plot.ValueAxis(scale, area.y(), rowsBottom), axis.bottom(), anchors, notes,
                altText, band, underRows, table);
    }

    private static void anchor(Anchors anchors, Bar bar) {
        anchors.put(bar.target(), new Anchors.Point(bar.end(), bar.bar().centerY(), bar.bar(),
                new Anchors.Row(bar.target(), bar.band(), bar.below())));
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.model.PracticeMark;
import java.util.List;

/**
 * A goal-against-practice chart as computed, before it is drawn: the goal's line and its label, and for
 * each gap where its goal and its practice lie on {@code scale}, the gap between them, and where their
 * labels go.
 *
 * @param scale      percent (0 to 100) to x
 * @param goal       the line of a goal all rows share; null when the rows have goals of their own
 * @param rowsTop    the top of the first row
 * @param rowsBottom the bottom of the last row
 * @param band       the lines kept above the goal's label for reference lines' labels
 * @param underRows  the room kept under the last row for notes anchored to no row
 */
record GoalVsPracticeGeometry(Legend.Layout legend, LinearScale scale, PracticeMark mark, Color practiceColor,
                              Color goalColor, List<Row> rows, GoalLine goal, double rowsTop, double rowsBottom,
                              BottomAxis.Layout axis, Box area, Box band, Box underRows, List<String> notes,
                              String altText, DataTable table) implements Plot.Geometry {

    GoalVsPracticeGeometry {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The shared goal as a line across the rows at {@code value} percent, with its label ("Goal 75%") on top. */
    record GoalLine(double value, double x, double top, double bottom, PlacedText label) {
    }

    /** A practice value's margin of error, from {@code lowX} to {@code highX}. */
    record MarginBar(double lowX, double highX) {
    }

    /**
     * One gap.
     *
     * @param title        the practice's label, for the row's tooltip
     * @param detail       what the practice value is (a category's share, a measure); null if nothing, or
     *                     when every row's is the same and the subtitle says it
     * @param flag         "Σ 130" where the practice's item does not sum to 100; else null
     * @param middle       the y of the row's marks
     * @param ownGoal      whether the row marks a goal of its own (the goals differ between rows)
     * @param margin       the practice value's margin of error; null where it is not known
     * @param value        the practice value beside its mark, or the word for a missing one
     * @param gap          the gap in points, above the line between goal and practice; null for a missing value
     * @param span         from goal to practice, with the gap's label above: where a note on the gap goes
     * @param dot          the practice mark; null for a missing value
     * @param practiceItem the item whose value is the practice; null for a group's measure
     * @param band         the row as annotations on it see it
     * @param below        the room kept under the row's marks
     */
    record Row(String gapId, String title, TextBlock label, TextBlock detail, TextBlock flag, double middle,
               double goalValue, double goalX, double practiceValue, double practiceX, double points, boolean ownGoal,
               MarginBar margin, PlacedText value, PlacedText gap, Box span, Box dot, String practiceItem, Box band,
               Box below) {
    }

    @Override
    public Plot.Result result() {
        var anchors = new Anchors();
        for (Row row : rows) {
            var on = new Anchors.Row(row.gapId(), row.band(), row.below());
            anchors.put(row.gapId(), new Anchors.Point(row.span().centerX(), row.middle(), row.span(), on));
            if (row.practiceItem() != null) {
                Box mark = row.dot() != null ? row.dot() : row.span();
                anchors.put(row.practiceItem(), new Anchors.Point(mark.centerX(), row.middle(), mark, on));
            }
        }
        return new Plot.Result(area, new Plot.ValueAxis(scale, rowsTop, rowsBottom), axis.bottom(), anchors, notes,
                altText, band, underRows, table);
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.model.PracticeMark;
import java.util.List;

/**
 * A goal-against-practice chart as computed, before it is drawn: the goal's line, and for each gap
 * where its goal and its practice lie on {@code scale}, the gap between them, and where their labels go.
 *
 * @param scale      percent (0 to 100) to x
 * @param goal       the line of a goal all rows share; null when the rows have goals of their own
 * @param rowsTop    the top of the first row
 * @param rowsBottom the bottom of the last row
 */
record GoalVsPracticeGeometry(Legend.Layout legend, LinearScale scale, PracticeMark mark, List<Row> rows,
                              GoalLine goal, double rowsTop, double rowsBottom, BottomAxis.Layout axis, Box area,
                              List<String> notes, String altText) implements Plot.Geometry {

    GoalVsPracticeGeometry {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The shared goal as a line across the rows, at {@code value} percent. */
    record GoalLine(double value, double x, double top, double bottom) {
    }

    /** A practice value's margin of error, from {@code lowX} to {@code highX}. */
    record MarginBar(double lowX, double highX) {
    }

    /**
     * One gap.
     *
     * @param title        the practice's label, for the row's tooltip
     * @param detail       what the practice value is (a category's share, a measure); null if nothing
     * @param middle       the y of the row's marks
     * @param ownGoal      whether the row marks a goal of its own (the goals differ between rows)
     * @param margin       the practice value's margin of error; null where it is not known
     * @param value        the practice value, beside its mark
     * @param gap          the gap in points, above the line between goal and practice
     * @param span         from goal to practice, with the gap's label above: where a note on the gap goes
     * @param dot          the practice mark
     * @param practiceItem the item whose value is the practice; null for a group's measure
     */
    record Row(String gapId, String title, TextBlock label, TextBlock detail, double middle, double goalValue,
               double goalX, double practiceValue, double practiceX, double points, boolean ownGoal,
               MarginBar margin, PlacedText value, PlacedText gap, Box span, Box dot, String practiceItem) {
    }

    @Override
    public Plot.Result result() {
        var anchors = new Anchors();
        for (Row row : rows) {
            anchors.put(row.gapId(), new Anchors.Point((row.practiceX() + row.goalX()) / 2, row.middle(), row.span()));
            if (row.practiceItem() != null) {
                anchors.put(row.practiceItem(), new Anchors.Point(row.practiceX(), row.middle(), row.dot()));
            }
        }
        return new Plot.Result(area, new Plot.ValueAxis(scale, rowsTop, rowsBottom), axis.bottom(), anchors, notes,
                altText);
    }
}

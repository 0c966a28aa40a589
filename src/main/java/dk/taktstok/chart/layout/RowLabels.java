package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Font;
import java.util.List;

/**
 * The item labels of a row-based plot: in a column left of the bars, or — on a narrow chart, where a
 * column would leave the bars no room — above each bar across the full width.
 */
final class RowLabels {

    /** Space between the label column and the bars. */
    static final double GUTTER = 12;
    /** Below this content width, labels go above the bars. */
    static final double NARROW = 440;
    /** Space between a label above a bar and the bar. */
    private static final double ABOVE_GAP = 3;

    /** Space between a row's marks and the room kept under them for notes. */
    static final double BELOW_GAP = 4;

    /**
     * Where a row's label and its mark go.
     *
     * @param belowTop where the room kept under the marks starts
     * @param height   the whole row, that room included
     */
    record Frame(double labelTop, double markTop, double belowTop, double height) {
    }

    private RowLabels() {
    }

    static boolean above(double contentWidth) {
        return contentWidth < NARROW;
    }

    /**
     * As wide as the widest label needs but at most about a third of the chart, so the bars keep room;
     * the full width when labels go above the bars.
     */
    static double width(List<String> labels, Font font, double contentWidth, TextMeasurer measurer) {
        if (above(contentWidth)) {
            return contentWidth;
        }
        double widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, measurer.width(label, font));
        }
        return Math.min(Math.ceil(widest) + 1, Math.max(110, contentWidth * 0.34));
    }

    /** Where the marks start: right of the label column, or at the left edge when labels go above. */
    static double marksLeft(double contentLeft, double contentWidth, double labelWidth) {
        return above(contentWidth) ? contentLeft : contentLeft + labelWidth + GUTTER;
    }

    static List<String> lines(String label, Font font, double width, TextMeasurer measurer) {
        return Wrap.lines(label, font, width, measurer);
    }

    /** A row from {@code top}: the label block beside the mark, centred on each other, or above it. */
    static Frame frame(double contentWidth, double top, double labelHeight, double markHeight) {
        return frame(contentWidth, top, labelHeight, markHeight, 0);
    }

    /**
     * As {@link #frame(double, double, double, double)}, with {@code below} kept free under the mark for
     * the notes on this row.
     */
    static Frame frame(double contentWidth, double top, double labelHeight, double markHeight, double below) {
        double room = below > 0 ? BELOW_GAP + below : 0;
        if (above(contentWidth)) {
            double markTop = top + labelHeight + ABOVE_GAP;
            return new Frame(top, markTop, markTop + markHeight + (room > 0 ? BELOW_GAP : 0),
                    labelHeight + ABOVE_GAP + markHeight + room);
        }
        double core = Math.max(labelHeight, markHeight);
        double markTop = top + (core - markHeight) / 2;
        double markBottom = markTop + markHeight;
        return new Frame(top + (core - labelHeight) / 2, markTop, markBottom + (room > 0 ? BELOW_GAP : 0),
                Math.max(core, markBottom - top + room));
    }
}

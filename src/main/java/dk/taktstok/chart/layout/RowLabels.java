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

    /** Where a row's label and its mark go. */
    record Frame(double labelTop, double markTop, double height) {
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
        if (above(contentWidth)) {
            return new Frame(top, top + labelHeight + ABOVE_GAP, labelHeight + ABOVE_GAP + markHeight);
        }
        double height = Math.max(labelHeight, markHeight);
        return new Frame(top + (height - labelHeight) / 2, top + (height - markHeight) / 2, height);
    }
}

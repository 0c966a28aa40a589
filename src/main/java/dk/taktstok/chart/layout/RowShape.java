package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Font;
import java.util.List;

/**
 * An item's row of a row-based plot: its label (bold when highlighted, muted when receding), under it
 * the mark "Σ 130" where its shares do not sum to 100, the row's frame with the room asked for under its
 * marks, and the band annotations on the row may use.
 */
final class RowShape {

    /** Space between an item's label and the mark under it. */
    private static final double FLAG_GAP = 1;

    private final ChartContext chart;
    private final Typesetter type;
    private final Font labelFont;
    private final double labelWidth;
    private final double contentLeft;
    private final double contentRight;

    RowShape(ChartContext chart, Typesetter type, Font labelFont, double labelWidth, double contentLeft,
             double contentRight) {
        this.chart = chart;
        this.type = type;
        this.labelFont = labelFont;
        this.labelWidth = labelWidth;
        this.contentLeft = contentLeft;
        this.contentRight = contentRight;
    }

    /**
     * A row as placed.
     *
     * @param flag     "Σ 130" under the label; null where the shares sum to 100
     * @param rowTop   the row's top
     * @param markHeight the height of the row's marks
     */
    record Placed(RowLabels.Frame frame, TextBlock label, TextBlock flag, double rowTop, double markHeight,
                  boolean above, double contentRight) {

        /** The row from {@code marksLeft} to the plot's right: its marks' height, or its labels' beside them. */
        Box band(double marksLeft) {
            double top = above ? frame.markTop() : rowTop;
            double bottom = above ? frame.markTop() + markHeight
                    : Math.max(frame.markTop() + markHeight, label.bottom() + (flag == null ? 0 : flag.height()));
            return new Box(marksLeft, top, contentRight - marksLeft, bottom - top);
        }

        /** The room kept under the marks, {@code height} high. */
        Box below(double marksLeft, double height) {
            return new Box(marksLeft, frame.belowTop(), contentRight - marksLeft, height);
        }
    }

    Placed place(ItemResult item, String text, boolean bold, boolean receding, double top, double markHeight,
                 double below) {
        Font font = bold ? type.bold(labelFont.size()) : labelFont;
        List<String> lines = RowLabels.lines(text, font, labelWidth, type.measurer());
        Font flagFont = type.bold(chart.theme.sizes().value());
        boolean flagged = chart.sumsOff(item);
        double labelHeight = type.blockHeight(lines.size(), font)
                + (flagged ? FLAG_GAP + type.blockHeight(1, flagFont) : 0);
        double contentWidth = contentRight - contentLeft;
        RowLabels.Frame frame = RowLabels.frame(contentWidth, top, labelHeight, markHeight, below);
        TextBlock label = type.block(lines, contentLeft, frame.labelTop(), font,
                receding ? chart.theme.colors().muted() : chart.theme.colors().text(), Anchor.START);
        TextBlock flag = flagged ? type.block(List.of(chart.sumMark(item)), contentLeft, label.bottom() + FLAG_GAP,
                flagFont, chart.theme.colors().annotation(), Anchor.START) : null;
        return new Placed(frame, label, flag, top, markHeight, RowLabels.above(contentWidth), contentRight);
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;

/** Tick labels under a plot and, optionally, light grid lines up through it. */
final class BottomAxis {

    /** Space between the axis line (the plot's bottom) and the top of the tick labels. */
    private static final double LABEL_GAP = 4;
    /** The least space between two tick labels; closer, fewer ticks are used. */
    private static final double LABEL_SPACING = 8;
    /** How far a grid line keeps from a text it passes, sideways and above and below. */
    private static final double TEXT_CLEARANCE_X = 2;
    private static final double TEXT_CLEARANCE_Y = 1;

    /** A tick: its value, where it lies, and its label. */
    record Tick(double value, double x, PlacedText label) {
    }

    /**
     * The axis as placed: grid lines from {@code gridTop} to {@code y} (if {@code grid}), tick labels
     * under {@code y}, the labels' bottom at {@code bottom}.
     */
    record Layout(List<Tick> ticks, double gridTop, double y, boolean grid, double bottom) {

        Layout {
            ticks = List.copyOf(ticks);
        }
    }

    private BottomAxis() {
    }

    /** Places ticks along {@code scale}; fewer ticks are used when their labels would touch. */
    static Layout layout(Typesetter type, LinearScale scale, double gridTop, double y, boolean grid,
                         DoubleFunction<String> label) {
        Font font = type.regular(type.theme().sizes().value());
        double baseline = y + LABEL_GAP + type.ascent(font);
        var ticks = new ArrayList<Tick>();
        for (double tick : ticksThatFit(type, scale, font, label)) {
            double x = scale.map(tick);
            String text = label.apply(tick);
            ticks.add(new Tick(tick, x, new PlacedText(text, x, baseline, font, type.theme().colors().muted(),
                    anchorFor(type, scale, x, text, font))));
        }
        return new Layout(ticks, gridTop, y, grid, baseline + type.descent(font));
    }

    /** Draws the tick labels. */
    static void drawLabels(Canvas canvas, Layout axis) {
        canvas.begin(SceneIds.AXIS, null);
        for (Tick tick : axis.ticks()) {
            canvas.text(SceneIds.tickLabel(tick.value()), tick.label());
        }
        canvas.end();
    }

    /** Draws the grid, if the axis has one, beneath everything drawn before and broken around every text. */
    static void drawGrid(Canvas canvas, Layout axis) {
        if (!axis.grid()) {
            return;
        }
        canvas.beginUnderneath(SceneIds.GRID);
        Stroke stroke = Stroke.solid(canvas.theme().colors().grid(), 1);
        for (Tick tick : axis.ticks()) {
            List<double[]> pieces = around(canvas.textBoxes(), tick.x(), axis.gridTop(), axis.y());
            for (int i = 0; i < pieces.size(); i++) {
                canvas.line(SceneIds.gridLine(tick.value(), i), tick.x(), pieces.get(i)[0], tick.x(), pieces.get(i)[1],
                        stroke);
            }
        }
        canvas.end();
    }

    /** The parts of a vertical grid line from {@code top} to {@code bottom} that pass no text. */
    static List<double[]> around(List<Box> texts, double x, double top, double bottom) {
        var gaps = texts.stream()
                .filter(box -> box.x() - TEXT_CLEARANCE_X <= x && x <= box.right() + TEXT_CLEARANCE_X
                        && box.bottom() > top && box.y() < bottom)
                .sorted(Comparator.comparingDouble(Box::y))
                .toList();
        var pieces = new ArrayList<double[]>();
        double from = top;
        for (Box gap : gaps) {
            if (gap.y() - TEXT_CLEARANCE_Y > from) {
                pieces.add(new double[] {from, gap.y() - TEXT_CLEARANCE_Y});
            }
            from = Math.max(from, gap.bottom() + TEXT_CLEARANCE_Y);
        }
        if (bottom > from) {
            pieces.add(new double[] {from, bottom});
        }
        return pieces;
    }

    private static List<Double> ticksThatFit(Typesetter type, LinearScale scale, Font font, DoubleFunction<String> label) {
        for (int count : new int[] {4, 2, 1}) {
            List<Double> ticks = scale.ticks(count);
            double widest = ticks.stream().mapToDouble(t -> type.width(label.apply(t), font)).max().orElse(0);
            double spacing = ticks.size() < 2 ? Double.MAX_VALUE : scale.span(ticks.get(1) - ticks.get(0));
            if (widest + LABEL_SPACING <= spacing) {
                return ticks;
            }
        }
        return List.of(scale.domainMin(), scale.domainMax());
    }

    /** Labels at the ends align inward so they stay inside the plot's width. */
    private static Anchor anchorFor(Typesetter type, LinearScale scale, double x, String text, Font font) {
        double half = type.width(text, font) / 2;
        if (x - half < Math.min(scale.rangeMin(), scale.rangeMax()) - 1) {
            return Anchor.START;
        }
        if (x + half > Math.max(scale.rangeMin(), scale.rangeMax()) + 1) {
            return Anchor.END;
        }
        return Anchor.MIDDLE;
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import java.util.List;
import java.util.function.DoubleFunction;

/** Tick labels under a plot and, optionally, light grid lines up through it. */
final class BottomAxis {

    private BottomAxis() {
    }

    /**
     * Draws grid lines from {@code gridTop} to {@code y} and tick labels under {@code y}; answers the
     * bottom of the labels. Fewer ticks are used when their labels would touch.
     */
    static double draw(Canvas canvas, Theme theme, LinearScale scale, double gridTop, double y, boolean grid,
                       DoubleFunction<String> label) {
        Font font = canvas.regular(theme.sizes().value());
        List<Double> ticks = ticksThatFit(canvas, scale, font, label);
        if (grid) {
            canvas.beginUnderneath("grid");
            for (double tick : ticks) {
                double x = scale.map(tick);
                List<double[]> pieces = around(canvas.textBoxes(), x, gridTop, y);
                for (int i = 0; i < pieces.size(); i++) {
                    canvas.line("grid/" + tickId(tick) + (i == 0 ? "" : "/" + i), x, pieces.get(i)[0], x,
                            pieces.get(i)[1], Stroke.solid(theme.colors().grid(), 1));
                }
            }
            canvas.end();
        }
        canvas.begin("axis", null);
        for (double tick : ticks) {
            double x = scale.map(tick);
            String id = "axis/tick/" + tickId(tick);
            double baseline = y + 4 + canvas.measurer().ascent(font);
            canvas.text(id + "/label", x, baseline, label.apply(tick), font, theme.colors().muted(),
                    anchorFor(canvas, scale, x, label.apply(tick), font));
        }
        canvas.end();
        return y + 4 + canvas.measurer().ascent(font) + canvas.measurer().descent(font);
    }

    /** The parts of a vertical grid line from {@code top} to {@code bottom} that pass no text. */
    static List<double[]> around(List<Box> texts, double x, double top, double bottom) {
        var gaps = texts.stream()
                .filter(box -> box.x() - 2 <= x && x <= box.right() + 2 && box.bottom() > top && box.y() < bottom)
                .sorted(java.util.Comparator.comparingDouble(Box::y))
                .toList();
        var pieces = new java.util.ArrayList<double[]>();
        double from = top;
        for (Box gap : gaps) {
            if (gap.y() - 1 > from) {
                pieces.add(new double[] {from, gap.y() - 1});
            }
            from = Math.max(from, gap.bottom() + 1);
        }
        if (bottom > from) {
            pieces.add(new double[] {from, bottom});
        }
        return pieces;
    }

    private static String tickId(double tick) {
        return tick == Math.rint(tick) ? String.valueOf((long) tick) : String.valueOf(Math.round(tick * 100) / 100.0);
    }

    private static List<Double> ticksThatFit(Canvas canvas, LinearScale scale, Font font, DoubleFunction<String> label) {
        for (int count : new int[] {4, 2, 1}) {
            List<Double> ticks = scale.ticks(count);
            double widest = ticks.stream().mapToDouble(t -> canvas.measurer().width(label.apply(t), font)).max().orElse(0);
            double spacing = ticks.size() < 2 ? Double.MAX_VALUE : scale.span(ticks.get(1) - ticks.get(0));
            if (widest + 8 <= spacing) {
                return ticks;
            }
        }
        return List.of(scale.domainMin(), scale.domainMax());
    }

    /** Labels at the ends align inward so they stay inside the plot's width. */
    private static Anchor anchorFor(Canvas canvas, LinearScale scale, double x, String text, Font font) {
        double half = canvas.measurer().width(text, font) / 2;
        if (x - half < Math.min(scale.rangeMin(), scale.rangeMax()) - 1) {
            return Anchor.START;
        }
        if (x + half > Math.max(scale.rangeMin(), scale.rangeMax()) + 1) {
            return Anchor.END;
        }
        return Anchor.MIDDLE;
    }
}

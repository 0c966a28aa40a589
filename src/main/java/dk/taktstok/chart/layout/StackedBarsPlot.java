package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 100 % stacked bars: each item's categories side by side in the scale's order, all of one length. */
final class StackedBarsPlot implements Plot {

    private static final double INSIDE_PADDING = 3;

    @Override
    public Result draw(Canvas canvas, ChartContext chart, double top) {
        Theme theme = chart.theme;
        List<Color> colors = CategoryColors.of(chart.scale, chart.measures.boxes(), theme.colors());
        List<ItemResult> items = chart.orderedItems();
        Set<String> highlighted = chart.highlighted();
        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();

        var entries = new ArrayList<Legend.Entry>();
        for (int c = 0; c < chart.scale.size(); c++) {
            entries.add(new Legend.Entry(chart.categoryLabel(c), colors.get(c)));
        }
        double y = Legend.draw(canvas, entries, contentLeft, contentRight, top) + 12 + chart.referenceBand();

        Font labelFont = canvas.regular(theme.sizes().label());
        Font valueFont = canvas.regular(theme.sizes().value());
        List<String> labels = items.stream().map(r -> r.item().displayLabel(chart.language)).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, canvas.measurer());
        double contentWidth = contentRight - contentLeft;
        double barsLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth);
        double maxSum = items.stream().mapToDouble(r -> r.measures().sum()).filter(Double::isFinite).max().orElse(100);
        // a row summing to a little over 100 (rounding) still fits
        var scale = new LinearScale(0, Math.max(100, maxSum), barsLeft, contentRight - 1);
        double barHeight = theme.sizes().barHeight();

        canvas.begin("plot", null);
        var anchors = new Anchors();
        double rowY = y;
        for (int r = 0; r < items.size(); r++) {
            ItemResult item = items.get(r);
            String id = item.item().id();
            boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
            List<String> lines = RowLabels.lines(labels.get(r), labelFont, labelWidth, canvas.measurer());
            RowLabels.Frame frame = RowLabels.frame(contentWidth, rowY, canvas.blockHeight(lines.size(), labelFont),
                    barHeight);
            double rowHeight = frame.height();
            double barTop = frame.markTop();
            canvas.begin("plot/row/" + id, item.item().label().in(chart.language));
            canvas.lines("plot/row/" + id + "/label", lines, contentLeft, frame.labelTop(),
                    highlighted.contains(id) ? canvas.bold(theme.sizes().label()) : labelFont,
                    receding ? theme.colors().muted() : theme.colors().text(), Anchor.START);
            double x = barsLeft;
            for (int c = 0; c < chart.scale.size(); c++) {
                double share = item.item().share(c);
                double width = Double.isFinite(share) ? scale.span(share) : 0;
                String category = chart.scale.category(c).name();
                canvas.rect("plot/bar/" + id + "/" + Ids.slug(category), x, barTop, width, barHeight,
                        DivergingBarsPlot.faded(colors.get(c), receding));
                anchors.put(id, category, new Anchors.Point(x + width / 2, barTop + barHeight / 2,
                        new Box(x, barTop, width, barHeight)));
                String text = chart.share(share);
                if (Double.isFinite(share) && canvas.measurer().width(text, valueFont) + 2 * INSIDE_PADDING <= width) {
                    double baseline = barTop + barHeight / 2
                            + (canvas.measurer().ascent(valueFont) - canvas.measurer().descent(valueFont)) / 2;
                    canvas.text("plot/value/" + id + "/" + Ids.slug(category), x + width / 2, baseline, text,
                            valueFont, CategoryColors.textOn(DivergingBarsPlot.faded(colors.get(c), receding), theme.colors().text()),
                            Anchor.MIDDLE);
                }
                x += width;
            }
            anchors.put(id, new Anchors.Point(x, barTop + barHeight / 2, new Box(barsLeft, barTop, x - barsLeft, barHeight)));
            canvas.end();
            rowY += rowHeight + theme.sizes().rowGap();
        }
        double rowsBottom = rowY - theme.sizes().rowGap();
        canvas.end();
        double bottom = BottomAxis.draw(canvas, theme, scale, y, rowsBottom + 4, false, chart::percentTick);

        String note = chart.spec.sort() == null
                ? chart.texts.get("note.stackedSource")
                : chart.texts.get("note.stacked", chart.texts.get("measure." + chart.spec.sort().measure().key()));
        return new Result(new Box(barsLeft, y, contentRight - barsLeft, rowsBottom - y),
                new ValueAxis(scale, y, rowsBottom), bottom, anchors, List.of(note), AltText.stacked(chart));
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.layout.StackedBarsGeometry.Row;
import dk.taktstok.chart.layout.StackedBarsGeometry.Segment;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 100 % stacked bars: each item's categories side by side in the scale's order, all of one length. */
final class StackedBarsPlot implements Plot<StackedBarsGeometry> {

    /** Space between the legend and the rows. */
    private static final double LEGEND_GAP = 12;
    /** Space between the last row and the axis labels' line. */
    private static final double AXIS_GAP = 4;
    /** The bars end one unit short of the margin, so the last segment's edge is not cut. */
    private static final double RIGHT_INSET = 1;

    @Override
    public StackedBarsGeometry compute(ChartContext chart, Typesetter type, double top) {
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
        Legend.Layout legend = Legend.layout(type, entries, contentLeft, contentRight, top);
        double y = legend.bottom() + LEGEND_GAP + chart.referenceBand();

        Font labelFont = type.regular(theme.sizes().label());
        Font valueFont = type.regular(theme.sizes().value());
        List<String> labels = items.stream().map(r -> r.item().displayLabel(chart.language)).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, type.measurer());
        double contentWidth = contentRight - contentLeft;
        double barsLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth);
        double maxSum = items.stream().mapToDouble(r -> r.measures().sum()).filter(Double::isFinite).max().orElse(100);
        // a row summing to a little over 100 (rounding) still fits
        var scale = new LinearScale(0, Math.max(100, maxSum), barsLeft, contentRight - RIGHT_INSET);
        double barHeight = theme.sizes().barHeight();

        var rows = new ArrayList<Row>();
        double rowY = y;
        for (int r = 0; r < items.size(); r++) {
            ItemResult item = items.get(r);
            String id = item.item().id();
            boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
            List<String> lines = RowLabels.lines(labels.get(r), labelFont, labelWidth, type.measurer());
            RowLabels.Frame frame = RowLabels.frame(contentWidth, rowY, type.blockHeight(lines.size(), labelFont),
                    barHeight);
            double barTop = frame.markTop();
            TextBlock label = type.block(lines, contentLeft, frame.labelTop(),
                    highlighted.contains(id) ? type.bold(theme.sizes().label()) : labelFont,
                    receding ? theme.colors().muted() : theme.colors().text(), Anchor.START);
            var segments = new ArrayList<Segment>();
            double x = barsLeft;
            for (int c = 0; c < chart.scale.size(); c++) {
                double share = item.item().share(c);
                double width = Double.isFinite(share) ? scale.span(share) : 0;
                String category = chart.scale.category(c).name();
                Color fill = DivergingBarsPlot.faded(colors.get(c), receding);
                String text = chart.share(share);
                var value = new PlacedText(text, x + width / 2, type.centredBaseline(barTop + barHeight / 2, valueFont),
                        valueFont, CategoryColors.textOn(fill, theme.colors().text()), Anchor.MIDDLE);
                boolean fits = Double.isFinite(share)
                        && type.width(text, valueFont) + 2 * DivergingBarsPlot.INSIDE_PADDING <= width;
                segments.add(new Segment(c, category, chart.categoryKey(c), share,
                        new Box(x, barTop, width, barHeight), fill, new ValueLabel(value, fits)));
                x += width;
            }
            rows.add(new Row(id, item.item().label().in(chart.language), label,
                    new Box(barsLeft, barTop, x - barsLeft, barHeight), segments));
            rowY += frame.height() + theme.sizes().rowGap();
        }
        double rowsBottom = rowY - theme.sizes().rowGap();
        BottomAxis.Layout axis = BottomAxis.layout(type, scale, y, rowsBottom + AXIS_GAP, false, chart::percentTick);

        String note = chart.spec.sort() == null
                ? chart.texts.get("note.stackedSource")
                : chart.texts.get("note.stacked", chart.texts.get("measure." + chart.spec.sort().measure().key()));
        return new StackedBarsGeometry(legend, scale, rows, y, rowsBottom, axis,
                new Box(barsLeft, y, contentRight - barsLeft, rowsBottom - y), List.of(note), AltText.stacked(chart));
    }

    @Override
    public void draw(Canvas canvas, StackedBarsGeometry plot) {
        Legend.draw(canvas, plot.legend());
        canvas.begin(SceneIds.PLOT, null);
        for (Row row : plot.rows()) {
            String id = row.itemId();
            canvas.begin(SceneIds.row(id), row.title());
            canvas.lines(SceneIds.child(SceneIds.row(id), "label"), row.label());
            for (Segment segment : row.segments()) {
                Box box = segment.box();
                canvas.rect(SceneIds.bar(id, segment.key()), box.x(), box.y(), box.width(), box.height(),
                        segment.fill());
                if (segment.label().fits()) {
                    canvas.text(SceneIds.value(id, segment.key()), segment.label().text());
                }
            }
            canvas.end();
        }
        canvas.end();
        BottomAxis.draw(canvas, plot.axis());
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.layout.StackedBarsGeometry.Row;
import dk.taktstok.chart.layout.StackedBarsGeometry.Segment;
import dk.taktstok.chart.layout.ValueLabel.Placement;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 100 % stacked bars: each item's categories side by side in the scale's order, all of one length.
 * Every top-box share is written: inside its segment, else under it.
 */
final class StackedBarsPlot implements Plot<StackedBarsGeometry> {

    /** Space between the legend and the rows. */
    private static final double LEGEND_GAP = 12;
    /** Space between the last row and the axis labels' line. */
    private static final double AXIS_GAP = 4;
    /** The bars end one unit short of the margin, so the last segment's edge is not cut. */
    private static final double RIGHT_INSET = 1;

    @Override
    public StackedBarsGeometry compute(ChartContext chart, Typesetter type, double top, Room room) {
        Theme theme = chart.theme;
        List<Color> colors = chart.colors.categories(chart.scale, chart.measures.boxes());
        List<ItemResult> items = chart.orderedItems();
        Set<String> highlighted = chart.highlighted();
        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        double contentWidth = contentRight - contentLeft;

        var entries = new ArrayList<Legend.Entry>();
        for (int c = 0; c < chart.scale.size(); c++) {
            entries.add(Legend.Entry.box(chart.categoryLabel(c), colors.get(c)));
        }
        Legend.Layout legend = Legend.layout(type, entries, contentLeft, contentRight, top);
        Box band = Bands.reference(type, chart, contentLeft, contentWidth, legend.bottom() + LEGEND_GAP, room);
        double y = band.bottom();

        Font labelFont = type.regular(theme.sizes().label());
        Font valueFont = type.regular(theme.sizes().value());
        List<String> labels = items.stream().map(r -> r.item().displayLabel(chart.language)).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentWidth, type.measurer());
        double barsLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth);
        double maxSum = items.stream().mapToDouble(r -> r.measures().sum()).filter(Double::isFinite).max().orElse(100);
        // a row summing to more than 100 is drawn as the source gives it, and marked
        var scale = new LinearScale(0, Math.max(100, maxSum), barsLeft, contentRight - RIGHT_INSET);
        double barHeight = theme.sizes().barHeight();
        double calloutHeight = type.blockHeight(1, valueFont) + Callouts.GAP;
        var shape = new RowShape(chart, type, labelFont, labelWidth, contentLeft, contentRight);

        var rows = new ArrayList<Row>();
        double rowY = y;
        for (int r = 0; r < items.size(); r++) {
            ItemResult item = items.get(r);
            String id = item.item().id();
            boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
            boolean missing = !chart.missing(item).isEmpty();
            List<Segment> across = missing ? List.of() : across(chart, type, item, colors, receding, valueFont, scale);
            boolean callouts = across.stream().anyMatch(s -> s.label().placement() == Placement.BELOW);
            RowShape.Placed placed = shape.place(item, labels.get(r), highlighted.contains(id), receding, rowY,
                    barHeight + (callouts ? calloutHeight : 0), room.below(id));
            double barTop = placed.frame().markTop();
            var segments = new ArrayList<Segment>();
            var spread = new Callouts(type);
            double middle = type.centredBaseline(barTop + barHeight / 2, valueFont);
            double under = barTop + barHeight + Callouts.GAP + type.ascent(valueFont);
            for (Segment s : across) {
                Box box = new Box(s.box().x(), barTop, s.box().width(), barHeight);
                PlacedText t = s.label().text();
                PlacedText text = s.label().placement() == Placement.BELOW ? spread.place(t, box, under)
                        : new PlacedText(t.text(), t.x(), middle, t.font(), t.color(), t.anchor());
                segments.add(new Segment(s.category(), s.name(), s.key(), s.share(), box, s.fill(),
                        new ValueLabel(text, s.label().placement())));
            }
            PlacedText gap = null;
            Box bar;
            if (missing) {
                gap = new PlacedText(chart.texts.get("missingValue"), barsLeft, type.centredBaseline(barTop + barHeight / 2,
                        valueFont), valueFont, theme.colors().muted(), Anchor.START);
                Box word = type.box(gap.text(), valueFont, gap.x(), gap.baseline(), Anchor.START);
                bar = new Box(barsLeft, barTop, word.width(), barHeight);
            } else {
                double right = segments.isEmpty() ? barsLeft : segments.getLast().box().right();
                bar = new Box(barsLeft, barTop, right - barsLeft, barHeight);
            }
            rows.add(new Row(id, item.item().label().in(chart.language), placed.label(), placed.flag(), bar, segments,
                    gap, placed.band(barsLeft), placed.below(barsLeft, room.below(id))));
            rowY += placed.frame().height() + theme.sizes().rowGap();
        }
        double rowsBottom = rowY - theme.sizes().rowGap();
        Box underRows = Bands.underRows(barsLeft, contentRight, rowsBottom, room);
        BottomAxis.Layout axis = BottomAxis.layout(type, scale, y,
                (underRows.height() > 0 ? underRows.bottom() : rowsBottom) + AXIS_GAP, false, chart::percentTick);

        var notes = new ArrayList<String>();
        notes.add(chart.spec.sort() == null
                ? chart.texts.get("note.stackedSource")
                : chart.texts.get("note.stacked", chart.texts.get("measure." + chart.spec.sort().measure().key())));
        notes.addAll(Marks.notes(chart, items));
        return new StackedBarsGeometry(legend, scale, rows, y, rowsBottom, axis,
                new Box(barsLeft, y, contentRight - barsLeft, rowsBottom - y), band, underRows, notes,
                AltText.stacked(chart), DataTables.shares(chart, items));
    }

    /** The segments side by side, each with its value inside where it fits; a top-box value that does not goes under it. */
    private static List<Segment> across(ChartContext chart, Typesetter type, ItemResult item, List<Color> colors,
                                        boolean receding, Font valueFont, LinearScale scale) {
        var segments = new ArrayList<Segment>();
        double x = scale.rangeMin();
        for (int c = 0; c < chart.scale.size(); c++) {
            double share = item.item().share(c);
            double width = scale.span(share);
            Color fill = DivergingBarsPlot.faded(colors.get(c), receding);
            String text = chart.share(share);
            boolean fits = type.width(text, valueFont) + 2 * DivergingBarsPlot.INSIDE_PADDING <= width;
            boolean story = chart.measures.boxes().isTop(c);
            Placement placement = fits ? Placement.INSIDE : story ? Placement.BELOW : Placement.NONE;
            Color color = fits ? CategoryColors.textOn(fill, chart.theme.colors().text())
                    : CategoryColors.asText(colors.get(c), chart.theme.colors().background());
            segments.add(new Segment(c, chart.scale.category(c).name(), chart.categoryKey(c), share,
                    new Box(x, 0, width, 0), fill,
                    new ValueLabel(new PlacedText(text, x + width / 2, 0, valueFont, color, Anchor.MIDDLE), placement)));
            x += width;
        }
        return segments;
    }

    @Override
    public void draw(Canvas canvas, StackedBarsGeometry plot) {
        Legend.draw(canvas, plot.legend());
        canvas.begin(SceneIds.PLOT, null);
        for (Row row : plot.rows()) {
            String id = row.itemId();
            canvas.begin(SceneIds.row(id), row.title());
            canvas.lines(SceneIds.child(SceneIds.row(id), "label"), row.label());
            if (row.flag() != null) {
                canvas.lines(SceneIds.child(SceneIds.row(id), "flag"), row.flag());
            }
            if (row.missing() != null) {
                canvas.text(SceneIds.child(SceneIds.row(id), "missing"), row.missing());
            }
            for (Segment segment : row.segments()) {
                Box box = segment.box();
                canvas.rect(SceneIds.bar(id, segment.key()), box.x(), box.y(), box.width(), box.height(),
                        segment.fill());
                if (segment.label().shown()) {
                    canvas.text(SceneIds.value(id, segment.key()), segment.label().text());
                }
            }
            canvas.end();
        }
        canvas.end();
        BottomAxis.drawLabels(canvas, plot.axis());
    }

    @Override
    public void drawGuides(Canvas canvas, StackedBarsGeometry plot) {
        BottomAxis.drawGrid(canvas, plot.axis());
    }
}

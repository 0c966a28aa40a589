package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Row;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Rule;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Segment;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Side;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Scale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diverging stacked bars: the top box to the right of a centre line, the bottom box to the left, a
 * middle category split across the line, "don't know" in a column of its own at the right. Each half's
 * total is written at its end. One scale for all three, so equal shares are equally long.
 */
final class DivergingBarsPlot implements Plot<DivergingBarsGeometry> {

    /** Space between a bar's end and its total. */
    private static final double TOTAL_GAP = 5;
    /** Space between the top box's totals and the "don't know" column. */
    private static final double DONT_KNOW_GAP = 18;
    /** The least space left and right of a value inside its segment. */
    static final double INSIDE_PADDING = 3;
    /** Space between the legend and the rows. */
    private static final double LEGEND_GAP = 8;
    /** Space between the "don't know" heading and the first row. */
    private static final double HEADING_GAP = 4;
    /** How far the centre line reaches above the first row and below the last. */
    private static final double CENTRE_OVERHANG = 4;
    /** How pale the bars of items that are not highlighted become: the share of their colour kept. */
    private static final double RECEDING_TINT = 0.3;

    @Override
    public DivergingBarsGeometry compute(ChartContext chart, Typesetter type, double top) {
        Theme theme = chart.theme;
        Scale scale = chart.scale;
        ScaleBoxes boxes = chart.measures.boxes();
        List<Color> colors = CategoryColors.of(scale, boxes, theme.colors());
        List<ItemResult> items = chart.orderedItems();
        Set<String> highlighted = chart.highlighted();

        List<Integer> right = sortedByScore(scale, boxes.topBox(), false);   // nearest the centre first
        List<Integer> left = sortedByScore(scale, boxes.bottomBox(), true);  // nearest the centre first
        List<Integer> middle = boxes.substantive().stream()
                .filter(i -> !boxes.isTop(i) && !boxes.isBottom(i)).toList();
        List<Integer> dontKnow = boxes.dontKnow();

        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        Legend.Layout legend = Legend.layout(type, legend(chart, colors, left, middle, right, dontKnow), contentLeft,
                contentRight, top);
        double y = legend.bottom() + LEGEND_GAP + chart.referenceBand();

        Font labelFont = type.regular(theme.sizes().label());
        Font valueFont = type.regular(theme.sizes().value());
        Font totalFont = type.bold(theme.sizes().value());
        List<String> labels = items.stream().map(r -> r.item().displayLabel(chart.language)).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, type.measurer());
        double totalSpace = type.width(chart.percent(100), totalFont) + TOTAL_GAP;

        double leftExtent = 0;
        double rightExtent = 0;
        double dontKnowExtent = 0;
        for (ItemResult item : items) {
            double middleHalf = sum(item, middle) / 2;
            leftExtent = Math.max(leftExtent, sum(item, left) + middleHalf);
            rightExtent = Math.max(rightExtent, sum(item, right) + middleHalf);
            dontKnowExtent = Math.max(dontKnowExtent, sum(item, dontKnow));
        }
        double dontKnowLabel = dontKnow.isEmpty() ? 0 : type.width(chart.share(100), valueFont) + TOTAL_GAP;
        double dontKnowHeader = dontKnow.isEmpty() ? 0 : type.width(dontKnowTitle(chart, dontKnow), valueFont);
        double contentWidth = contentRight - contentLeft;
        double barsLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth) + totalSpace;
        double available = contentRight - barsLeft - totalSpace - (dontKnow.isEmpty() ? 0 : DONT_KNOW_GAP + dontKnowLabel);
        double unit = available / Math.max(1e-9, leftExtent + rightExtent + dontKnowExtent);
        double center = barsLeft + leftExtent * unit;
        double barsRight = center + rightExtent * unit;
        double dontKnowLeft = barsRight + totalSpace + DONT_KNOW_GAP;
        // the "don't know" heading may be wider than its bars: keep it inside the chart
        double dontKnowHeaderX = Math.min(dontKnowLeft, contentRight - dontKnowHeader);

        double rowsTop = y;
        TextBlock heading = null;
        if (!dontKnow.isEmpty()) {
            heading = type.block(List.of(dontKnowTitle(chart, dontKnow)), dontKnowHeaderX, y, valueFont,
                    theme.colors().muted(), Anchor.START);
            rowsTop = heading.bottom() + HEADING_GAP;
        }
        var rows = new ArrayList<Row>();
        double rowY = rowsTop;
        double barHeight = theme.sizes().barHeight();
        for (int r = 0; r < items.size(); r++) {
            ItemResult item = items.get(r);
            String id = item.item().id();
            boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
            List<String> lines = RowLabels.lines(labels.get(r), labelFont, labelWidth, type.measurer());
            RowLabels.Frame frame = RowLabels.frame(contentWidth, rowY, type.blockHeight(lines.size(), labelFont),
                    barHeight);
            double barTop = frame.markTop();
            double barMiddle = barTop + barHeight / 2;
            Font rowFont = highlighted.contains(id) ? type.bold(theme.sizes().label()) : labelFont;
            TextBlock label = type.block(lines, contentLeft, frame.labelTop(), rowFont,
                    receding ? theme.colors().muted() : theme.colors().text(), Anchor.START);

            var segments = new ArrayList<Segment>();
            double middleHalf = sum(item, middle) / 2;
            double rightEnd = center + middleHalf * unit;
            double leftEnd = center - middleHalf * unit;
            var bars = new Bars(chart, type, item, colors, receding, valueFont, barTop, barHeight);
            for (int c : middle) {
                double w = item.item().share(c) / 2 * unit;
                segments.add(bars.segment(c, Side.MIDDLE, center - w, 2 * w));
            }
            for (int c : right) {
                double w = item.item().share(c) * unit;
                segments.add(bars.segment(c, Side.TOP, rightEnd, w));
                rightEnd += w;
            }
            for (int c : left) {
                double w = item.item().share(c) * unit;
                leftEnd -= w;
                segments.add(bars.segment(c, Side.BOTTOM, leftEnd, w));
            }
            double totalBaseline = type.centredBaseline(barMiddle, totalFont);
            var bottomTotal = new PlacedText(chart.percent(sum(item, left)), leftEnd - TOTAL_GAP, totalBaseline,
                    totalFont, theme.colors().muted(), Anchor.END);
            var topTotal = new PlacedText(chart.percent(sum(item, right)), rightEnd + TOTAL_GAP, totalBaseline,
                    totalFont, theme.colors().text(), Anchor.START);
            double dontKnowEnd = dontKnowLeft;
            for (int c : dontKnow) {
                double w = item.item().share(c) * unit;
                segments.add(bars.apart(c, dontKnowEnd, w));
                dontKnowEnd += w;
            }
            PlacedText dontKnowTotal = dontKnow.isEmpty() ? null : new PlacedText(chart.share(sum(item, dontKnow)),
                    dontKnowEnd + TOTAL_GAP, type.centredBaseline(barMiddle, valueFont), valueFont,
                    theme.colors().muted(), Anchor.START);
            rows.add(new Row(id, item.item().label().in(chart.language), label,
                    new Box(leftEnd, barTop, rightEnd - leftEnd, barHeight), segments, bottomTotal, topTotal,
                    dontKnowTotal));
            rowY += frame.height() + theme.sizes().rowGap();
        }
        double rowsBottom = rowY - theme.sizes().rowGap();
        var centreLine = new Rule(center, rowsTop - CENTRE_OVERHANG, rowsBottom + CENTRE_OVERHANG);

        var notes = List.of(chart.texts.get(dontKnow.isEmpty() ? "note.divergingNoDontKnow" : "note.diverging",
                names(chart, boxes.topBox()), names(chart, boxes.bottomBox()), names(chart, dontKnow)));
        return new DivergingBarsGeometry(legend, unit, center, heading, rows, rowsTop, rowsBottom, centreLine,
                new Box(barsLeft, rowsTop, contentRight - barsLeft, rowsBottom - rowsTop), notes,
                AltText.diverging(chart));
    }

    /** The segments of one row: colour, box and value label of each category. */
    private record Bars(ChartContext chart, Typesetter type, ItemResult item, List<Color> colors, boolean receding,
                        Font valueFont, double top, double height) {

        Segment segment(int c, Side side, double x, double width) {
            Color fill = faded(colors.get(c), receding);
            double share = item.item().share(c);
            String text = chart.share(share);
            var value = new PlacedText(text, x + width / 2, type.centredBaseline(top + height / 2, valueFont),
                    valueFont, CategoryColors.textOn(fill, chart.theme.colors().text()), Anchor.MIDDLE);
            boolean fits = type.width(text, valueFont) + 2 * INSIDE_PADDING <= width;
            return new Segment(c, name(c), chart.categoryKey(c), side, share, new Box(x, top, width, height), fill,
                    new ValueLabel(value, fits));
        }

        /** A segment of the "don't know" column, whose share is written after the column. */
        Segment apart(int c, double x, double width) {
            return new Segment(c, name(c), chart.categoryKey(c), Side.DONT_KNOW, item.item().share(c),
                    new Box(x, top, width, height), faded(colors.get(c), receding), null);
        }

        private String name(int c) {
            return chart.scale.category(c).name();
        }
    }

    @Override
    public void draw(Canvas canvas, DivergingBarsGeometry plot) {
        Theme theme = canvas.theme();
        Legend.draw(canvas, plot.legend());
        canvas.begin(SceneIds.PLOT, null);
        if (plot.dontKnowHeading() != null) {
            canvas.lines(SceneIds.DONT_KNOW_HEADING, plot.dontKnowHeading());
        }
        for (Row row : plot.rows()) {
            String id = row.itemId();
            canvas.begin(SceneIds.row(id), row.title());
            canvas.lines(SceneIds.child(SceneIds.row(id), "label"), row.label());
            for (Segment segment : row.segments()) {
                if (segment.side() != Side.DONT_KNOW) {
                    drawSegment(canvas, id, segment, plot.centre());
                }
            }
            canvas.text(SceneIds.total(id, false), row.bottomTotal());
            canvas.text(SceneIds.total(id, true), row.topTotal());
            for (Segment segment : row.on(Side.DONT_KNOW)) {
                Box box = segment.box();
                canvas.rect(SceneIds.bar(id, segment.key()), box.x(), box.y(), box.width(), box.height(),
                        segment.fill());
            }
            if (row.dontKnowTotal() != null) {
                canvas.text(SceneIds.dontKnowTotal(id), row.dontKnowTotal());
            }
            canvas.end();
        }
        Rule centre = plot.centreLine();
        canvas.line(SceneIds.CENTRE_LINE, centre.x(), centre.top(), centre.x(), centre.bottom(),
                Stroke.solid(theme.colors().axis(), 1));
        canvas.end();
    }

    /** A segment and its value, if the value fits; a middle category's segment in two halves, one each side. */
    private static void drawSegment(Canvas canvas, String itemId, Segment segment, double centre) {
        Box box = segment.box();
        String id = SceneIds.bar(itemId, segment.key());
        if (segment.side() == Side.MIDDLE) {
            canvas.rect(SceneIds.child(id, "left"), box.x(), box.y(), centre - box.x(), box.height(), segment.fill());
            canvas.rect(SceneIds.child(id, "right"), centre, box.y(), box.right() - centre, box.height(), segment.fill());
        } else {
            canvas.rect(id, box.x(), box.y(), box.width(), box.height(), segment.fill());
        }
        if (segment.label().fits()) {
            canvas.text(SceneIds.value(itemId, segment.key()), segment.label().text());
        }
    }

    private static List<Legend.Entry> legend(ChartContext chart, List<Color> colors, List<Integer> left,
                                             List<Integer> middle, List<Integer> right, List<Integer> dontKnow) {
        var order = new ArrayList<Integer>(left.reversed());
        order.addAll(middle);
        order.addAll(right);
        order.addAll(dontKnow);
        return order.stream().map(i -> new Legend.Entry(chart.categoryLabel(i), colors.get(i))).toList();
    }

    private static String dontKnowTitle(ChartContext chart, List<Integer> dontKnow) {
        return dontKnow.stream().map(chart::categoryLabel).collect(Collectors.joining(", "));
    }

    static String names(ChartContext chart, List<Integer> categories) {
        return categories.stream().map(chart::categoryLabel).collect(Collectors.joining(" + "));
    }

    private static List<Integer> sortedByScore(Scale scale, List<Integer> categories, boolean descending) {
        Comparator<Integer> byScore = Comparator.comparingDouble(i -> scale.category(i).score());
        return categories.stream().sorted(descending ? byScore.reversed() : byScore).toList();
    }

    private static double sum(ItemResult item, List<Integer> categories) {
        double total = 0;
        for (int c : categories) {
            total += item.item().share(c);
        }
        return total;
    }

    /** Items that are not highlighted recede to a pale tint of their colours (opaque, so grid lines stay behind). */
    static Color faded(Color color, boolean receding) {
        return receding ? color.tint(RECEDING_TINT) : color;
    }
}

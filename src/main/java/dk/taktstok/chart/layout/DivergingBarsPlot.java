package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Ids;
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
final class DivergingBarsPlot implements Plot {

    private static final double TOTAL_GAP = 5;
    private static final double DONT_KNOW_GAP = 18;
    private static final double INSIDE_PADDING = 3;

    @Override
    public Result draw(Canvas canvas, ChartContext chart, double top) {
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
        double y = Legend.draw(canvas, legend(chart, colors, left, middle, right, dontKnow), contentLeft,
                contentRight, top) + 8 + chart.referenceBand();

        Font labelFont = canvas.regular(theme.sizes().label());
        Font valueFont = canvas.regular(theme.sizes().value());
        Font totalFont = canvas.bold(theme.sizes().value());
        List<String> labels = items.stream().map(r -> r.item().displayLabel(chart.language)).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, canvas.measurer());
        double totalSpace = canvas.measurer().width(chart.percent(100), totalFont) + TOTAL_GAP;

        double leftExtent = 0;
        double rightExtent = 0;
        double dontKnowExtent = 0;
        for (ItemResult item : items) {
            double middleHalf = sum(item, middle) / 2;
            leftExtent = Math.max(leftExtent, sum(item, left) + middleHalf);
            rightExtent = Math.max(rightExtent, sum(item, right) + middleHalf);
            dontKnowExtent = Math.max(dontKnowExtent, sum(item, dontKnow));
        }
        double dontKnowLabel = dontKnow.isEmpty() ? 0 : canvas.measurer().width(chart.share(100), valueFont) + TOTAL_GAP;
        double dontKnowHeader = dontKnow.isEmpty() ? 0 : canvas.measurer().width(dontKnowTitle(chart, dontKnow),
                canvas.regular(theme.sizes().value()));
        double contentWidth = contentRight - contentLeft;
        double barsLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth) + totalSpace;
        double available = contentRight - barsLeft - totalSpace - (dontKnow.isEmpty() ? 0 : DONT_KNOW_GAP + dontKnowLabel);
        double unit = available / Math.max(1e-9, leftExtent + rightExtent + dontKnowExtent);
        double center = barsLeft + leftExtent * unit;
        double barsRight = center + rightExtent * unit;
        double dontKnowLeft = barsRight + totalSpace + DONT_KNOW_GAP;
        // the "don't know" heading may be wider than its bars: keep it inside the chart
        double dontKnowHeaderX = Math.min(dontKnowLeft, contentRight - dontKnowHeader);

        canvas.begin("plot", null);
        double rowsTop = y;
        if (!dontKnow.isEmpty()) {
            Font headerFont = canvas.regular(theme.sizes().value());
            rowsTop = canvas.lines("plot/dontknow-heading", List.of(dontKnowTitle(chart, dontKnow)), dontKnowHeaderX,
                    y, headerFont, theme.colors().muted(), Anchor.START) + 4;
        }
        var anchors = new Anchors();
        double rowY = rowsTop;
        double barHeight = theme.sizes().barHeight();
        for (int r = 0; r < items.size(); r++) {
            ItemResult item = items.get(r);
            String id = item.item().id();
            boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
            List<String> lines = RowLabels.lines(labels.get(r), labelFont, labelWidth, canvas.measurer());
            RowLabels.Frame frame = RowLabels.frame(contentWidth, rowY, canvas.blockHeight(lines.size(), labelFont),
                    barHeight);
            double rowHeight = frame.height();
            double barTop = frame.markTop();
            double barMiddle = barTop + barHeight / 2;
            Font rowFont = highlighted.contains(id) ? canvas.bold(theme.sizes().label()) : labelFont;
            canvas.begin("plot/row/" + id, item.item().label().in(chart.language));
            canvas.lines("plot/row/" + id + "/label", lines, contentLeft, frame.labelTop(), rowFont,
                    receding ? theme.colors().muted() : theme.colors().text(), Anchor.START);

            double middleHalf = sum(item, middle) / 2;
            double rightEnd = center + middleHalf * unit;
            double leftEnd = center - middleHalf * unit;
            for (int c : middle) {
                double w = item.item().share(c) / 2 * unit;
                segment(canvas, chart, item, c, center - w, barTop, w, colors, receding, "-left", null, valueFont);
                segment(canvas, chart, item, c, center, barTop, w, colors, receding, "-right", null, valueFont);
                label(canvas, chart, item, c, center - w, barTop, 2 * w, faded(colors.get(c), receding), valueFont,
                        anchors);
            }
            for (int c : right) {
                double w = item.item().share(c) * unit;
                segment(canvas, chart, item, c, rightEnd, barTop, w, colors, receding, "", anchors, valueFont);
                rightEnd += w;
            }
            for (int c : left) {
                double w = item.item().share(c) * unit;
                leftEnd -= w;
                segment(canvas, chart, item, c, leftEnd, barTop, w, colors, receding, "", anchors, valueFont);
            }
            double baseline = barMiddle + (canvas.measurer().ascent(totalFont) - canvas.measurer().descent(totalFont)) / 2;
            canvas.text("plot/total/" + id + "/bottom", leftEnd - TOTAL_GAP, baseline,
                    chart.percent(sum(item, left)), totalFont, theme.colors().muted(), Anchor.END);
            canvas.text("plot/total/" + id + "/top", rightEnd + TOTAL_GAP, baseline,
                    chart.percent(sum(item, right)), totalFont, theme.colors().text(), Anchor.START);
            double dontKnowEnd = dontKnowLeft;
            for (int c : dontKnow) {
                double w = item.item().share(c) * unit;
                canvas.rect("plot/bar/" + id + "/" + Ids.slug(scale.category(c).name()), dontKnowEnd, barTop, w,
                        barHeight, faded(colors.get(c), receding));
                anchors.put(id, scale.category(c).name(), new Anchors.Point(dontKnowEnd + w / 2, barMiddle,
                        new Box(dontKnowEnd, barTop, w, barHeight)));
                dontKnowEnd += w;
            }
            if (!dontKnow.isEmpty()) {
                canvas.text("plot/value/" + id + "/dontknow", dontKnowEnd + TOTAL_GAP,
                        barMiddle + (canvas.measurer().ascent(valueFont) - canvas.measurer().descent(valueFont)) / 2,
                        chart.share(sum(item, dontKnow)), valueFont, theme.colors().muted(), Anchor.START);
            }
            anchors.put(id, new Anchors.Point(rightEnd, barMiddle, new Box(leftEnd, barTop, rightEnd - leftEnd, barHeight)));
            canvas.end();
            rowY += rowHeight + theme.sizes().rowGap();
        }
        double rowsBottom = rowY - theme.sizes().rowGap();
        canvas.line("plot/centre", center, rowsTop - 4, center, rowsBottom + 4, Stroke.solid(theme.colors().axis(), 1));
        canvas.end();

        var axis = new ValueAxis(new LinearScale(0, 100, center, center + 100 * unit), rowsTop, rowsBottom);
        var notes = new ArrayList<String>();
        notes.add(chart.texts.get(dontKnow.isEmpty() ? "note.divergingNoDontKnow" : "note.diverging",
                names(chart, boxes.topBox()), names(chart, boxes.bottomBox()), names(chart, dontKnow)));
        return new Result(new Box(barsLeft, rowsTop, contentRight - barsLeft, rowsBottom - rowsTop), axis,
                rowsBottom + 4, anchors, notes, AltText.diverging(chart));
    }

    private static void segment(Canvas canvas, ChartContext chart, ItemResult item, int c, double x, double top,
                                double width, List<Color> colors, boolean receding, String suffix, Anchors anchors,
                                Font valueFont) {
        String id = item.item().id();
        String category = Ids.slug(chart.scale.category(c).name());
        canvas.rect("plot/bar/" + id + "/" + category + suffix, x, top, width, chart.theme.sizes().barHeight(),
                faded(colors.get(c), receding));
        if (anchors != null) {
            label(canvas, chart, item, c, x, top, width, faded(colors.get(c), receding), valueFont, anchors);
        }
    }

    /** The share inside its segment, if it fits there; registers the segment as an anchor. */
    private static void label(Canvas canvas, ChartContext chart, ItemResult item, int c, double x, double top,
                              double width, Color fill, Font font, Anchors anchors) {
        double height = chart.theme.sizes().barHeight();
        String name = chart.scale.category(c).name();
        anchors.put(item.item().id(), name, new Anchors.Point(x + width / 2, top + height / 2,
                new Box(x, top, width, height)));
        String text = chart.share(item.item().share(c));
        if (canvas.measurer().width(text, font) + 2 * INSIDE_PADDING > width) {
            return;
        }
        double baseline = top + height / 2 + (canvas.measurer().ascent(font) - canvas.measurer().descent(font)) / 2;
        canvas.text("plot/value/" + item.item().id() + "/" + Ids.slug(name), x + width / 2, baseline, text, font,
                CategoryColors.textOn(fill, chart.theme.colors().text()), Anchor.MIDDLE);
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
        return receding ? color.tint(0.3) : color;
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Row;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Segment;
import dk.taktstok.chart.layout.DivergingBarsGeometry.Side;
import dk.taktstok.chart.layout.ValueLabel.Placement;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Scale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diverging stacked bars: the top box to the right of a centre line, the bottom box to the left, a
 * middle category split across the line, "don't know" and other non-answers in a column of their own at
 * the right. Each half's total is written at its end. One scale for all three, so equal shares are
 * equally long. Every top-box share is written: inside its segment, else past the bar's end (the
 * outermost) or under the segment.
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
    /** Space between a bar's end and a share written past it, and between that share and the total. */
    private static final double OUTSIDE_GAP = 4;

    @Override
    public DivergingBarsGeometry compute(ChartContext chart, Typesetter type, double top, Room room) {
        Theme theme = chart.theme;
        Scale scale = chart.scale;
        ScaleBoxes boxes = chart.measures.boxes();
        List<Color> colors = chart.colors.categories(scale, boxes);
        List<ItemResult> items = chart.orderedItems();
        Set<String> highlighted = chart.highlighted();
        var sides = new Sides(sortedByScore(scale, boxes.bottomBox(), true),
                boxes.substantive().stream().filter(i -> !boxes.isTop(i) && !boxes.isBottom(i)).toList(),
                sortedByScore(scale, boxes.topBox(), false), boxes.dontKnow());

        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        double contentWidth = contentRight - contentLeft;
        Legend.Layout legend = Legend.layout(type, legend(chart, colors, sides), contentLeft, contentRight, top);
        Box band = Bands.reference(type, chart, contentLeft, contentWidth, legend.bottom() + LEGEND_GAP, room);

        Font labelFont = type.regular(theme.sizes().label());
        Font valueFont = type.regular(theme.sizes().value());
        Font totalFont = type.bold(theme.sizes().value());
        List<String> labels = items.stream().map(r -> r.item().displayLabel(chart.language)).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentWidth, type.measurer());
        double totalSpace = type.width(chart.percent(100), totalFont) + TOTAL_GAP;

        double leftExtent = 0;
        double rightExtent = 0;
        double dontKnowExtent = 0;
        for (ItemResult item : items) {
            if (!chart.missing(item).isEmpty()) {
                continue;
            }
            double middleHalf = sum(item, sides.middle()) / 2;
            leftExtent = Math.max(leftExtent, sum(item, sides.bottom()) + middleHalf);
            rightExtent = Math.max(rightExtent, sum(item, sides.top()) + middleHalf);
            dontKnowExtent = Math.max(dontKnowExtent, sum(item, sides.apart()));
        }
        double dontKnowLabel = sides.apart().isEmpty() ? 0 : type.width(chart.share(100), valueFont) + TOTAL_GAP;
        double dontKnowHeader = sides.apart().isEmpty() ? 0 : type.width(dontKnowTitle(chart, sides.apart()), valueFont);
        double barsLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth) + totalSpace;
        double fixed = contentRight - barsLeft - totalSpace
                - (sides.apart().isEmpty() ? 0 : DONT_KNOW_GAP + dontKnowLabel);
        double extent = Math.max(1e-9, leftExtent + rightExtent + dontKnowExtent);
        // the outermost top-box share goes past the bar's end where it does not fit inside: keep room for it
        double outside = outsideRoom(chart, type, items, sides, valueFont, fixed / extent);
        double unit = (fixed - outside) / extent;
        double center = barsLeft + leftExtent * unit;
        double barsRight = center + rightExtent * unit;
        double dontKnowLeft = barsRight + outside + totalSpace + DONT_KNOW_GAP;
        // the "don't know" heading may be wider than its bars: keep it inside the chart
        double dontKnowHeaderX = Math.min(dontKnowLeft, contentRight - dontKnowHeader);

        double rowsTop = band.bottom();
        TextBlock heading = null;
        if (!sides.apart().isEmpty()) {
            heading = type.block(List.of(dontKnowTitle(chart, sides.apart())), dontKnowHeaderX, rowsTop, valueFont,
                    theme.colors().muted(), Anchor.START);
            rowsTop = heading.bottom() + HEADING_GAP;
        }
        var rows = new ArrayList<Row>();
        double rowY = rowsTop;
        double barHeight = theme.sizes().barHeight();
        double calloutHeight = type.blockHeight(1, valueFont) + Callouts.GAP;
        var shape = new RowShape(chart, type, labelFont, labelWidth, contentLeft, contentRight);
        for (int r = 0; r < items.size(); r++) {
            ItemResult item = items.get(r);
            String id = item.item().id();
            boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
            var bars = new Bars(chart, type, item, colors, receding, valueFont);
            List<Segment> segments = chart.missing(item).isEmpty()
                    ? bars.across(sides, center, unit, dontKnowLeft) : List.of();
            boolean callouts = segments.stream().anyMatch(s -> s.label() != null && s.label().placement() == Placement.BELOW);
            RowShape.Placed placed = shape.place(item, labels.get(r), highlighted.contains(id), receding, rowY,
                    barHeight + (callouts ? calloutHeight : 0), room.below(id));
            double barTop = placed.frame().markTop();
            segments = bars.at(segments, barTop, barHeight);
            Row row;
            if (segments.isEmpty()) {
                PlacedText gap = Bars.missing(chart, type, center, barTop + barHeight / 2, valueFont);
                Box box = type.box(gap.text(), gap.font(), gap.x(), gap.baseline(), gap.anchor());
                row = new Row(id, item.item().label().in(chart.language), placed.label(), placed.flag(),
                        new Box(box.x(), barTop, box.width(), barHeight), List.of(), null, null, null, gap,
                        placed.band(barsLeft), placed.below(barsLeft, room.below(id)));
            } else {
                row = bars.row(id, item.item().label().in(chart.language), placed, segments, sides, barsLeft,
                        room.below(id), totalFont);
            }
            rows.add(row);
            rowY += placed.frame().height() + theme.sizes().rowGap();
        }
        double rowsBottom = rowY - theme.sizes().rowGap();
        var centreLine = new DivergingBarsGeometry.Rule(center, rowsTop - CENTRE_OVERHANG,
                rowsBottom + CENTRE_OVERHANG);
        Box underRows = Bands.underRows(barsLeft, contentRight, rowsBottom + CENTRE_OVERHANG, room);

        var notes = new ArrayList<String>(List.of(chart.texts.get(sides.apart().isEmpty()
                        ? "note.divergingNoDontKnow" : "note.diverging",
                names(chart, boxes.topBox()), names(chart, boxes.bottomBox()), names(chart, sides.apart()))));
        notes.addAll(Marks.notes(chart, items));
        return new DivergingBarsGeometry(legend, unit, center, heading, rows, rowsTop, rowsBottom, centreLine,
                new Box(barsLeft, rowsTop, contentRight - barsLeft, rowsBottom - rowsTop), band, underRows,
                underRows.bottom(), notes, AltText.diverging(chart), DataTables.shares(chart, items));
    }

    /** The categories on each side: bottom box and top box from the centre outwards, the middle, those apart. */
    record Sides(List<Integer> bottom, List<Integer> middle, List<Integer> top, List<Integer> apart) {
    }

    /**
     * Room past the bars' right end for the outermost top-box share of any row where it does not fit in
     * its segment; none when every one fits.
     */
    private static double outsideRoom(ChartContext chart, Typesetter type, List<ItemResult> items, Sides sides,
                                      Font valueFont, double unit) {
        if (sides.top().isEmpty()) {
            return 0;
        }
        int outer = sides.top().getLast();
        double widest = 0;
        boolean needed = false;
        for (ItemResult item : items) {
            if (!chart.missing(item).isEmpty()) {
                continue;
            }
            double width = type.width(chart.share(item.item().share(outer)), valueFont);
            widest = Math.max(widest, width);
            needed |= width + 2 * INSIDE_PADDING > item.item().share(outer) * unit;
        }
        return needed ? widest + OUTSIDE_GAP : 0;
    }

    /** The segments of one row: colour, box and value label of each category. */
    private record Bars(ChartContext chart, Typesetter type, ItemResult item, List<Color> colors, boolean receding,
                        Font valueFont) {

        /** Every segment's x and width, and where its value goes; their y comes once the row is placed. */
        List<Segment> across(Sides sides, double center, double unit, double dontKnowLeft) {
            var segments = new ArrayList<Segment>();
            double middleHalf = sum(item, sides.middle()) / 2;
            for (int c : sides.middle()) {
                double w = item.item().share(c) / 2 * unit;
                segments.add(segment(c, Side.MIDDLE, center - w, 2 * w, Placement.NONE));
            }
            double rightEnd = center + middleHalf * unit;
            for (int i = 0; i < sides.top().size(); i++) {
                int c = sides.top().get(i);
                double w = item.item().share(c) * unit;
                boolean outermost = i == sides.top().size() - 1;
                segments.add(segment(c, Side.TOP, rightEnd, w, outermost ? Placement.OUTSIDE : Placement.BELOW));
                rightEnd += w;
            }
            double leftEnd = center - middleHalf * unit;
            for (int c : sides.bottom()) {
                double w = item.item().share(c) * unit;
                leftEnd -= w;
                segments.add(segment(c, Side.BOTTOM, leftEnd, w, Placement.NONE));
            }
            double dontKnowEnd = dontKnowLeft;
            for (int c : sides.apart()) {
                double w = item.item().share(c) * unit;
                segments.add(new Segment(c, name(c), chart.categoryKey(c), Side.DONT_KNOW, item.item().share(c),
                        new Box(dontKnowEnd, 0, w, 0), faded(colors.get(c), receding), null));
                dontKnowEnd += w;
            }
            return segments;
        }

        /** A segment with its value inside where it fits, else where a story's value goes ({@code otherwise}). */
        private Segment segment(int c, Side side, double x, double width, Placement otherwise) {
            Color fill = faded(colors.get(c), receding);
            double share = item.item().share(c);
            String text = chart.share(share);
            boolean fits = type.width(text, valueFont) + 2 * INSIDE_PADDING <= width;
            Placement placement = fits ? Placement.INSIDE : otherwise;
            Color color = fits ? CategoryColors.textOn(fill, chart.theme.colors().text())
                    : CategoryColors.asText(colors.get(c), chart.theme.colors().background());
            var value = new PlacedText(text, x + width / 2, 0, valueFont, color, Anchor.MIDDLE);
            return new Segment(c, name(c), chart.categoryKey(c), side, share, new Box(x, 0, width, 0), fill,
                    new ValueLabel(value, placement));
        }

        /** The segments at their row's height, values under the bar spread so that none overlaps another. */
        List<Segment> at(List<Segment> segments, double top, double height) {
            double middle = type.centredBaseline(top + height / 2, valueFont);
            double below = top + height + Callouts.GAP + type.ascent(valueFont);
            var placed = new ArrayList<Segment>();
            var callouts = new Callouts(type);
            double barRight = segments.stream().filter(s -> s.side() != Side.DONT_KNOW)
                    .mapToDouble(s -> s.box().right()).max().orElse(0);
            for (Segment s : segments) {
                Box box = new Box(s.box().x(), top, s.box().width(), height);
                ValueLabel label = s.label();
                if (label != null) {
                    PlacedText t = label.text();
                    PlacedText moved = switch (label.placement()) {
                        case INSIDE, NONE -> new PlacedText(t.text(), t.x(), middle, t.font(), t.color(), t.anchor());
                        case OUTSIDE -> new PlacedText(t.text(), barRight + OUTSIDE_GAP, middle, t.font(), t.color(),
                                Anchor.START);
                        case BELOW -> callouts.place(t, box, below);
                    };
                    label = new ValueLabel(moved, label.placement());
                }
                placed.add(new Segment(s.category(), s.name(), s.key(), s.side(), s.share(), box, s.fill(), label));
            }
            return placed;
        }

        Row row(String id, String title, RowShape.Placed placed, List<Segment> segments, Sides sides, double barsLeft,
                double below, Font totalFont) {
            double barTop = segments.getFirst().box().y();
            double barHeight = segments.getFirst().box().height();
            double left = segments.stream().filter(s -> s.side() != Side.DONT_KNOW).mapToDouble(s -> s.box().x())
                    .min().orElse(0);
            double right = segments.stream().filter(s -> s.side() != Side.DONT_KNOW)
                    .mapToDouble(s -> s.box().right()).max().orElse(0);
            // the total follows the bar, or the share written past its end
            double totalX = right + TOTAL_GAP;
            for (Segment s : segments) {
                if (s.label() != null && s.label().placement() == Placement.OUTSIDE) {
                    PlacedText t = s.label().text();
                    totalX = t.x() + type.width(t.text(), t.font()) + OUTSIDE_GAP;
                }
            }
            double baseline = type.centredBaseline(barTop + barHeight / 2, totalFont);
            Theme theme = chart.theme;
            var bottomTotal = new PlacedText(chart.percent(sum(item, sides.bottom())), left - TOTAL_GAP, baseline,
                    totalFont, theme.colors().muted(), Anchor.END);
            var topTotal = new PlacedText(chart.percent(sum(item, sides.top())), totalX, baseline,
                    totalFont, theme.colors().text(), Anchor.START);
            PlacedText dontKnowTotal = null;
            List<Segment> apart = segments.stream().filter(s -> s.side() == Side.DONT_KNOW).toList();
            if (!apart.isEmpty()) {
                double end = apart.getLast().box().right();
                dontKnowTotal = new PlacedText(chart.share(sum(item, sides.apart())), end + TOTAL_GAP,
                        type.centredBaseline(barTop + barHeight / 2, valueFont), valueFont, theme.colors().muted(),
                        Anchor.START);
            }
            return new Row(id, title, placed.label(), placed.flag(), new Box(left, barTop, right - left, barHeight),
                    segments, bottomTotal, topTotal, dontKnowTotal, null, placed.band(barsLeft),
                    placed.below(barsLeft, below));
        }

        /** In place of the bar of an item with a share missing: a gap with the word for it. */
        static PlacedText missing(ChartContext chart, Typesetter type, double x, double middle, Font font) {
            return new PlacedText(chart.texts.get("missingValue"), x, type.centredBaseline(middle, font), font,
                    chart.theme.colors().muted(), Anchor.MIDDLE);
        }

        private String name(int c) {
            return chart.scale.category(c).name();
        }
    }

    @Override
    public void draw(Canvas canvas, DivergingBarsGeometry plot) {
        Legend.draw(canvas, plot.legend());
        canvas.begin(SceneIds.PLOT, null);
        if (plot.dontKnowHeading() != null) {
            canvas.lines(SceneIds.DONT_KNOW_HEADING, plot.dontKnowHeading());
        }
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
                if (segment.side() != Side.DONT_KNOW) {
                    drawSegment(canvas, id, segment, plot.centre());
                }
            }
            if (row.bottomTotal() != null) {
                canvas.text(SceneIds.total(id, false), row.bottomTotal());
                canvas.text(SceneIds.total(id, true), row.topTotal());
            }
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
        canvas.end();
    }

    @Override
    public void drawGuides(Canvas canvas, DivergingBarsGeometry plot) {
        DivergingBarsGeometry.Rule centre = plot.centreLine();
        Guides.vertical(canvas, SceneIds.CENTRE_LINE, centre.x(), centre.top(), centre.bottom(), canvas.theme().colors().axis(), 1);
    }

    /** A segment and its value, if shown; a middle category's segment in two halves, one each side. */
    private static void drawSegment(Canvas canvas, String itemId, Segment segment, double centre) {
        Box box = segment.box();
        String id = SceneIds.bar(itemId, segment.key());
        if (segment.side() == Side.MIDDLE) {
            canvas.rect(SceneIds.child(id, "left"), box.x(), box.y(), centre - box.x(), box.height(), segment.fill());
            canvas.rect(SceneIds.child(id, "right"), centre, box.y(), box.right() - centre, box.height(), segment.fill());
        } else {
            canvas.rect(id, box.x(), box.y(), box.width(), box.height(), segment.fill());
        }
        if (segment.label() != null && segment.label().shown()) {
            canvas.text(SceneIds.value(itemId, segment.key()), segment.label().text());
        }
    }

    private static List<Legend.Entry> legend(ChartContext chart, List<Color> colors, Sides sides) {
        var order = new ArrayList<Integer>(sides.bottom().reversed());
        order.addAll(sides.middle());
        order.addAll(sides.top());
        order.addAll(sides.apart());
        return order.stream().map(i -> Legend.Entry.box(chart.categoryLabel(i), colors.get(i))).toList();
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

    static double sum(ItemResult item, List<Integer> categories) {
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

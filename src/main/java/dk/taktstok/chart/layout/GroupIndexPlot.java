package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.layout.GroupIndexGeometry.Bar;
import dk.taktstok.chart.layout.GroupIndexGeometry.Section;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Group;
import dk.taktstok.model.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The group index chart: under each group's heading its items as bars of one measure, then the group's
 * index — the mean over its items — as a bar of its own in the group's full colour.
 */
final class GroupIndexPlot implements Plot<GroupIndexGeometry> {

    /** Space between a bar's end and its value. */
    private static final double VALUE_GAP = 5;
    /** Space between two bars of a group. */
    private static final double ROW_GAP = 6;
    /** Space between a group's heading and its first bar. */
    private static final double HEADING_GAP = 6;
    /** Space between the last bar and the axis labels' line. */
    private static final double AXIS_GAP = 6;
    /** A bar's thickness, as a share of the theme's bar height: thinner, as a group holds many. */
    private static final double BAR_THICKNESS = 0.8;
    /** The share of the group's colour an item's bar keeps; the index bar has the full colour. */
    private static final double ITEM_TINT = 0.55;
    /** The same, for an item that recedes behind a highlighted one. */
    private static final double RECEDING_TINT = 0.25;

    @Override
    public GroupIndexGeometry compute(ChartContext chart, Typesetter type, double top, Room room) {
        Theme theme = chart.theme;
        Measure measure = chart.spec.measureOrDefault();
        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        Font labelFont = type.regular(theme.sizes().label());
        Font headingFont = type.bold(theme.sizes().label());
        Font valueFont = type.regular(theme.sizes().value());

        List<Members> members = members(chart);
        var labels = new ArrayList<String>();
        for (Members section : members) {
            section.items().forEach(r -> labels.add(r.item().displayLabel(chart.language)));
        }
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, type.measurer());
        double barsLeft = RowLabels.marksLeft(contentLeft, contentRight - contentLeft, labelWidth);
        double valueSpace = type.width(format(chart, measure, 100), valueFont) + VALUE_GAP;
        double min = measure == Measure.NET ? -100 : 0;
        var scale = new LinearScale(min, 100, barsLeft, contentRight - valueSpace);
        var highlighted = chart.highlighted();
        Box band = Bands.reference(type, chart, contentLeft, contentRight - contentLeft, top, room);
        double gridTop = band.bottom();
        var rows = new Rows(chart, type, scale, labelWidth, gridTop, barsLeft, room);
        var sections = new ArrayList<Section>();
        for (int s = 0; s < members.size(); s++) {
            Members section = members.get(s);
            Color color = chart.colors.group(section.group() == null ? null : section.group().id(), s);
            List<String> lines = RowLabels.lines(section.title(), headingFont, contentRight - contentLeft,
                    type.measurer());
            TextBlock heading = type.block(lines, contentLeft, rows.y(), headingFont, color, Anchor.START);
            rows.skipTo(heading.bottom() + HEADING_GAP);
            var bars = new ArrayList<Bar>();
            for (ItemResult item : section.items()) {
                String id = item.item().id();
                boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
                Font font = highlighted.contains(id) ? type.bold(theme.sizes().label()) : labelFont;
                bars.add(rows.next(id, item.item().label().in(chart.language), item.item().displayLabel(chart.language),
                        font, receding ? theme.colors().muted() : theme.colors().text(), item.measures().get(measure),
                        color.tint(receding ? RECEDING_TINT : ITEM_TINT), valueFont, item));
            }
            Bar index = null;
            if (section.result() != null) {
                index = rows.next(section.group().id(), chart.texts.get("index"), chart.texts.get("index"),
                        headingFont, theme.colors().text(), section.result().means().get(measure), color,
                        type.bold(theme.sizes().value()), null);
            }
            sections.add(new Section(section.group() == null ? null : section.group().id(), section.title(), heading,
                    bars, index));
            rows.skipTo(rows.y() + theme.sizes().rowGap());
        }
        double rowsBottom = rows.y() - theme.sizes().rowGap() - ROW_GAP;
        Box underRows = Bands.underRows(barsLeft, contentRight, rowsBottom, room);
        BottomAxis.Layout axis = BottomAxis.layout(type, scale, gridTop,
                (underRows.height() > 0 ? underRows.bottom() : rowsBottom) + AXIS_GAP, true,
                v -> format(chart, measure, v).replace(",0", "").replace(".0", ""));

        var notes = new ArrayList<String>();
        if (measure == Measure.MEAN_SCORE) {
            notes.add(chart.texts.get("note.groupIndex", lowest(chart), highest(chart),
                    DivergingBarsPlot.names(chart, chart.measures.boxes().dontKnow())));
        } else {
            notes.add(chart.texts.get("note.groupIndexTopBox", DivergingBarsPlot.names(chart, chart.measures.boxes().topBox())));
        }
        chart.measures.balanceIfAny().ifPresent(balance -> notes.add(chart.texts.get("note.balance",
                chart.text(balance.first().label()), chart.text(balance.second().label()),
                chart.numbers.signed(balance.difference().get(measure), 1))));
        notes.addAll(Marks.notes(chart, chart.orderedItems()));
        return new GroupIndexGeometry(measure, scale, sections, rowsBottom, axis,
                new Box(barsLeft, gridTop, contentRight - barsLeft, rowsBottom - gridTop), band, underRows, notes,
                AltText.groupIndex(chart, measure, chart.measures.groups()), DataTables.groupIndex(chart, measure, sections));
    }

    /** Places labelled bars one under the other, from a top that moves down with each. */
    private static final class Rows {

        /** Space between an item's label and the mark "Σ 130" under it. */
        private static final double FLAG_GAP = 1;

        private final ChartContext chart;
        private final Typesetter type;
        private final LinearScale scale;
        private final double labelWidth;
        private final double barsLeft;
        private final Room room;
        private double y;

        Rows(ChartContext chart, Typesetter type, LinearScale scale, double labelWidth, double top, double barsLeft,
             Room room) {
            this.chart = chart;
            this.type = type;
            this.scale = scale;
            this.labelWidth = labelWidth;
            this.y = top;
            this.barsLeft = barsLeft;
            this.room = room;
        }

        /** The next row's top. */
        double y() {
            return y;
        }

        /** Moves the next row's top down, as a heading does. */
        void skipTo(double top) {
            y = top;
        }

        /** One labelled bar with its value at the end, in the next row; {@code item} null for a group's index. */
        Bar next(String target, String title, String label, Font labelFont, Color labelColor, double value,
                 Color barColor, Font valueFont, ItemResult item) {
            Theme theme = chart.theme;
            double contentLeft = theme.sizes().padding();
            double contentRight = chart.width - contentLeft;
            double barHeight = theme.sizes().barHeight() * BAR_THICKNESS;
            List<String> lines = RowLabels.lines(label, labelFont, labelWidth, type.measurer());
            boolean flagged = item != null && chart.sumsOff(item);
            Font flagFont = type.bold(theme.sizes().value());
            double labelHeight = type.blockHeight(lines.size(), labelFont)
                    + (flagged ? FLAG_GAP + type.blockHeight(1, flagFont) : 0);
            double below = room.below(target);
            RowLabels.Frame frame = RowLabels.frame(contentRight - contentLeft, y, labelHeight, barHeight, below);
            double barTop = frame.markTop();
            double zero = scale.map(Math.max(scale.domainMin(), 0));
            boolean known = Double.isFinite(value);
            double end = known ? scale.map(value) : zero;
            var valueText = new PlacedText(known ? format(chart, chart.spec.measureOrDefault(), value)
                    : chart.texts.get("missingValue"), Math.max(zero, end) + VALUE_GAP,
                    type.centredBaseline(barTop + barHeight / 2, valueFont), valueFont,
                    known ? theme.colors().text() : theme.colors().muted(), Anchor.START);
            TextBlock labelBlock = type.block(lines, contentLeft, frame.labelTop(), labelFont, labelColor, Anchor.START);
            TextBlock flag = flagged ? type.block(List.of(chart.sumMark(item)), contentLeft,
                    labelBlock.bottom() + FLAG_GAP, flagFont, theme.colors().annotation(), Anchor.START) : null;
            boolean above = RowLabels.above(contentRight - contentLeft);
            double bandTop = above ? barTop : y;
            double bandBottom = above ? barTop + barHeight
                    : Math.max(barTop + barHeight, labelBlock.bottom() + (flag == null ? 0 : flag.height() + FLAG_GAP));
            y = y + frame.height() + ROW_GAP;
            return new Bar(target, title, labelBlock, flag, value, end,
                    new Box(Math.min(zero, end), barTop, Math.abs(end - zero), barHeight), barColor, valueText,
                    new Box(barsLeft, bandTop, contentRight - barsLeft, bandBottom - bandTop),
                    new Box(barsLeft, frame.belowTop(), contentRight - barsLeft, below));
        }
    }

    @Override
    public void draw(Canvas canvas, GroupIndexGeometry plot) {
        canvas.begin(SceneIds.PLOT, null);
        for (Section section : plot.sections()) {
            String id = section.groupId() == null ? SceneIds.UNGROUPED : SceneIds.group(section.groupId());
            canvas.begin(id, section.title());
            canvas.lines(SceneIds.child(id, "heading"), section.heading());
            for (Bar bar : section.items()) {
                drawBar(canvas, SceneIds.row(bar.target()), bar);
            }
            if (section.index() != null) {
                drawBar(canvas, SceneIds.groupIndex(section.groupId()), section.index());
            }
            canvas.end();
        }
        canvas.end();
        BottomAxis.drawLabels(canvas, plot.axis());
    }

    @Override
    public void drawGuides(Canvas canvas, GroupIndexGeometry plot) {
        BottomAxis.drawGrid(canvas, plot.axis());
    }

    private static void drawBar(Canvas canvas, String id, Bar bar) {
        canvas.begin(id, bar.title());
        canvas.lines(SceneIds.child(id, "label"), bar.label());
        if (bar.flag() != null) {
            canvas.lines(SceneIds.child(id, "flag"), bar.flag());
        }
        Box box = bar.bar();
        canvas.rect(SceneIds.child(id, "bar"), box.x(), box.y(), box.width(), box.height(), bar.fill());
        canvas.text(SceneIds.child(id, "value"), bar.valueText());
        canvas.end();
    }

    /** A group and its items; the last section holds items of no group, if any. */
    private record Members(Group group, String title, GroupResult result, List<ItemResult> items) {
    }

    private static List<Members> members(ChartContext chart) {
        var sections = new ArrayList<Members>();
        List<ItemResult> ordered = chart.orderedItems();
        for (GroupResult group : chart.measures.groups()) {
            var members = ordered.stream().filter(r -> group.group().id().equals(r.group())).toList();
            sections.add(new Members(group.group(), chart.text(group.group().label()), group, members));
        }
        var others = ordered.stream()
                .filter(r -> r.group() == null || chart.table.group(r.group()).isEmpty())
                .toList();
        if (!others.isEmpty()) {
            sections.add(new Members(null, sections.isEmpty() ? chart.title() : chart.texts.get("otherItems"), null,
                    others));
        }
        return sections;
    }

    /** A measure's value as the axis shows it: percent for shares, a plain number for the 0–100 score. */
    static String format(ChartContext chart, Measure measure, double value) {
        return switch (measure) {
            case MEAN_SCORE -> chart.numbers.decimal(value, 1);
            case NET -> chart.numbers.signed(value, 1);
            default -> chart.percent(value);
        };
    }

    private static String lowest(ChartContext chart) {
        return chart.measures.boxes().substantive().stream()
                .min((a, b) -> Double.compare(chart.scale.category(a).score(), chart.scale.category(b).score()))
                .map(chart::categoryLabel).orElse("");
    }

    private static String highest(ChartContext chart) {
        return chart.measures.boxes().substantive().stream()
                .max((a, b) -> Double.compare(chart.scale.category(a).score(), chart.scale.category(b).score()))
                .map(chart::categoryLabel).filter(Objects::nonNull).orElse("");
    }
}

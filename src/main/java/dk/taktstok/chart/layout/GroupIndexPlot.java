package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
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
final class GroupIndexPlot implements Plot {

    private static final double VALUE_GAP = 5;
    private static final double ROW_GAP = 6;

    @Override
    public Result draw(Canvas canvas, ChartContext chart, double top) {
        Theme theme = chart.theme;
        Measure measure = chart.spec.measureOrDefault();
        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        Font labelFont = canvas.regular(theme.sizes().label());
        Font headingFont = canvas.bold(theme.sizes().label());
        Font valueFont = canvas.regular(theme.sizes().value());

        List<Section> sections = sections(chart);
        var labels = new ArrayList<String>();
        for (Section section : sections) {
            section.items().forEach(r -> labels.add(r.item().displayLabel(chart.language)));
        }
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, canvas.measurer());
        double barsLeft = RowLabels.marksLeft(contentLeft, contentRight - contentLeft, labelWidth);
        double valueSpace = canvas.measurer().width(format(chart, measure, 100), valueFont) + VALUE_GAP;
        double min = measure == Measure.NET ? -100 : 0;
        var scale = new LinearScale(min, 100, barsLeft, contentRight - valueSpace);
        var anchors = new Anchors();
        var highlighted = chart.highlighted();

        canvas.begin("plot", null);
        double y = top + chart.referenceBand();
        double gridTop = y;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            Color color = theme.colors().groups().get(s % theme.colors().groups().size());
            String groupId = section.group() == null ? "other" : section.group().id();
            canvas.begin("plot/group/" + groupId, section.title());
            List<String> heading = RowLabels.lines(section.title(), headingFont, contentRight - contentLeft,
                    canvas.measurer());
            y = canvas.lines("plot/group/" + groupId + "/heading", heading, contentLeft, y, headingFont, color,
                    Anchor.START) + 6;
            for (ItemResult item : section.items()) {
                String id = item.item().id();
                boolean receding = !highlighted.isEmpty() && !highlighted.contains(id);
                Font font = highlighted.contains(id) ? canvas.bold(theme.sizes().label()) : labelFont;
                y = row(canvas, chart, "plot/row/" + id, item.item().label().in(chart.language),
                        item.item().displayLabel(chart.language), font, receding ? theme.colors().muted() : theme.colors().text(),
                        item.measures().get(measure), color.tint(receding ? 0.25 : 0.55), valueFont, scale,
                        labelWidth, y, id, anchors);
            }
            if (section.result() != null) {
                y = row(canvas, chart, "plot/group/" + groupId + "/index", chart.texts.get("index"),
                        chart.texts.get("index"), headingFont, theme.colors().text(),
                        section.result().means().get(measure), color, canvas.bold(theme.sizes().value()), scale,
                        labelWidth, y, groupId, anchors);
            }
            canvas.end();
            y += theme.sizes().rowGap();
        }
        double rowsBottom = y - theme.sizes().rowGap() - ROW_GAP;
        canvas.end();
        double bottom = BottomAxis.draw(canvas, theme, scale, gridTop, rowsBottom + 6, true,
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
        return new Result(new Box(barsLeft, top, contentRight - barsLeft, rowsBottom - top),
                new ValueAxis(scale, top, rowsBottom), bottom, anchors, notes,
                AltText.groupIndex(chart, measure, chart.measures.groups()));
    }

    /** One labelled bar with its value at the end; answers the next row's top. */
    private double row(Canvas canvas, ChartContext chart, String id, String title, String label, Font labelFont,
                       Color labelColor, double value, Color barColor, Font valueFont, LinearScale scale,
                       double labelWidth, double top, String anchorId, Anchors anchors) {
        Theme theme = chart.theme;
        double contentLeft = theme.sizes().padding();
        double barHeight = theme.sizes().barHeight() * 0.8;
        List<String> lines = RowLabels.lines(label, labelFont, labelWidth, canvas.measurer());
        RowLabels.Frame frame = RowLabels.frame(chart.width - 2 * contentLeft, top,
                canvas.blockHeight(lines.size(), labelFont), barHeight);
        double rowHeight = frame.height();
        double barTop = frame.markTop();
        canvas.begin(id, title);
        canvas.lines(id + "/label", lines, contentLeft, frame.labelTop(), labelFont, labelColor, Anchor.START);
        double zero = scale.map(Math.max(scale.domainMin(), 0));
        double end = Double.isFinite(value) ? scale.map(value) : zero;
        canvas.rect(id + "/bar", Math.min(zero, end), barTop, Math.abs(end - zero), barHeight, barColor);
        double baseline = barTop + barHeight / 2
                + (canvas.measurer().ascent(valueFont) - canvas.measurer().descent(valueFont)) / 2;
        canvas.text(id + "/value", Math.max(zero, end) + VALUE_GAP, baseline,
                format(chart, chart.spec.measureOrDefault(), value), valueFont, theme.colors().text(), Anchor.START);
        anchors.put(anchorId, new Anchors.Point(end, barTop + barHeight / 2,
                new Box(Math.min(zero, end), barTop, Math.abs(end - zero), barHeight)));
        canvas.end();
        return top + rowHeight + ROW_GAP;
    }

    /** A group and its items; the last section holds items of no group, if any. */
    private record Section(Group group, String title, GroupResult result, List<ItemResult> items) {
    }

    private static List<Section> sections(ChartContext chart) {
        var sections = new ArrayList<Section>();
        List<ItemResult> ordered = chart.orderedItems();
        for (GroupResult group : chart.measures.groups()) {
            var members = ordered.stream().filter(r -> group.group().id().equals(r.group())).toList();
            sections.add(new Section(group.group(), chart.text(group.group().label()), group, members));
        }
        var others = ordered.stream()
                .filter(r -> r.group() == null || chart.table.group(r.group()).isEmpty())
                .toList();
        if (!others.isEmpty()) {
            sections.add(new Section(null, sections.isEmpty() ? chart.title() : chart.texts.get("otherItems"), null,
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

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Practice;
import dk.taktstok.model.PracticeMark;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Stated goal against practice: the goal as a line across the rows, each practice value as a dot (or
 * an arrow from the goal), and the gap between them written in points.
 */
final class GoalVsPracticePlot implements Plot {

    private static final double DOT = 6;
    private static final double LABEL_GAP = 8;
    /** Half the height of an error bar's end caps. */
    private static final double CAP = 4;

    @Override
    public Result draw(Canvas canvas, ChartContext chart, double top) {
        Theme theme = chart.theme;
        List<GapResult> gaps = gaps(chart);
        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        Font labelFont = canvas.regular(theme.sizes().label());
        Font subFont = canvas.regular(theme.sizes().value());
        Font valueFont = canvas.regular(theme.sizes().value());
        Font gapFont = canvas.bold(theme.sizes().value());
        boolean arrows = chart.spec.markOrDefault() == PracticeMark.ARROW;

        List<String> labels = gaps.stream().map(g -> practiceLabel(chart, g.gap().practice())).toList();
        List<String> subs = gaps.stream().map(g -> practiceDetail(chart, g.gap().practice())).toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentRight - contentLeft, canvas.measurer());
        double contentWidth = contentRight - contentLeft;
        double plotLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth);
        var scale = new LinearScale(0, 100, plotLeft + 4, contentRight - 4);
        boolean sharedGoal = gaps.stream().map(g -> g.benchmark().id()).distinct().count() == 1;

        var legend = new ArrayList<Legend.Entry>();
        if (sharedGoal && !gaps.isEmpty()) {
            legend.add(new Legend.Entry(chart.texts.get("goal", chart.text(gaps.getFirst().benchmark().label())
                    + " (" + chart.statedPercent(gaps.getFirst().benchmark().value()) + ")"), theme.colors().goal()));
        }
        legend.add(new Legend.Entry(chart.texts.get("practice"), theme.colors().practice()));
        double y = Legend.draw(canvas, legend, contentLeft, contentRight, top) + 10 + chart.referenceBand();

        canvas.begin("plot", null);
        var anchors = new Anchors();
        double rowsTop = y;
        double gapHeight = canvas.measurer().ascent(gapFont) + canvas.measurer().descent(gapFont) + 4;
        for (int i = 0; i < gaps.size(); i++) {
            GapResult gap = gaps.get(i);
            String id = gap.gap().id();
            List<String> lines = new ArrayList<>(RowLabels.lines(labels.get(i), labelFont, labelWidth, canvas.measurer()));
            List<String> detail = subs.get(i) == null ? List.of()
                    : RowLabels.lines(subs.get(i), subFont, labelWidth, canvas.measurer());
            double labelHeight = canvas.blockHeight(lines.size(), labelFont)
                    + (detail.isEmpty() ? 0 : 2 + canvas.blockHeight(detail.size(), subFont));
            RowLabels.Frame frame = RowLabels.frame(contentWidth, y, labelHeight, 2 * gapHeight + 2 * DOT);
            double rowHeight = frame.height();
            double middle = frame.markTop() + gapHeight + DOT;
            canvas.begin("plot/row/" + id, labels.get(i));
            double labelTop = frame.labelTop();
            double after = canvas.lines("plot/row/" + id + "/label", lines, contentLeft, labelTop, labelFont,
                    theme.colors().text(), Anchor.START);
            if (!detail.isEmpty()) {
                canvas.lines("plot/row/" + id + "/detail", detail, contentLeft, after + 2, subFont,
                        theme.colors().muted(), Anchor.START);
            }
            double practiceX = scale.map(clamp(gap.practiceValue()));
            double goalX = scale.map(clamp(gap.benchmark().value()));
            if (!sharedGoal) {
                canvas.line("plot/row/" + id + "/goal", goalX, middle - 9, goalX, middle + 9,
                        Stroke.solid(theme.colors().goal(), 2.5));
            }
            Color practiceColor = theme.colors().practice();
            double margin = gap.margin();
            boolean bar = Double.isFinite(margin) && margin > 0 && Double.isFinite(gap.practiceValue());
            double lowX = bar ? scale.map(clamp(gap.practiceValue() - margin)) : practiceX;
            double highX = bar ? scale.map(clamp(gap.practiceValue() + margin)) : practiceX;
            if (arrows) {
                arrow(canvas, "plot/row/" + id + "/arrow", goalX, practiceX, middle, practiceColor);
                if (bar) {
                    errorBar(canvas, "plot/row/" + id + "/moe", lowX, highX, middle, practiceColor);
                }
            } else {
                canvas.line("plot/row/" + id + "/connector", practiceX, middle, goalX, middle,
                        Stroke.solid(theme.colors().muted().withAlpha(0.6), 2));
                if (bar) {
                    errorBar(canvas, "plot/row/" + id + "/moe", lowX, highX, middle, practiceColor);
                }
                canvas.circle("plot/row/" + id + "/dot", practiceX, middle, DOT, practiceColor,
                        Stroke.solid(Color.WHITE, 1.5));
            }
            String value = chart.percent(gap.practiceValue());
            double valueWidth = canvas.measurer().width(value, valueFont);
            double valueBaseline = middle + (canvas.measurer().ascent(valueFont) - canvas.measurer().descent(valueFont)) / 2;
            boolean goalRight = goalX >= practiceX;
            // beside the dot, or beyond the end of its error bar
            double valueX = goalRight ? Math.min(practiceX - DOT, lowX - CAP) - LABEL_GAP
                    : Math.max(practiceX + DOT, highX + CAP) + LABEL_GAP;
            boolean fitsOutside = goalRight ? valueX - valueWidth >= plotLeft : valueX + valueWidth <= contentRight;
            if (fitsOutside) {
                canvas.text("plot/row/" + id + "/value", valueX, valueBaseline, value, valueFont, theme.colors().text(),
                        goalRight ? Anchor.END : Anchor.START);
            } else {
                canvas.text("plot/row/" + id + "/value", practiceX, middle + DOT + 3 + canvas.measurer().ascent(valueFont),
                        value, valueFont, theme.colors().text(), Anchor.MIDDLE);
            }
            String points = AltText.points(chart, gap.points());
            double pointsWidth = canvas.measurer().width(points, gapFont);
            double pointsX = (practiceX + goalX) / 2;
            Anchor pointsAnchor = Anchor.MIDDLE;
            if (Math.abs(goalX - practiceX) < pointsWidth + 8) {
                pointsX = goalRight ? goalX + LABEL_GAP : goalX - LABEL_GAP;
                pointsAnchor = goalRight ? Anchor.START : Anchor.END;
            }
            double pointsBaseline = middle - DOT - 4 - canvas.measurer().descent(gapFont);
            canvas.text("plot/row/" + id + "/gap", pointsX, pointsBaseline, points, gapFont, theme.colors().text(),
                    pointsAnchor);
            anchors.put(id, new Anchors.Point((practiceX + goalX) / 2, middle,
                    new Box(Math.min(practiceX, goalX), middle - gapHeight - DOT, Math.abs(goalX - practiceX),
                            gapHeight + 2 * DOT)));
            itemOf(gap.gap().practice()).ifPresent(item -> anchors.put(item, new Anchors.Point(practiceX, middle,
                    new Box(practiceX - DOT, middle - DOT, 2 * DOT, 2 * DOT))));
            canvas.end();
            y += rowHeight + theme.sizes().rowGap();
        }
        double rowsBottom = y - theme.sizes().rowGap();
        var notes = new ArrayList<String>(List.of(chart.texts.get("note.gap")));
        String alt = AltText.goal(chart, gaps, labels);
        var margins = gaps.stream().mapToDouble(GapResult::margin).filter(Double::isFinite).summaryStatistics();
        if (margins.getCount() > 0) {
            String low = chart.numbers.decimal(margins.getMin(), 1);
            String high = chart.numbers.decimal(margins.getMax(), 1);
            notes.add(chart.texts.get("note.margins", low, high));
            alt = alt + " " + chart.texts.get("alt.margins", low, high);
        }
        if (sharedGoal && !gaps.isEmpty()) {
            double goalX = scale.map(clamp(gaps.getFirst().benchmark().value()));
            canvas.line("plot/goal", goalX, rowsTop - 4, goalX, rowsBottom + 4, Stroke.solid(theme.colors().goal(), 2.5));
        }
        canvas.end();
        double bottom = BottomAxis.draw(canvas, theme, scale, rowsTop, rowsBottom + 6, true, chart::percentTick);
        return new Result(new Box(plotLeft, rowsTop, contentRight - plotLeft, rowsBottom - rowsTop),
                new ValueAxis(scale, rowsTop, rowsBottom), bottom, anchors, notes, alt);
    }

    /** The spec's gaps in its order, or every gap whose practice is on the chart's table. */
    static List<GapResult> gaps(ChartContext chart) {
        List<GapResult> all = chart.studyMeasures.gaps();
        if (chart.spec.gaps().isEmpty()) {
            return all.stream().filter(g -> g.gap().practice().tableId().equals(chart.table.id())).toList();
        }
        var chosen = new ArrayList<GapResult>();
        for (String id : chart.spec.gaps()) {
            all.stream().filter(g -> g.gap().id().equals(id)).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    private static String practiceLabel(ChartContext chart, Practice practice) {
        SurveyTable table = chart.study.table(practice.tableId()).orElse(chart.table);
        return switch (practice) {
            case Practice.CategoryShare share -> table.item(share.itemId())
                    .map(i -> i.displayLabel(chart.language)).orElse(share.itemId());
            case Practice.ItemMeasure measure -> table.item(measure.itemId())
                    .map(i -> i.displayLabel(chart.language)).orElse(measure.itemId());
            case Practice.GroupMeasure measure -> table.group(measure.groupId())
                    .map(g -> chart.text(g.label())).orElse(measure.groupId());
        };
    }

    /** What the value is: the category's share, or which measure. */
    private static String practiceDetail(ChartContext chart, Practice practice) {
        return switch (practice) {
            case Practice.CategoryShare share -> chart.texts.get("answering", chart.study.table(share.tableId())
                    .flatMap(t -> chart.study.scale(t.scaleId()))
                    .flatMap(s -> s.category(share.category()))
                    .map(c -> c.label().in(chart.language)).orElse(share.category()));
            case Practice.ItemMeasure measure -> chart.texts.get("measure." + measure.measure().key());
            case Practice.GroupMeasure measure -> chart.texts.get("measure." + measure.measure().key());
        };
    }

    private static java.util.Optional<String> itemOf(Practice practice) {
        return switch (practice) {
            case Practice.CategoryShare share -> java.util.Optional.of(share.itemId());
            case Practice.ItemMeasure measure -> java.util.Optional.of(measure.itemId());
            case Practice.GroupMeasure measure -> java.util.Optional.empty();
        };
    }

    /** A practice value's 95 % margin of error: a thin line with an end cap at each side. */
    private static void errorBar(Canvas canvas, String id, double lowX, double highX, double y, Color color) {
        Stroke stroke = Stroke.solid(color, 1.5);
        canvas.line(id + "/line", lowX, y, highX, y, stroke);
        canvas.line(id + "/low", lowX, y - CAP, lowX, y + CAP, stroke);
        canvas.line(id + "/high", highX, y - CAP, highX, y + CAP, stroke);
    }

    private static void arrow(Canvas canvas, String id, double fromX, double toX, double y, Color color) {
        double direction = Math.signum(toX - fromX);
        double head = 8;
        double shaftEnd = toX - direction * head;
        canvas.line(id + "/shaft", fromX, y, shaftEnd, y, Stroke.solid(color, 2.5));
        canvas.path(id + "/head", List.of(new PathOp.MoveTo(toX, y), new PathOp.LineTo(shaftEnd, y - 5),
                new PathOp.LineTo(shaftEnd, y + 5), new PathOp.Close()), color, null);
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(100, value)) : 0;
    }
}

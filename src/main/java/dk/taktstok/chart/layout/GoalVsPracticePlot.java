package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.chart.layout.GoalVsPracticeGeometry.GoalLine;
import dk.taktstok.chart.layout.GoalVsPracticeGeometry.MarginBar;
import dk.taktstok.chart.layout.GoalVsPracticeGeometry.Row;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Practice;
import dk.taktstok.model.PracticeMark;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stated goal against practice: the goal as a line across the rows, each practice value as a dot (or
 * an arrow from the goal), and the gap between them written in points.
 */
final class GoalVsPracticePlot implements Plot<GoalVsPracticeGeometry> {

    /** The practice dot's radius. */
    private static final double DOT = 6;
    /** Space between a mark and its value. */
    private static final double LABEL_GAP = 8;
    /** Half the height of an error bar's end caps. */
    private static final double CAP = 4;
    /** Space between the legend and the rows. */
    private static final double LEGEND_GAP = 10;
    /** Space between a practice's label and what its value is. */
    private static final double DETAIL_GAP = 2;
    /** Space between the gap's label and the dot under it. */
    private static final double GAP_LABEL_CLEARANCE = 4;
    /** Room the gap's label needs on each side between goal and practice, or it goes beside the goal. */
    private static final double GAP_LABEL_ROOM = 8;
    /** Space between the dot and a value put under it. */
    private static final double VALUE_BELOW_GAP = 3;
    /** How far the shared goal line reaches above the first row and below the last. */
    private static final double GOAL_OVERHANG = 4;
    /** Half the height of a row's own goal mark. */
    private static final double GOAL_TICK = 9;
    /** Space between the goal's label and the first row. */
    private static final double GOAL_LABEL_GAP = 4;
    /** Space between the last row and the axis labels' line. */
    private static final double AXIS_GAP = 6;
    /** The scale keeps this far inside the plot, so a dot at 0 or 100 is not cut. */
    private static final double SCALE_INSET = 4;
    private static final double GOAL_STROKE = 2.5;
    private static final double ARROW_STROKE = 2.5;
    private static final double ARROW_HEAD = 8;
    private static final double ARROW_HALF_WIDTH = 5;

    @Override
    public GoalVsPracticeGeometry compute(ChartContext chart, Typesetter type, double top, Room room) {
        Theme theme = chart.theme;
        List<GapResult> gaps = gaps(chart);
        double contentLeft = theme.sizes().padding();
        double contentRight = chart.width - theme.sizes().padding();
        double contentWidth = contentRight - contentLeft;
        Font labelFont = type.regular(theme.sizes().label());
        Font subFont = type.regular(theme.sizes().value());
        Font valueFont = type.regular(theme.sizes().value());
        Font gapFont = type.bold(theme.sizes().value());
        Color goalColor = chart.colors.goal();
        Color practiceColor = chart.colors.practice();

        List<String> labels = gaps.stream().map(g -> practiceLabel(chart, g.gap().practice())).toList();
        // what the value is, under each label, unless every row says the same: then the subtitle says it once
        String shared = sharedDetail(chart, gaps);
        List<String> subs = gaps.stream().map(g -> shared != null ? null : practiceDetail(chart, g.gap().practice()))
                .toList();
        double labelWidth = RowLabels.width(labels, labelFont, contentWidth, type.measurer());
        double plotLeft = RowLabels.marksLeft(contentLeft, contentWidth, labelWidth);
        var scale = new LinearScale(0, 100, plotLeft + SCALE_INSET, contentRight - SCALE_INSET);
        boolean sharedGoal = gaps.stream().map(g -> g.benchmark().id()).distinct().count() == 1;

        var entries = new ArrayList<Legend.Entry>();
        if (sharedGoal && !gaps.isEmpty()) {
            entries.add(new Legend.Entry(chart.texts.get("goal", chart.text(gaps.getFirst().benchmark().label())
                    + " (" + chart.statedPercent(gaps.getFirst().benchmark().value()) + ")"), goalColor,
                    Legend.Swatch.LINE));
        }
        entries.add(new Legend.Entry(chart.texts.get("practice"), practiceColor,
                chart.spec.markOrDefault() == PracticeMark.ARROW ? Legend.Swatch.ARROW : Legend.Swatch.DOT));
        Legend.Layout legend = Legend.layout(type, entries, contentLeft, contentRight, top);
        Box band = Bands.reference(type, chart, contentLeft, contentWidth, legend.bottom() + LEGEND_GAP, room);
        double y = band.bottom();

        // the shared goal's own label, "Goal 75%", over its line
        PlacedText goalLabel = null;
        if (sharedGoal && !gaps.isEmpty()) {
            double value = gaps.getFirst().benchmark().value();
            String text = chart.texts.get("goalLine", chart.statedPercent(value));
            double width = type.width(text, gapFont);
            double x = Math.max(contentLeft, Math.min(scale.map(clamp(value)) - width / 2, contentRight - width));
            goalLabel = new PlacedText(text, x, y + type.ascent(gapFont), gapFont, goalColor, Anchor.START);
            y += type.blockHeight(1, gapFont) + GOAL_LABEL_GAP;
        }

        var rows = new ArrayList<Row>();
        double rowsTop = y;
        double gapHeight = type.ascent(gapFont) + type.descent(gapFont) + GAP_LABEL_CLEARANCE;
        for (int i = 0; i < gaps.size(); i++) {
            GapResult gap = gaps.get(i);
            String key = gap.gap().id();
            ItemResult item = itemOf(gap.gap().practice()).flatMap(id -> chart.measures.items().stream()
                    .filter(r -> r.item().id().equals(id)).findFirst()).orElse(null);
            List<String> lines = RowLabels.lines(labels.get(i), labelFont, labelWidth, type.measurer());
            List<String> detailLines = subs.get(i) == null ? List.of()
                    : RowLabels.lines(subs.get(i), subFont, labelWidth, type.measurer());
            boolean flagged = item != null && chart.sumsOff(item);
            Font flagFont = type.bold(theme.sizes().value());
            double labelHeight = type.blockHeight(lines.size(), labelFont)
                    + (detailLines.isEmpty() ? 0 : DETAIL_GAP + type.blockHeight(detailLines.size(), subFont))
                    + (flagged ? DETAIL_GAP + type.blockHeight(1, flagFont) : 0);
            double markHeight = 2 * gapHeight + 2 * DOT;
            RowLabels.Frame frame = RowLabels.frame(contentWidth, y, labelHeight, markHeight, room.below(key));
            double middle = frame.markTop() + gapHeight + DOT;
            TextBlock label = type.block(lines, contentLeft, frame.labelTop(), labelFont, theme.colors().text(),
                    Anchor.START);
            TextBlock detail = detailLines.isEmpty() ? null : type.block(detailLines, contentLeft,
                    label.bottom() + DETAIL_GAP, subFont, theme.colors().muted(), Anchor.START);
            TextBlock flag = flagged ? type.block(List.of(chart.sumMark(item)), contentLeft,
                    (detail != null ? detail : label).bottom() + DETAIL_GAP, flagFont, theme.colors().annotation(),
                    Anchor.START) : null;

            boolean known = Double.isFinite(gap.practiceValue());
            double practiceX = scale.map(clamp(gap.practiceValue()));
            double goalX = scale.map(clamp(gap.benchmark().value()));
            double margin = gap.margin();
            boolean bar = Double.isFinite(margin) && margin > 0 && known;
            double lowX = bar ? scale.map(clamp(gap.practiceValue() - margin)) : practiceX;
            double highX = bar ? scale.map(clamp(gap.practiceValue() + margin)) : practiceX;

            PlacedText valueText;
            PlacedText gapText = null;
            if (!known) {
                valueText = new PlacedText(chart.texts.get("missingValue"), plotLeft, type.centredBaseline(middle, valueFont),
                        valueFont, theme.colors().muted(), Anchor.START);
            } else {
                valueText = value(chart, type, valueFont, gap.practiceValue(), practiceX, goalX, lowX, highX, middle,
                        plotLeft, contentRight);
                gapText = gapLabel(chart, type, gapFont, gap.points(), practiceX, goalX, middle);
            }
            double bandTop = RowLabels.above(contentWidth) ? frame.markTop() : y;
            double bandBottom = Math.max(frame.markTop() + markHeight, RowLabels.above(contentWidth) ? 0
                    : (flag != null ? flag : detail != null ? detail : label).bottom());
            rows.add(new Row(key, labels.get(i), label, detail, flag, middle, gap.benchmark().value(), goalX,
                    gap.practiceValue(), practiceX, gap.points(), !sharedGoal, bar ? new MarginBar(lowX, highX) : null,
                    valueText, gapText,
                    known ? new Box(Math.min(practiceX, goalX), middle - gapHeight - DOT, Math.abs(goalX - practiceX),
                            gapHeight + 2 * DOT) : type.box(valueText.text(), valueFont, valueText.x(),
                            valueText.baseline(), valueText.anchor()),
                    known ? new Box(practiceX - DOT, middle - DOT, 2 * DOT, 2 * DOT) : null,
                    item == null ? null : item.item().id(),
                    new Box(plotLeft, bandTop, contentRight - plotLeft, bandBottom - bandTop),
                    new Box(plotLeft, frame.belowTop(), contentRight - plotLeft, room.below(key))));
            y += frame.height() + theme.sizes().rowGap();
        }
        double rowsBottom = y - theme.sizes().rowGap();
        var notes = new ArrayList<String>(List.of(chart.texts.get("note.gap")));
        var margins = gaps.stream().mapToDouble(GapResult::margin).filter(Double::isFinite).summaryStatistics();
        String alt = AltText.goal(chart, gaps, labels);
        if (margins.getCount() > 0) {
            String low = chart.numbers.decimal(margins.getMin(), 1);
            String high = chart.numbers.decimal(margins.getMax(), 1);
            notes.add(chart.texts.get("note.margins", low, high));
            alt = alt + " " + chart.texts.get("alt.margins", low, high);
        }
        notes.addAll(Marks.notes(chart, chart.measures.items().stream()
                .filter(r -> rows.stream().anyMatch(row -> r.item().id().equals(row.practiceItem()))).toList()));
        GoalLine goal = null;
        if (sharedGoal && !gaps.isEmpty()) {
            double value = gaps.getFirst().benchmark().value();
            goal = new GoalLine(value, scale.map(clamp(value)), goalLabel.baseline() + type.descent(gapFont) + GOAL_OVERHANG,
                    rowsBottom + GOAL_OVERHANG, goalLabel);
        }
        Box underRows = Bands.underRows(plotLeft, contentRight, rowsBottom + GOAL_OVERHANG, room);
        BottomAxis.Layout axis = BottomAxis.layout(type, scale, rowsTop,
                (underRows.height() > 0 ? underRows.bottom() : rowsBottom) + AXIS_GAP, true, chart::percentTick);
        return new GoalVsPracticeGeometry(legend, scale, chart.spec.markOrDefault(), practiceColor, goalColor, rows,
                goal, rowsTop, rowsBottom, axis, new Box(plotLeft, rowsTop, contentRight - plotLeft, rowsBottom - rowsTop),
                band, underRows, notes, alt, DataTables.gaps(chart, rows));
    }

    @Override
    public String subtitleAddition(ChartContext chart) {
        String shared = sharedDetail(chart, gaps(chart));
        return shared == null ? null : chart.texts.get("practiceIs", shared);
    }

    /** What every row's practice value is, when all rows say the same; else null. */
    private static String sharedDetail(ChartContext chart, List<GapResult> gaps) {
        List<String> details = gaps.stream().map(g -> practiceDetail(chart, g.gap().practice())).distinct().toList();
        return gaps.size() > 1 && details.size() == 1 ? details.getFirst() : null;
    }

    /** The practice value beside its dot, on the side away from the goal, or under the dot where that side has no room. */
    private static PlacedText value(ChartContext chart, Typesetter type, Font font, double practice, double practiceX,
                                    double goalX, double lowX, double highX, double middle, double plotLeft,
                                    double contentRight) {
        String value = chart.percent(practice);
        double valueWidth = type.width(value, font);
        boolean goalRight = goalX >= practiceX;
        // beside the dot, or beyond the end of its error bar
        double valueX = goalRight ? Math.min(practiceX - DOT, lowX - CAP) - LABEL_GAP
                : Math.max(practiceX + DOT, highX + CAP) + LABEL_GAP;
        boolean fitsOutside = goalRight ? valueX - valueWidth >= plotLeft : valueX + valueWidth <= contentRight;
        Color color = chart.theme.colors().text();
        return fitsOutside
                ? new PlacedText(value, valueX, type.centredBaseline(middle, font), font, color,
                        goalRight ? Anchor.END : Anchor.START)
                : new PlacedText(value, practiceX, middle + DOT + VALUE_BELOW_GAP + type.ascent(font), font, color,
                        Anchor.MIDDLE);
    }

    /** The gap in points, above the line between goal and practice, or beside the goal where the line is short. */
    private static PlacedText gapLabel(ChartContext chart, Typesetter type, Font font, double points, double practiceX,
                                       double goalX, double middle) {
        String text = AltText.points(chart, points);
        double width = type.width(text, font);
        boolean goalRight = goalX >= practiceX;
        double x = (practiceX + goalX) / 2;
        Anchor anchor = Anchor.MIDDLE;
        if (Math.abs(goalX - practiceX) < width + GAP_LABEL_ROOM) {
            x = goalRight ? goalX + LABEL_GAP : goalX - LABEL_GAP;
            anchor = goalRight ? Anchor.START : Anchor.END;
        }
        return new PlacedText(text, x, middle - DOT - GAP_LABEL_CLEARANCE - type.descent(font), font,
                chart.theme.colors().text(), anchor);
    }

    @Override
    public void draw(Canvas canvas, GoalVsPracticeGeometry plot) {
        Theme theme = canvas.theme();
        Color practiceColor = plot.practiceColor();
        Legend.draw(canvas, plot.legend());
        canvas.begin(SceneIds.PLOT, null);
        if (plot.goal() != null) {
            canvas.text(SceneIds.child(SceneIds.GOAL_LINE, "label"), plot.goal().label());
        }
        for (Row row : plot.rows()) {
            String id = SceneIds.gap(row.gapId());
            double middle = row.middle();
            canvas.begin(id, row.title());
            canvas.lines(SceneIds.child(id, "label"), row.label());
            if (row.detail() != null) {
                canvas.lines(SceneIds.child(id, "detail"), row.detail());
            }
            if (row.flag() != null) {
                canvas.lines(SceneIds.child(id, "flag"), row.flag());
            }
            if (row.ownGoal()) {
                canvas.line(SceneIds.child(id, "goal"), row.goalX(), middle - GOAL_TICK, row.goalX(), middle + GOAL_TICK,
                        Stroke.solid(plot.goalColor(), GOAL_STROKE));
            }
            if (row.dot() != null) {
                if (plot.mark() == PracticeMark.ARROW) {
                    arrow(canvas, SceneIds.child(id, "arrow"), row.goalX(), row.practiceX(), middle, practiceColor);
                } else {
                    canvas.line(SceneIds.child(id, "connector"), row.practiceX(), middle, row.goalX(), middle,
                            Stroke.solid(theme.colors().muted().withAlpha(0.6), 2));
                }
                if (row.margin() != null) {
                    errorBar(canvas, SceneIds.child(id, "moe"), row.margin(), middle, practiceColor);
                }
                if (plot.mark() != PracticeMark.ARROW) {
                    canvas.circle(SceneIds.child(id, "dot"), row.practiceX(), middle, DOT, practiceColor,
                            Stroke.solid(Color.WHITE, 1.5));
                }
                canvas.text(SceneIds.child(id, "gap"), row.gap());
            }
            canvas.text(SceneIds.child(id, "value"), row.value());
            canvas.end();
        }
        canvas.end();
        BottomAxis.drawLabels(canvas, plot.axis());
    }

    @Override
    public void drawGuides(Canvas canvas, GoalVsPracticeGeometry plot) {
        BottomAxis.drawGrid(canvas, plot.axis());
        GoalLine goal = plot.goal();
        if (goal != null) {
            Guides.vertical(canvas, SceneIds.GOAL_LINE, goal.x(), goal.top(), goal.bottom(), plot.goalColor(),
                    GOAL_STROKE);
        }
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

    static String practiceLabel(ChartContext chart, Practice practice) {
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
    static String practiceDetail(ChartContext chart, Practice practice) {
        return switch (practice) {
            case Practice.CategoryShare share -> chart.texts.get("answering", chart.study.table(share.tableId())
                    .flatMap(t -> chart.study.scale(t.scaleId()))
                    .flatMap(s -> s.category(share.category()))
                    .map(c -> c.label().in(chart.language)).orElse(share.category()));
            case Practice.ItemMeasure measure -> chart.texts.get("measure." + measure.measure().key());
            case Practice.GroupMeasure measure -> chart.texts.get("measure." + measure.measure().key());
        };
    }

    static Optional<String> itemOf(Practice practice) {
        return switch (practice) {
            case Practice.CategoryShare share -> Optional.of(share.itemId());
            case Practice.ItemMeasure measure -> Optional.of(measure.itemId());
            case Practice.GroupMeasure measure -> Optional.empty();
        };
    }

    /** A practice value's 95 % margin of error: a thin line with an end cap at each side. */
    private static void errorBar(Canvas canvas, String id, MarginBar margin, double y, Color color) {
        Stroke stroke = Stroke.solid(color, 1.5);
        canvas.line(SceneIds.child(id, "line"), margin.lowX(), y, margin.highX(), y, stroke);
        canvas.line(SceneIds.child(id, "low"), margin.lowX(), y - CAP, margin.lowX(), y + CAP, stroke);
        canvas.line(SceneIds.child(id, "high"), margin.highX(), y - CAP, margin.highX(), y + CAP, stroke);
    }

    private static void arrow(Canvas canvas, String id, double fromX, double toX, double y, Color color) {
        double direction = Math.signum(toX - fromX);
        double shaftEnd = toX - direction * ARROW_HEAD;
        canvas.line(SceneIds.child(id, "shaft"), fromX, y, shaftEnd, y, Stroke.solid(color, ARROW_STROKE));
        canvas.path(SceneIds.child(id, "head"), List.of(new PathOp.MoveTo(toX, y), new PathOp.LineTo(shaftEnd, y - ARROW_HALF_WIDTH),
                new PathOp.LineTo(shaftEnd, y + ARROW_HALF_WIDTH), new PathOp.Close()), color, null);
    }

    private static double clamp(double value) {
        return Double.isFinite(value) ? Math.max(0, Math.min(100, value)) : 0;
    }
}

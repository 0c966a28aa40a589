package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.Measure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A chart in plain words, for readers who cannot see it. It opens with the finding and its number —
 * the item the journalist highlighted or the largest — says what each number is, then what the chart
 * shows, which items are left out of the comparison because their numbers are wrong, and what the
 * annotations say. Every export carries it (a text file, the SVG's desc, the PDF's subject, the web
 * embed).
 */
final class AltText {

    private AltText() {
    }

    static String diverging(ChartContext chart) {
        return shares(chart, "alt.diverging");
    }

    static String stacked(ChartContext chart) {
        return shares(chart, "alt.stacked");
    }

    /** Charts of each item's answers: the top box of the item in focus and of the smallest, then the chart. */
    private static String shares(ChartContext chart, String kind) {
        String categories = chart.scale.categories().stream().map(c -> c.label().in(chart.language))
                .collect(Collectors.joining(", "));
        String question = question(chart);
        String describe = chart.texts.get(kind, question, chart.measures.items().size(), categories);
        List<ItemResult> valid = chart.measures.items().stream()
                .filter(r -> !chart.faulty(r) && Double.isFinite(r.measures().topBox())).toList();
        var parts = new ArrayList<String>();
        if (!valid.isEmpty() && chart.scale.kind().hasTopBox()) {
            String answers = answers(chart);
            ItemResult largest = valid.stream().max(Comparator.comparingDouble(r -> r.measures().topBox())).orElseThrow();
            ItemResult smallest = valid.stream().min(Comparator.comparingDouble(r -> r.measures().topBox())).orElseThrow();
            Optional<ItemResult> focus = valid.stream().filter(r -> chart.highlighted().contains(r.item().id())).findFirst();
            ItemResult first = focus.orElse(largest);
            parts.add(chart.texts.get(first == largest ? "alt.mostAnswer" : "alt.focusAnswer", label(chart, first),
                    chart.percent(first.measures().topBox()), answers, valid.size()));
            if (first != smallest) {
                parts.add(chart.texts.get("alt.fewestAnswer", label(chart, smallest),
                        chart.percent(smallest.measures().topBox())));
            }
            if (first != largest) {
                parts.add(chart.texts.get("alt.mostOf", label(chart, largest), chart.percent(largest.measures().topBox())));
            }
        }
        parts.add(describe);
        parts.add(chart.texts.get("alt.eachShare"));
        parts.addAll(leftOut(chart, chart.measures.items()));
        return String.join(" ", parts);
    }

    static String groupIndex(ChartContext chart, Measure measure, List<GroupResult> groups) {
        var parts = new ArrayList<String>();
        List<GroupResult> known = groups.stream().filter(g -> Double.isFinite(g.means().get(measure))).toList();
        String measureName = chart.texts.get("measure." + measure.key());
        if (known.size() >= 2) {
            GroupResult highest = known.stream().max(Comparator.comparingDouble(g -> g.means().get(measure))).orElseThrow();
            GroupResult lowest = known.stream().min(Comparator.comparingDouble(g -> g.means().get(measure))).orElseThrow();
            parts.add(chart.texts.get("alt.groupHighest", chart.text(highest.group().label()), measureName,
                    GroupIndexPlot.format(chart, measure, highest.means().get(measure)), chart.text(lowest.group().label()),
                    GroupIndexPlot.format(chart, measure, lowest.means().get(measure))));
        }
        String means = groups.stream()
                .map(g -> chart.texts.get("alt.groupMean", chart.text(g.group().label()),
                        GroupIndexPlot.format(chart, measure, g.means().get(measure)), g.itemCount()))
                .collect(Collectors.joining(" "));
        parts.add(chart.texts.get("alt.groupIndex", question(chart), measureName, chart.measures.items().size(),
                groups.size(), means));
        parts.addAll(leftOut(chart, chart.measures.items()));
        return String.join(" ", parts);
    }

    static String goal(ChartContext chart, List<GapResult> gaps, List<String> rowLabels) {
        if (gaps.isEmpty()) {
            return question(chart);
        }
        var rows = new StringBuilder();
        int largest = -1;
        int smallest = -1;
        for (int i = 0; i < gaps.size(); i++) {
            GapResult gap = gaps.get(i);
            if (!Double.isFinite(gap.points())) {
                continue;
            }
            rows.append(rows.isEmpty() ? "" : " ").append(chart.texts.get("alt.goalRow", rowLabels.get(i),
                    chart.percent(gap.practiceValue()), points(chart, gap.points()), detail(chart, gap)));
            if (largest < 0 || gap.points() > gaps.get(largest).points()) {
                largest = i;
            }
            if (smallest < 0 || gap.points() < gaps.get(smallest).points()) {
                smallest = i;
            }
        }
        var parts = new ArrayList<String>();
        GapResult first = gaps.getFirst();
        if (largest >= 0) {
            int focus = focusGap(chart, gaps).orElse(largest);
            GapResult gap = gaps.get(focus);
            parts.add(chart.texts.get("alt.goalFinding", chart.text(gap.benchmark().label()),
                    chart.statedPercent(gap.benchmark().value()), rowLabels.get(focus), detail(chart, gap),
                    chart.percent(gap.practiceValue()), points(chart, gap.points())));
        }
        parts.add(chart.texts.get("alt.goal", question(chart), chart.text(first.benchmark().label()),
                chart.statedPercent(first.benchmark().value()), rows.toString()));
        if (largest >= 0 && gaps.size() > 1) {
            parts.add(chart.texts.get("alt.goalExtremes", points(chart, gaps.get(largest).points()), rowLabels.get(largest),
                    points(chart, gaps.get(smallest).points()), rowLabels.get(smallest)));
        }
        for (int i = 0; i < gaps.size(); i++) {
            if (!Double.isFinite(gaps.get(i).points())) {
                parts.add(chart.texts.get("alt.missing", rowLabels.get(i)));
            }
        }
        return String.join(" ", parts);
    }

    /** The alt text followed by what the chart's annotations say, which carry the journalist's point. */
    static String withAnnotations(ChartContext chart, String altText) {
        var said = new ArrayList<String>();
        for (Annotation annotation : chart.spec.annotations()) {
            switch (annotation) {
                case Annotation.Note note -> said.add(chart.texts.get("alt.note", chart.text(note.text()),
                        where(chart, note.anchor())));
                case Annotation.Arrow arrow -> {
                    if (arrow.label() != null) {
                        said.add(chart.texts.get("alt.arrow", chart.text(arrow.label()), where(chart, arrow.to())));
                    }
                }
                case Annotation.ReferenceLine line -> said.add(line.label() == null
                        ? chart.texts.get("alt.line", chart.numbers.decimal(line.value(), 0))
                        : chart.texts.get("alt.labelledLine", chart.numbers.decimal(line.value(), 0), chart.text(line.label())));
                case Annotation.Highlight highlight -> chart.table.item(highlight.itemId()).ifPresent(item ->
                        said.add(chart.texts.get("alt.highlight", item.displayLabel(chart.language))));
            }
        }
        return said.isEmpty() ? altText : altText + " " + String.join(" ", said);
    }

    static String points(ChartContext chart, double value) {
        return chart.texts.get("points", chart.numbers.decimal(value, 1));
    }

    /** The gap a note or highlight points at: the journalist's story, if the chart has one. */
    private static Optional<Integer> focusGap(ChartContext chart, List<GapResult> gaps) {
        for (Annotation annotation : chart.spec.annotations()) {
            String target = switch (annotation) {
                case Annotation.Note note when note.anchor() instanceof AnnotationAnchor.DataPoint p -> p.target();
                case Annotation.Highlight highlight -> highlight.itemId();
                default -> null;
            };
            for (int i = 0; target != null && i < gaps.size(); i++) {
                GapResult gap = gaps.get(i);
                if ((target.equals(gap.gap().id()) || target.equals(GoalVsPracticePlot.itemOf(gap.gap().practice()).orElse(null)))
                        && Double.isFinite(gap.points())) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    private static String detail(ChartContext chart, GapResult gap) {
        return GoalVsPracticePlot.practiceDetail(chart, gap.gap().practice());
    }

    /** The items left out of the comparison: shares that do not sum to 100, or a share missing. */
    private static List<String> leftOut(ChartContext chart, List<ItemResult> items) {
        var said = new ArrayList<String>();
        for (ItemResult item : items) {
            if (chart.sumsOff(item)) {
                said.add(chart.texts.get("alt.sumOff", label(chart, item), chart.sumMark(item).substring(2)));
            } else if (!chart.missing(item).isEmpty()) {
                said.add(chart.texts.get("alt.missing", label(chart, item)));
            }
        }
        return said;
    }

    /** Where an annotation points, in words: the item, group or gap; nothing for a free place. */
    private static String where(ChartContext chart, AnnotationAnchor anchor) {
        if (!(anchor instanceof AnnotationAnchor.DataPoint point)) {
            return "";
        }
        String target = point.target();
        String name = chart.table.item(target).map(i -> i.displayLabel(chart.language))
                .or(() -> chart.table.group(target).map(g -> chart.text(g.label())))
                .or(() -> chart.study.gaps().stream().filter(g -> g.id().equals(target)).findFirst()
                        .map(g -> GoalVsPracticePlot.practiceLabel(chart, g.practice())))
                .orElse(target);
        return chart.texts.get("alt.at", name);
    }

    /** The top box's answers as a reader says them: "“Usually” or “Sometimes”". */
    private static String answers(ChartContext chart) {
        List<String> names = chart.measures.boxes().topBox().stream()
                .map(c -> chart.texts.get("quoted", chart.categoryLabel(c))).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + chart.texts.get("or") + names.getLast();
    }

    private static String question(ChartContext chart) {
        String title = chart.title();
        return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    }

    private static String label(ChartContext chart, ItemResult item) {
        return item.item().displayLabel(chart.language);
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Practice;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The note under a chart that names the items it shows which rest on fewer than 50 answers. */
final class LowAnswers {

    private LowAnswers() {
    }

    /** "Fewer than 50 answers, so read with care: “A”, “B”."; empty when every item shown has 50 or more. */
    static Optional<String> note(ChartContext chart) {
        Set<String> shown = shownItems(chart);
        List<String> labels = chart.measures.items().stream()
                .filter(r -> r.lowN() && (shown == null || shown.contains(r.item().id())))
                .map(r -> chart.texts.get("quoted", r.item().displayLabel(chart.language)))
                .toList();
        return labels.isEmpty() ? Optional.empty()
                : Optional.of(chart.texts.get("note.lowN", String.join(", ", labels)));
    }

    /** The ids of the items a goal chart's practice values come from; null for charts that show every item. */
    static Set<String> shownItems(ChartContext chart) {
        if (chart.spec.type() != ChartType.GOAL_VS_PRACTICE) {
            return null;
        }
        var ids = new LinkedHashSet<String>();
        for (GapResult gap : GoalVsPracticePlot.gaps(chart)) {
            switch (gap.gap().practice()) {
                case Practice.CategoryShare share -> ids.add(share.itemId());
                case Practice.ItemMeasure measure -> ids.add(measure.itemId());
                case Practice.GroupMeasure measure -> ids.addAll(chart.measures.items().stream()
                        .filter(r -> measure.groupId().equals(r.group()))
                        .map(r -> r.item().id()).collect(Collectors.toSet()));
            }
        }
        return ids;
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.model.Measure;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart in plain words, from its data, for readers who cannot see it: what is shown, the largest
 * and smallest values, the gap. Every export carries it (a text file, the SVG's desc, the PDF's subject).
 */
final class AltText {

    private AltText() {
    }

    static String diverging(ChartContext chart) {
        return extremes(chart, "alt.diverging", DivergingBarsPlot.names(chart, chart.scale.categories().stream()
                .map(c -> chart.scale.indexOf(c.name())).toList()).replace(" + ", ", "));
    }

    static String stacked(ChartContext chart) {
        return extremes(chart, "alt.stacked", DivergingBarsPlot.names(chart, chart.scale.categories().stream()
                .map(c -> chart.scale.indexOf(c.name())).toList()).replace(" + ", ", "));
    }

    private static String extremes(ChartContext chart, String key, String categories) {
        List<ItemResult> items = chart.measures.items().stream()
                .filter(r -> !Double.isNaN(r.measures().topBox())).toList();
        String question = question(chart);
        String topBox = capitalised(DivergingBarsPlot.names(chart, chart.measures.boxes().topBox()));
        if (items.isEmpty()) {
            return chart.texts.get(key, question, chart.measures.items().size(), categories, topBox, "", "", "", "");
        }
        ItemResult highest = items.stream().max(Comparator.comparingDouble(r -> r.measures().topBox())).orElseThrow();
        ItemResult lowest = items.stream().min(Comparator.comparingDouble(r -> r.measures().topBox())).orElseThrow();
        return chart.texts.get(key, question, chart.measures.items().size(), categories, topBox,
                label(chart, highest), chart.percent(highest.measures().topBox()),
                label(chart, lowest), chart.percent(lowest.measures().topBox()));
    }

    static String groupIndex(ChartContext chart, Measure measure, List<GroupResult> groups) {
        String means = groups.stream()
                .map(g -> chart.texts.get("alt.groupMean", chart.text(g.group().label()),
                        GroupIndexPlot.format(chart, measure, g.means().get(measure)), g.itemCount()))
                .collect(Collectors.joining(" "));
        return chart.texts.get("alt.groupIndex", question(chart), chart.texts.get("measure." + measure.key()),
                chart.measures.items().size(), groups.size(), means);
    }

    static String goal(ChartContext chart, List<GapResult> gaps, List<String> rowLabels) {
        if (gaps.isEmpty()) {
            return question(chart);
        }
        var rows = new StringBuilder();
        for (int i = 0; i < gaps.size(); i++) {
            rows.append(i == 0 ? "" : " ").append(chart.texts.get("alt.goalRow", rowLabels.get(i),
                    chart.percent(gaps.get(i).practiceValue()), points(chart, gaps.get(i).points())));
        }
        int largest = 0;
        int smallest = 0;
        for (int i = 1; i < gaps.size(); i++) {
            if (gaps.get(i).points() > gaps.get(largest).points()) {
                largest = i;
            }
            if (gaps.get(i).points() < gaps.get(smallest).points()) {
                smallest = i;
            }
        }
        GapResult first = gaps.getFirst();
        return chart.texts.get("alt.goal", question(chart), chart.text(first.benchmark().label()),
                chart.statedPercent(first.benchmark().value()), rows.toString(),
                points(chart, gaps.get(largest).points()), rowLabels.get(largest),
                points(chart, gaps.get(smallest).points()), rowLabels.get(smallest));
    }

    static String points(ChartContext chart, double value) {
        return chart.texts.get("points", chart.numbers.decimal(value, 1));
    }

    private static String question(ChartContext chart) {
        String title = chart.title();
        return title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    }

    private static String label(ChartContext chart, ItemResult item) {
        return item.item().displayLabel(chart.language);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The footnotes that explain what a chart marks on its rows: shares that do not sum to 100, shares missing. */
final class Marks {

    private Marks() {
    }

    static List<String> notes(ChartContext chart, List<ItemResult> items) {
        var notes = new ArrayList<String>();
        for (ItemResult item : items) {
            if (chart.sumsOff(item)) {
                notes.add(chart.texts.get("note.sum", item.item().displayLabel(chart.language),
                        chart.sumMark(item).substring(2)));
            }
        }
        for (ItemResult item : items) {
            List<Integer> missing = chart.missing(item);
            if (!missing.isEmpty()) {
                notes.add(chart.texts.get("note.missing", chart.texts.get("quoted", item.item().displayLabel(chart.language)),
                        missing.stream().map(c -> chart.texts.get("quoted", chart.categoryLabel(c)))
                                .collect(Collectors.joining(", "))));
            }
        }
        return notes;
    }
}

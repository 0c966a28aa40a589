package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.model.ChartType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds what a chart shows that a journalist must know before it is printed: {@link ChartProblem}s. */
final class ChartChecks {

    /** Names a spreadsheet gives its sheets, in the languages newsrooms meet: "Data", "Sheet1", "Ark 2". */
    private static final Pattern SHEET_NAME = Pattern.compile(
            "(?iu)(sheet|ark|data|tabel|table|tabelle|tabell|blad|feuil|hoja|foglio|planilha|untitled|unavngivet)\\s*\\d*");
    /** A file's name: one word joined by underscores, or with an extension ("h4_danish", "survey.xlsx"). */
    private static final Pattern FILE_NAME = Pattern.compile("(?iu)(\\S*_\\S*|\\S+\\.(xlsx|xlsm|xls|csv|json))");

    private ChartChecks() {
    }

    static List<ChartProblem> of(ChartContext chart) {
        String id = chart.spec.id();
        var problems = new ArrayList<ChartProblem>();
        Set<String> shown = LowAnswers.shownItems(chart);
        for (ItemResult item : chart.measures.items()) {
            if (shown != null && !shown.contains(item.item().id())) {
                continue;
            }
            String label = item.item().displayLabel(chart.language);
            if (chart.sumsOff(item)) {
                problems.add(new ChartProblem(id, ChartProblem.Kind.DATA, "sum",
                        List.of(label, chart.sumMark(item).substring(2))));
            }
            List<Integer> missing = chart.missing(item);
            if (!missing.isEmpty()) {
                problems.add(new ChartProblem(id, ChartProblem.Kind.DATA, "missing", List.of(label,
                        missing.stream().map(chart::categoryLabel).collect(Collectors.joining(", ")))));
            }
        }
        if (Plots.needsTop(chart.spec.type()) && !chart.scale.kind().hasTopBox()) {
            problems.add(new ChartProblem(id, ChartProblem.Kind.CHART_TYPE, "needsTop",
                    List.of(chart.texts.get("type." + chart.spec.type().name().toLowerCase(Locale.ROOT)),
                            chart.texts.get("kind." + chart.scale.kind().key()))));
        }
        String title = chart.title();
        if (title == null || title.isBlank() || looksLikeAPlaceholder(title, chart)) {
            problems.add(new ChartProblem(id, ChartProblem.Kind.PRESENTATION, "placeholderTitle",
                    List.of(title == null ? "" : title)));
        }
        String source = chart.text(chart.study.metadata().source());
        if (source == null || source.isBlank()) {
            problems.add(new ChartProblem(id, ChartProblem.Kind.PRESENTATION, "noSource", List.of()));
        }
        return List.copyOf(problems);
    }

    /** A headline that is a sheet's or a file's name, or the table's id, rather than words for a reader. */
    static boolean looksLikeAPlaceholder(String title, ChartContext chart) {
        String t = title.strip();
        if (SHEET_NAME.matcher(t).matches() || FILE_NAME.matcher(t).matches() || t.equalsIgnoreCase(chart.table.id())) {
            return true;
        }
        return chart.table.source() != null && t.equalsIgnoreCase(chart.table.source().sheet());
    }
}

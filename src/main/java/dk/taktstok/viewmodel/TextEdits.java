package dk.taktstok.viewmodel;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.Category;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The edits of a chart's words — headline, subtitle, note, source line, items' short labels, category
 * labels — as pure functions from one study to the next. A text is edited in one language: a text that
 * has no stated language is replaced; one with entries per language has only that language's entry set.
 */
public final class TextEdits {

    private TextEdits() {
    }

    /**
     * A text with {@code value} as its wording in {@code language}; null when the value is blank, so an
     * optional text falls back to its default.
     */
    public static Text edited(Text old, String language, String value) {
        String wording = value == null ? "" : value.strip();
        if (wording.isEmpty()) {
            return null;
        }
        if (old == null || old.isPlain()) {
            return Text.of(wording);
        }
        var entries = new LinkedHashMap<>(old.byLanguage());
        entries.put(language, wording);
        return new Text(entries);
    }

    /** The chart's headline; blank gives it back to the table's title. */
    public static Study headline(Study study, ChartSpec chart, String language, String value) {
        return withChart(study, chart, chart.withTitles(edited(chart.title(), language, value), chart.subtitle()));
    }

    /** The chart's subtitle; blank gives it back to the table's question. */
    public static Study subtitle(Study study, ChartSpec chart, String language, String value) {
        return withChart(study, chart, chart.withTitles(chart.title(), edited(chart.subtitle(), language, value)));
    }

    public static Study note(Study study, ChartSpec chart, String language, String value) {
        return withChart(study, chart, chart.withNote(edited(chart.note(), language, value)));
    }

    /** The source line under the study's charts. */
    public static Study source(Study study, String language, String value) {
        return study.withMetadata(study.metadata().withSource(edited(study.metadata().source(), language, value)));
    }

    /** An item's short label, used in charts; blank gives the chart back the full wording. */
    public static Study shortLabel(Study study, String tableId, String itemId, String language, String value) {
        return study.withTables(study.tables().stream().map(table -> !table.id().equals(tableId) ? table
                : table.withItems(table.items().stream().map(item -> !item.id().equals(itemId) ? item
                        : item.withShortLabel(edited(item.shortLabel(), language, value))).toList())).toList());
    }

    /**
     * A category's label. Where the edit changes the original wording, the category's name changes with
     * it, and so does every reference to it by name: the top and bottom boxes, gaps and annotations. A
     * blank label, or one another category of the scale has, is refused: the study is returned as it is.
     */
    public static Study categoryLabel(Study study, String scaleId, int index, String language, String value) {
        Scale scale = study.scale(scaleId).orElseThrow();
        Category old = scale.category(index);
        Text label = edited(old.label(), language, value);
        if (label == null) {
            return study;
        }
        String from = old.name();
        String to = label.text();
        if (!from.equals(to) && scale.indexOf(to) >= 0) {
            return study;
        }
        var categories = new ArrayList<>(scale.categories());
        categories.set(index, new Category(label, old.role(), old.score(), old.code()));
        Scale edited = scale.withCategories(categories).withBoxes(renamed(scale.topBox(), from, to),
                renamed(scale.bottomBox(), from, to));
        Study next = study.withScales(study.scales().stream().map(s -> s.id().equals(scaleId) ? edited : s).toList());
        if (from.equals(to)) {
            return next;
        }
        List<String> tables = study.tables().stream().filter(t -> t.scaleId().equals(scaleId))
                .map(t -> t.id()).toList();
        List<Gap> gaps = next.gaps().stream().map(gap -> gap.practice() instanceof Practice.CategoryShare share
                && tables.contains(share.tableId()) && share.category().equals(from)
                ? new Gap(gap.id(), gap.benchmarkId(), new Practice.CategoryShare(share.tableId(), share.itemId(), to))
                : gap).toList();
        next = next.withBenchmarks(next.benchmarks(), gaps);
        return next.withCharts(next.charts().stream().map(chart -> !tables.contains(chart.tableId()) ? chart
                : chart.withAnnotations(chart.annotations().stream()
                        .map(a -> renamed(a, from, to)).toList())).toList());
    }

    /** A chart edit that changes nothing leaves the study as it is (not even given its default charts). */
    private static Study withChart(Study study, ChartSpec old, ChartSpec edited) {
        return edited.equals(old) ? study : StudyEdits.chart(study, edited);
    }

    private static List<String> renamed(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }

    private static Annotation renamed(Annotation annotation, String from, String to) {
        UnaryOperator<AnnotationAnchor> anchor = a -> a instanceof AnnotationAnchor.DataPoint p
                && Objects.equals(p.category(), from) ? new AnnotationAnchor.DataPoint(p.target(), to) : a;
        return switch (annotation) {
            case Annotation.Note n -> new Annotation.Note(n.id(), n.text(), anchor.apply(n.anchor()), n.offset(),
                    n.connector());
            case Annotation.Arrow a -> new Annotation.Arrow(a.id(), anchor.apply(a.from()), anchor.apply(a.to()),
                    a.label());
            default -> annotation;
        };
    }
}

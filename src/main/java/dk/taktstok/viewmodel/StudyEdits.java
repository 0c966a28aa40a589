package dk.taktstok.viewmodel;

import dk.taktstok.chart.layout.DefaultCharts;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits a journalist makes, as pure functions from one study to the next. The document records
 * each as one undoable change.
 */
public final class StudyEdits {

    private StudyEdits() {
    }

    /** One share of one item; NaN for an emptied cell. */
    public static Study share(Study study, String tableId, String itemId, int category, double value) {
        return item(study, tableId, itemId, item -> {
            var shares = new ArrayList<>(item.shares());
            shares.set(category, value);
            return item.withShares(shares);
        });
    }

    /** The group an item belongs to, by the table's group tag; null removes it from every group. */
    public static Study itemGroup(Study study, String tableId, String itemId, String groupId) {
        SurveyTable table = study.table(tableId).orElseThrow();
        if (table.groupTag() == null) {
            return study;
        }
        return item(study, tableId, itemId, item -> {
            var tags = new LinkedHashMap<>(item.tags());
            if (groupId == null) {
                tags.remove(table.groupTag());
            } else {
                tags.put(table.groupTag(), groupId);
            }
            return item.withTags(tags);
        });
    }

    /**
     * A category's role; a category that becomes substantive gets the score below the lowest, one that
     * stops being substantive leaves the top and bottom boxes (they hold answers on the scale only).
     */
    public static Study categoryRole(Study study, String scaleId, int category, CategoryRole role) {
        return scale(study, scaleId, scale -> {
            Category old = scale.category(category);
            if (old.role() == role) {
                return scale;
            }
            double lowest = scale.categories().stream().filter(Category::isSubstantive)
                    .mapToDouble(Category::score).min().orElse(1);
            var changed = new Category(old.label(), role, role == CategoryRole.SUBSTANTIVE ? lowest - 1 : null);
            Scale edited = withCategory(scale, category, changed).withReading(null);
            if (role == CategoryRole.SUBSTANTIVE) {
                return edited;
            }
            return edited.withBoxes(without(scale.topBox(), old.name()), without(scale.bottomBox(), old.name()));
        });
    }

    public static Study categoryScore(Study study, String scaleId, int category, double score) {
        return scale(study, scaleId, scale -> {
            Category old = scale.category(category);
            return old.isSubstantive()
                    ? withCategory(scale, category, Category.substantive(old.label(), score)).withReading(null) : scale;
        });
    }

    /** The kind of question a scale's answers make; a person's choice, so the scale is no longer a reading. */
    public static Study scaleKind(Study study, String scaleId, ScaleKind kind) {
        return scale(study, scaleId, scale -> scale.kind() == kind ? scale : scale.withKind(kind).withReading(null));
    }

    /** A scale as it stands, confirmed by a person: no longer a reading of a file, so no output calls it a guess. */
    public static Study confirmScale(Study study, String scaleId) {
        return scale(study, scaleId, scale -> scale.withReading(null));
    }

    /** The top and bottom boxes as named categories; empty for the default, the upper or lower half by score. */
    public static Study boxes(Study study, String scaleId, List<String> topBox, List<String> bottomBox) {
        return scale(study, scaleId, scale -> scale.withBoxes(topBox, bottomBox));
    }

    /** Replaces the chart with the same id, first giving a study without charts its default set. */
    public static Study chart(Study study, ChartSpec chart) {
        List<ChartSpec> charts = new ArrayList<>(DefaultCharts.of(study));
        for (int i = 0; i < charts.size(); i++) {
            if (charts.get(i).id().equals(chart.id())) {
                charts.set(i, chart);
                return study.withCharts(charts);
            }
        }
        charts.add(chart);
        return study.withCharts(charts);
    }

    public static Study annotation(Study study, ChartSpec chart, Annotation annotation) {
        var annotations = new ArrayList<Annotation>();
        boolean replaced = false;
        for (Annotation existing : chart.annotations()) {
            if (existing.id().equals(annotation.id())) {
                annotations.add(annotation);
                replaced = true;
            } else {
                annotations.add(existing);
            }
        }
        if (!replaced) {
            annotations.add(annotation);
        }
        return chart(study, chart.withAnnotations(annotations));
    }

    public static Study withoutAnnotation(Study study, ChartSpec chart, String annotationId) {
        return chart(study, chart.withAnnotations(chart.annotations().stream()
                .filter(a -> !a.id().equals(annotationId)).toList()));
    }

    /** An annotation id not yet used in the chart: "note-1", "note-2", … */
    public static String newAnnotationId(ChartSpec chart, String kind) {
        for (int n = 1; ; n++) {
            String id = kind + "-" + n;
            if (chart.annotations().stream().noneMatch(a -> a.id().equals(id))) {
                return id;
            }
        }
    }

    private static Study item(Study study, String tableId, String itemId, UnaryOperator<Item> edit) {
        var tables = new ArrayList<SurveyTable>();
        for (SurveyTable table : study.tables()) {
            if (!table.id().equals(tableId)) {
                tables.add(table);
                continue;
            }
            var items = new ArrayList<Item>();
            for (Item item : table.items()) {
                items.add(item.id().equals(itemId) ? edit.apply(item) : item);
            }
            tables.add(table.withItems(items));
        }
        return study.withTables(tables);
    }

    private static Study scale(Study study, String scaleId, UnaryOperator<Scale> edit) {
        return study.withScales(study.scales().stream()
                .map(scale -> scale.id().equals(scaleId) ? edit.apply(scale) : scale).toList());
    }

    private static List<String> without(List<String> names, String name) {
        return names.stream().filter(n -> !n.equals(name)).toList();
    }

    private static Scale withCategory(Scale scale, int index, Category category) {
        var categories = new ArrayList<>(scale.categories());
        categories.set(index, category);
        return scale.withCategories(categories);
    }
}

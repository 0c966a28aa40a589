package dk.taktstok.chart.layout;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.Numbers;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything one chart's layout reads: the spec, its table and measures, the language and the theme. */
final class ChartContext {

    final Study study;
    final ChartSpec spec;
    final SurveyTable table;
    final Scale scale;
    final TableMeasures measures;
    final StudyMeasures studyMeasures;
    final String language;
    final Numbers numbers;
    final LayoutTexts texts;
    final Theme theme;
    final double width;
    /** How far from 100 the shares of an item may sum, for rounding. */
    static final double SUM_TOLERANCE = 0.5;
    private List<ChartProblem> problems;
    /** Each category's part of scene ids, unique even where names differ only in case or punctuation. */
    final List<String> categoryKeys;
    /** The colours of the study's categories, groups, goal and practice: one meaning each. */
    final StudyColors colors;

    ChartContext(Study study, StudyMeasures studyMeasures, ChartSpec spec, LayoutOptions options) {
        this.study = study;
        this.spec = spec;
        this.studyMeasures = studyMeasures;
        this.measures = studyMeasures.table(spec.tableId()).orElseThrow(
                () -> new IllegalArgumentException("chart " + spec.id() + " names unknown table " + spec.tableId()));
        this.table = measures.table();
        this.scale = measures.scale();
        this.language = options.language() != null ? options.language() : study.language();
        this.numbers = Numbers.of(language);
        this.texts = new LayoutTexts(language);
        this.theme = options.theme();
        this.width = options.width();
        this.categoryKeys = UniqueKeys.of(scale.categories().stream().map(c -> c.name()).toList(), "category",
                Set.of(SceneIds.DONT_KNOW_KEY));
        this.colors = StudyColors.of(study, theme.colors());
    }

    /**
     * The items in the chart's order: the source order, or sorted by a measure, items whose numbers are
     * wrong or missing last (a row summing to 130 is not the largest).
     */
    List<ItemResult> orderedItems() {
        SortOrder sort = spec.sort();
        var items = new ArrayList<>(measures.items());
        if (sort != null) {
            Comparator<ItemResult> byValue = Comparator.comparingDouble(r -> r.measures().get(sort.measure()));
            Comparator<ItemResult> order = sort.descending() ? byValue.reversed() : byValue;
            items.sort(Comparator.<ItemResult, Boolean>comparing(r -> faulty(r)
                            || Double.isNaN(r.measures().get(sort.measure())))
                    .thenComparing(order));
        }
        return items;
    }

    /**
     * Whether the item's shares sum to something other than 100 within rounding (± 0.5); a question
     * where several answers may be chosen may sum to more, and one with a missing share has no sum.
     */
    boolean sumsOff(ItemResult item) {
        double sum = item.measures().sum();
        return scale.kind() != ScaleKind.MULTIPLE && Double.isFinite(sum) && Math.abs(sum - 100) > SUM_TOLERANCE;
    }

    /** The categories the item has no share for. */
    List<Integer> missing(ItemResult item) {
        var missing = new ArrayList<Integer>();
        for (int c = 0; c < scale.size(); c++) {
            if (!Double.isFinite(item.item().share(c))) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** Whether the chart marks the item's numbers as wrong or incomplete. */
    boolean faulty(ItemResult item) {
        return sumsOff(item) || !missing(item).isEmpty();
    }

    /** "Σ 130": the mark beside an item whose shares do not sum to 100. */
    String sumMark(ItemResult item) {
        double sum = item.measures().sum();
        return "Σ " + numbers.decimal(sum, Math.abs(sum - Math.rint(sum)) < 0.05 ? 0 : 1);
    }

    /** The problems the chart marks or has, found once. */
    List<ChartProblem> problems() {
        if (problems == null) {
            problems = ChartChecks.of(this);
        }
        return problems;
    }

    String text(Text text) {
        return text == null ? null : text.in(language);
    }

    String categoryKey(int index) {
        return categoryKeys.get(index);
    }

    String categoryLabel(int index) {
        return scale.category(index).label().in(language);
    }

    String title() {
        return text(spec.title() != null ? spec.title() : table.title());
    }

    String subtitle() {
        return text(spec.subtitle() != null ? spec.subtitle() : table.question());
    }

    /** Ids of the items a highlight annotation points at; empty when nothing is highlighted. */
    Set<String> highlighted() {
        return spec.annotations().stream()
                .filter(Annotation.Highlight.class::isInstance)
                .map(a -> ((Annotation.Highlight) a).itemId())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Space kept above the rows for the labels of reference lines; 0 when the chart has none. */
    double referenceBand() {
        boolean labelled = spec.annotations().stream()
                .anyMatch(a -> a instanceof Annotation.ReferenceLine line && line.label() != null);
        return labelled ? theme.sizes().annotation() * 1.6 : 0;
    }

    /** Shares as the chart writes them inside bars: one decimal, no percent sign (the legend says percent). */
    String share(double value) {
        return numbers.decimal(value, 1);
    }

    String percent(double value) {
        return numbers.percent(value, 1);
    }

    /** A stated value such as a goal: "75 %" when whole, else with one decimal. */
    String statedPercent(double value) {
        return numbers.percent(value, value == Math.rint(value) ? 0 : 1);
    }

    /** An axis tick: a round percentage, without decimals. */
    String percentTick(double value) {
        return numbers.percent(value, 0);
    }
}

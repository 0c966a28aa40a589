package dk.taktstok.viewmodel;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.ScaleBoxes;
import dk.taktstok.analysis.Numbers;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.TableSource;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector: the selected table's measures per item and group and the study's gaps, each value with
 * its formula worked out; and the settings behind them — category roles and scores, the top box, each
 * item's group, the chart's type and order, the number language. Every setting change is undoable.
 */
public final class InspectorViewModel {

    /** A row of measures; {@code formulas} explain each value, in the order of {@link Measure#values()}. */
    public record MeasureRow(String id, String label, String group, List<String> values, List<String> formulas,
                             String n, boolean lowN) {

        public MeasureRow(String id, String label, String group, List<String> values, List<String> formulas) {
            this(id, label, group, values, formulas, "", false);
        }
    }

    /** A gap: the goal, the practice, their values and the gap in points. */
    public record GapRow(String id, String benchmark, String practice, String benchmarkValue, String practiceValue,
                         String points) {
    }

    /** A group an item can belong to. */
    public record GroupChoice(String id, String label) {
    }

    /** A category of the scale with its role, score and whether it is in the top box. */
    public record CategoryRow(int index, String label, boolean substantive, Double score, String scoreText,
                              boolean topBox) {
    }

    private final DocumentViewModel document;
    private final ObservableList<MeasureRow> items = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> groups = FXCollections.observableArrayList();
    private final ObservableList<GapRow> gaps = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final ObservableList<GroupChoice> groupChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ChartType> chartType = new SimpleObjectProperty<>();
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>();
    private final ObjectProperty<ScaleKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper guessed = new ReadOnlyBooleanWrapper();
    private final ObservableList<ChartType> chartTypes = FXCollections.observableArrayList(ChartType.values());

    public InspectorViewModel(DocumentViewModel document) {
        this.document = document;
        document.studyProperty().addListener((o, a, b) -> {
            refresh();
            showChart();
        });
        document.selectedTableProperty().addListener((o, a, b) -> refresh());
        document.selectedChartProperty().addListener((o, a, b) -> showChart());
        language.addListener((o, a, b) -> refresh());
        // a value the chart already has is no edit: so the chart's own values, shown here, never echo back
        chartType.addListener((o, a, b) -> {
            if (b != null && !chart().map(ChartSpec::type).equals(Optional.of(b))) {
                setChartType(b);
            }
        });
        sort.addListener((o, a, b) -> {
            if (chart().isPresent() && !Objects.equals(chart().get().sort(), b)) {
                setSort(b);
            }
        });
        kind.addListener((o, a, b) -> {
            if (b != null && scale().isPresent() && scale().get().kind() != b) {
                setKind(b);
            }
        });
        refresh();
        showChart();
    }

    public ObservableList<MeasureRow> items() {
        return items;
    }

    public ObservableList<MeasureRow> groups() {
        return groups;
    }

    public ObservableList<GapRow> gaps() {
        return gaps;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    /** The groups of the selected table that items can be put in; empty when the table has none. */
    public ObservableList<GroupChoice> groupChoices() {
        return groupChoices;
    }

    /** The group id of an item of the selected table, or null. */
    public String groupOf(String itemId) {
        return document.table().flatMap(t -> t.item(itemId).map(t::groupOf)).orElse(null);
    }

    /** The chart's current settings, for the controls. */
    public Optional<ChartSpec> chart() {
        return document.chart();
    }

    /**
     * The selected chart's type: follows the chart (a load, a selection, an undo), and setting it
     * changes the chart, undoably. Null when there is no chart.
     */
    public ObjectProperty<ChartType> chartTypeProperty() {
        return chartType;
    }

    /**
     * The selected chart's order, null for the source order: follows the chart, and setting it sorts
     * the chart, undoably.
     */
    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    /**
     * The selected table's kind of question (ordinal, yes/no, nominal, multiple response): follows the
     * scale, and setting it changes the scale, undoably.
     */
    public ObjectProperty<ScaleKind> kindProperty() {
        return kind;
    }

    /** How the selected table was read from its file, in words: layout, place, the scale's reading. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Whether the selected table's scale is a guess that a person should check (and confirm). */
    public ReadOnlyBooleanProperty guessedProperty() {
        return guessed.getReadOnlyProperty();
    }

    /** The chart types that mean something for the selected table's kind of question. */
    public ObservableList<ChartType> chartTypes() {
        return chartTypes;
    }

    /** Sets the kind of question of the selected table's scale, undoably. */
    public void setKind(ScaleKind newKind) {
        scale().ifPresent(scale -> document.apply(Words.get("edit.kind"),
                study -> StudyEdits.scaleKind(study, scale.id(), newKind)));
    }

    /** Confirms the selected table's scale as it stands: it is no longer a guess (undoable). */
    public void confirmScale() {
        scale().filter(s -> s.reading() != null).ifPresent(scale -> document.apply(Words.get("edit.confirmScale"),
                study -> StudyEdits.confirmScale(study, scale.id())));
    }

    /** The number language of the inspector, the grid and the chart; null for the study's own. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public String language() {
        return language.get() != null ? language.get() : document.study().language();
    }

    public void setRole(int category, boolean substantive) {
        scale().ifPresent(scale -> document.apply(Words.get("edit.role", scale.category(category).label().text()),
                study -> StudyEdits.categoryRole(study, scale.id(), category,
                        substantive ? CategoryRole.SUBSTANTIVE : CategoryRole.DONT_KNOW)));
    }

    public void setScore(int category, double score) {
        scale().ifPresent(scale -> document.apply(Words.get("edit.score", scale.category(category).label().text()),
                study -> StudyEdits.categoryScore(study, scale.id(), category, score)));
    }

    /**
     * Puts a category in or out of the top box; the first change fixes the box to named categories. A
     * category put in the top box leaves the bottom box, or the net would count its answers both ways.
     */
    public void setInTopBox(int category, boolean inTopBox) {
        scale().ifPresent(scale -> {
            ScaleBoxes boxes = tableMeasures().orElseThrow().boxes();
            String name = scale.category(category).name();
            List<String> top = names(scale, boxes.topBox());
            top.remove(name);
            if (inTopBox) {
                top.add(name);
            }
            List<String> bottom = scale.bottomBox();
            List<String> effectiveBottom = names(scale, boxes.bottomBox());
            if (inTopBox && effectiveBottom.remove(name)) {
                bottom = effectiveBottom;
            }
            List<String> topBox = inScaleOrder(scale, top);
            List<String> bottomBox = inScaleOrder(scale, bottom);
            document.apply(Words.get("edit.topBox"), study -> StudyEdits.boxes(study, scale.id(), topBox, bottomBox));
        });
    }

    private static List<String> names(Scale scale, List<Integer> categories) {
        var names = new ArrayList<String>();
        for (int i : categories) {
            names.add(scale.category(i).name());
        }
        return names;
    }

    private static List<String> inScaleOrder(Scale scale, List<String> names) {
        return scale.categories().stream().map(Category::name).filter(names::contains).toList();
    }

    public void setItemGroup(String itemId, String groupId) {
        document.table().ifPresent(table -> document.apply(Words.get("edit.group"),
                study -> StudyEdits.itemGroup(study, table.id(), itemId, groupId)));
    }

    public void setChartType(ChartType type) {
        document.chart().ifPresent(chart -> document.apply(Words.get("edit.chartType"), study -> StudyEdits.chart(study,
                new ChartSpec(chart.id(), type, chart.tableId(), chart.title(), chart.subtitle(), chart.note(),
                        chart.sort(), chart.measure(), chart.gaps(), chart.mark(), chart.annotations()))));
    }

    /** Sorts the chart's items by a measure, or keeps the source order when {@code sort} is null. */
    public void setSort(SortOrder sort) {
        document.chart().ifPresent(chart -> document.apply(Words.get("edit.sort"),
                study -> StudyEdits.chart(study, chart.withSort(sort))));
    }

    /** The user's language changed: the formulas are worded again. */
    void wordsChanged() {
        refresh();
    }

    private void showChart() {
        Optional<ChartSpec> chart = chart();
        chartType.set(chart.map(ChartSpec::type).orElse(null));
        sort.set(chart.map(ChartSpec::sort).orElse(null));
    }

    private void showReading() {
        Optional<SurveyTable> table = document.table();
        Optional<Scale> scale = scale();
        kind.set(scale.map(Scale::kind).orElse(null));
        ScaleKind shownKind = scale.map(Scale::kind).orElse(ScaleKind.ORDINAL);
        List<ChartType> fitting = java.util.Arrays.stream(ChartType.values()).filter(t -> t.fits(shownKind)).toList();
        if (!fitting.equals(chartTypes)) {
            chartTypes.setAll(fitting); // a choice box bound to them drops its value: show the chart's again
            showChart();
        }
        ScaleReading scaleReading = scale.map(Scale::reading).orElse(null);
        guessed.set(scaleReading != null && scaleReading.confidence() == Confidence.LOW);
        var text = new ArrayList<String>();
        TableSource source = table.map(SurveyTable::source).orElse(null);
        if (source != null) {
            String where = java.util.stream.Stream.of(source.sheet(), source.range()).filter(Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "));
            text.add(Words.get("reading.layout", Words.get("reading.layout." + source.layout()), where)
                    + (source.rowsSkipped() > 0 ? " " + Words.get("reading.skipped", source.rowsSkipped()) : ""));
            for (TableSource.SetAside aside : source.setAside()) {
                text.add(Words.get("reading.setAside", aside.answer(), aside.count()));
            }
        }
        if (scaleReading != null) {
            text.add(Words.get(guessed.get() ? "reading.guess" : "reading.scale", scaleReading.why()));
        }
        reading.set(String.join("\n", text));
    }

    private Optional<Scale> scale() {
        return document.table().map(table -> document.study().scaleOf(table));
    }

    private Optional<TableMeasures> tableMeasures() {
        return document.table().flatMap(table -> document.measures().table(table.id()));
    }

    private void refresh() {
        Optional<TableMeasures> selected = tableMeasures();
        showReading();
        if (selected.isEmpty()) {
            items.clear();
            groupChoices.clear();
            groups.clear();
            categories.clear();
            gaps.clear();
            return;
        }
        TableMeasures table = selected.get();
        String lang = language();
        Numbers numbers = Numbers.of(lang);
        var itemRows = new ArrayList<MeasureRow>();
        for (ItemResult item : table.items()) {
            var values = new ArrayList<String>();
            var formulas = new ArrayList<String>();
            var uncertainty = item.uncertainty();
            for (Measure measure : Measure.values()) {
                values.add(format(numbers, measure, item.measures().get(measure)));
                String formula = Formulas.explain(measure, table.scale(), table.boxes(), item.item(), item.measures(), lang);
                double margin = uncertainty == null ? Double.NaN : uncertainty.measures().get(measure);
                formulas.add(Double.isFinite(margin)
                        ? formula + "\n" + Words.get("formula.margin", numbers.decimal(margin, 1), uncertainty.n()) : formula);
            }
            String group = item.group() == null ? "" : table.table().group(item.group())
                    .map(g -> g.label().in(lang)).orElse(item.group());
            String n = uncertainty == null ? "" : String.valueOf(uncertainty.n());
            itemRows.add(new MeasureRow(item.item().id(), item.item().displayLabel(lang), group, values, formulas,
                    n, item.lowN()));
        }
        var groupRows = new ArrayList<MeasureRow>();
        for (GroupResult group : table.groups()) {
            var values = new ArrayList<String>();
            var formulas = new ArrayList<String>();
            for (Measure measure : Measure.values()) {
                values.add(format(numbers, measure, group.means().get(measure)));
                formulas.add(Words.get("formula.group", group.itemCount()));
            }
            groupRows.add(new MeasureRow(group.group().id(), group.group().label().in(lang), "", values, formulas));
        }
        table.balanceIfAny().ifPresent(balance -> {
            var values = new ArrayList<String>();
            var formulas = new ArrayList<String>();
            for (Measure measure : Measure.values()) {
                values.add(numbers.signed(balance.difference().get(measure), 1));
                formulas.add(Words.get("formula.balance", balance.first().label().in(lang),
                        balance.second().label().in(lang)));
            }
            groupRows.add(new MeasureRow("balance", Words.get("inspector.balance"), "", values, formulas));
        });
        var categoryRows = new ArrayList<CategoryRow>();
        for (int i = 0; i < table.scale().size(); i++) {
            Category category = table.scale().category(i);
            String scoreText = category.score() == null ? ""
                    : numbers.decimal(category.score(), category.score() % 1 == 0 ? 0 : 2);
            categoryRows.add(new CategoryRow(i, category.label().in(lang), category.isSubstantive(), category.score(),
                    scoreText, table.boxes().isTop(i)));
        }
        var gapRows = new ArrayList<GapRow>();
        for (GapResult gap : document.measures().gaps()) {
            gapRows.add(new GapRow(gap.gap().id(), gap.benchmark().label().in(lang), practice(gap, lang),
                    numbers.percent(gap.benchmark().value(), 1), numbers.percent(gap.practiceValue(), 1),
                    numbers.decimal(gap.points(), 1)));
        }
        groupChoices.setAll(table.table().groups().stream()
                .map(g -> new GroupChoice(g.id(), g.label().in(lang))).toList());
        items.setAll(itemRows);
        groups.setAll(groupRows);
        categories.setAll(categoryRows);
        gaps.setAll(gapRows);
    }

    private String practice(GapResult gap, String lang) {
        Practice practice = gap.gap().practice();
        SurveyTable table = document.study().table(practice.tableId()).orElse(null);
        if (table == null) {
            return practice.tableId();
        }
        return switch (practice) {
            case Practice.CategoryShare share -> share.category() + ": "
                    + table.item(share.itemId()).map(i -> i.displayLabel(lang)).orElse(share.itemId());
            case Practice.ItemMeasure measure -> measure.measure().key() + ": "
                    + table.item(measure.itemId()).map(i -> i.displayLabel(lang)).orElse(measure.itemId());
            case Practice.GroupMeasure measure -> measure.measure().key() + ": "
                    + table.group(measure.groupId()).map(g -> g.label().in(lang)).orElse(measure.groupId());
        };
    }

    private static String format(Numbers numbers, Measure measure, double value) {
        return measure == Measure.NET ? numbers.signed(value, 1) : numbers.decimal(value, 1);
    }
}

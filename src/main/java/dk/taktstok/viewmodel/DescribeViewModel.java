package dk.taktstok.viewmodel;

import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Describe step: the words of the selected chart and its table — headline, subtitle, source line,
 * note, each item's short label beside its full wording, the category labels — as the chart shows
 * them in its language, each edited as one undoable change. A headline that is empty or a name a file
 * gave the table is flagged.
 */
public final class DescribeViewModel {

    /** An item's full wording (kept for the alt text and the data table) and the short label charts use; "" for none. */
    public record ItemLabel(String itemId, String label, String shortLabel) {
    }

    /** A category of the table's scale and its label as charts show it. */
    public record CategoryLabel(int index, String label) {
    }

    private final DocumentViewModel document;
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headlineProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ObservableList<ItemLabel> items = FXCollections.observableArrayList();
    private final ObservableList<CategoryLabel> categories = FXCollections.observableArrayList();

    public DescribeViewModel(DocumentViewModel document) {
        this.document = document;
        document.studyProperty().addListener((o, a, b) -> refresh());
        document.selectedChartProperty().addListener((o, a, b) -> refresh());
        document.selectedTableProperty().addListener((o, a, b) -> refresh());
        language.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The language the words are shown and edited in; null for the study's own. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /** The headline as the chart shows it: the chart's own, else the table's title. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Why the headline should be rewritten; empty when it is fine. */
    public ReadOnlyStringProperty headlineProblemProperty() {
        return headlineProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ObservableList<ItemLabel> items() {
        return items;
    }

    public ObservableList<CategoryLabel> categories() {
        return categories;
    }

    /** Sets the headline; blank gives the chart back the table's title. */
    public void setHeadline(String value) {
        editChart(headline.get(), value, "edit.headline", TextEdits::headline);
    }

    /** Sets the subtitle; blank gives the chart back the table's question. */
    public void setSubtitle(String value) {
        editChart(subtitle.get(), value, "edit.subtitle", TextEdits::subtitle);
    }

    public void setNote(String value) {
        editChart(note.get(), value, "edit.chartNote", TextEdits::note);
    }

    /** Sets the source line under the study's charts. */
    public void setSource(String value) {
        if (!unchanged(source.get(), value)) {
            document.apply(Words.get("edit.source"), study -> TextEdits.source(study, language(), value));
        }
    }

    /** Sets the label charts use for an item; blank gives them back its full wording. */
    public void setShortLabel(String itemId, String value) {
        Optional<SurveyTable> table = table();
        Optional<ItemLabel> row = items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
        if (table.isEmpty() || row.isEmpty() || unchanged(row.get().shortLabel(), value)) {
            return;
        }
        document.apply(Words.get("edit.shortLabel", row.get().label()),
                study -> TextEdits.shortLabel(study, table.get().id(), itemId, language(), value));
    }

    /**
     * Sets a category's label.
     *
     * @return empty when taken; else why not, in the user's words
     */
    public Optional<String> setCategoryLabel(int index, String value) {
        Optional<SurveyTable> table = table();
        if (table.isEmpty() || index < 0 || index >= categories.size()
                || unchanged(categories.get(index).label(), value)) {
            return Optional.empty();
        }
        if (value == null || value.isBlank()) {
            return Optional.of(Words.get("describe.category.empty"));
        }
        String scaleId = table.get().scaleId();
        String old = categories.get(index).label();
        if (!document.apply(Words.get("edit.categoryLabel", old),
                study -> TextEdits.categoryLabel(study, scaleId, index, language(), value))) {
            return Optional.of(Words.get("describe.category.taken", value.strip()));
        }
        return Optional.empty();
    }

    private void editChart(String shown, String value, String description, ChartEdit edit) {
        Optional<ChartSpec> chart = document.chart();
        if (chart.isEmpty() || unchanged(shown, value)) {
            return;
        }
        document.apply(Words.get(description), study -> edit.apply(study, chart.get(), language(), value));
    }

    @FunctionalInterface
    private interface ChartEdit {
        Study apply(Study study, ChartSpec chart, String language, String value);
    }

    private static boolean unchanged(String shown, String value) {
        return Objects.equals(shown == null ? "" : shown.strip(), value == null ? "" : value.strip());
    }

    private String language() {
        return language.get() != null ? language.get() : document.study().language();
    }

    private Optional<SurveyTable> table() {
        Optional<ChartSpec> chart = document.chart();
        Study study = document.study();
        return chart.isPresent() ? study.table(chart.get().tableId()) : document.table();
    }

    private void refresh() {
        Study study = document.study();
        String lang = language();
        Optional<ChartSpec> chart = document.chart();
        Optional<SurveyTable> table = table();
        String title = chart.map(ChartSpec::title).map(t -> t.in(lang))
                .orElse(table.map(t -> in(t.title(), lang)).orElse(""));
        headline.set(title);
        headlineProblem.set(Headlines.problem(title, table.map(SurveyTable::id).orElse(null)).orElse(""));
        subtitle.set(chart.map(ChartSpec::subtitle).map(t -> t.in(lang))
                .orElse(table.map(t -> in(t.question(), lang)).orElse("")));
        note.set(chart.map(ChartSpec::note).map(t -> t.in(lang)).orElse(""));
        source.set(in(study.metadata().source(), lang));
        if (table.isEmpty()) {
            items.clear();
            categories.clear();
            return;
        }
        items.setAll(table.get().items().stream().map(item -> new ItemLabel(item.id(), item.label().in(lang),
                in(item.shortLabel(), lang))).toList());
        Scale scale = study.scaleOf(table.get());
        var labels = new java.util.ArrayList<CategoryLabel>();
        for (int c = 0; c < scale.size(); c++) {
            labels.add(new CategoryLabel(c, scale.category(c).label().in(lang)));
        }
        categories.setAll(labels);
    }

    private static String in(Text text, String language) {
        return text == null ? "" : text.in(language);
    }
}

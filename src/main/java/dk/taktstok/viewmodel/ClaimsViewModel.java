package dk.taktstok.viewmodel;

import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.claims.CheckReport;
import dk.taktstok.claims.Claim;
import dk.taktstok.claims.ClaimChecker;
import dk.taktstok.claims.Figure;
import dk.taktstok.claims.FigureNames;
import dk.taktstok.claims.Places;
import dk.taktstok.claims.Verdict;
import dk.taktstok.io.Problem;
import dk.taktstok.io.store.Drafts;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Study;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Check article" panel: a draft pasted or opened, its quantitative claims checked against the open
 * study (docs/claim-check.md), each with its verdict, figure, formula and reason. Selecting a claim
 * selects its figure's table, chart and cell in the main window. The check follows the study: an edit
 * in the grid checks the draft again.
 */
public final class ClaimsViewModel {

    /**
     * One claim as the panel shows it.
     *
     * @param start   the offset of its words in the draft
     * @param end     the offset after them
     * @param figure  the figure it was held against, named, with its value; empty when none was found
     * @param target  what selecting it selects; null for a claim without a figure in a table
     */
    public record ClaimRow(int number, int start, int end, String words, Verdict verdict, String verdictText,
                           String figure, String formula, String reason, Target target) {
    }

    /**
     * The place of a claim's figure in the main window: its table, the chart to show and the part of it to
     * mark, and the grid's cell (the item's row, the first category column behind the figure).
     *
     * @param chartNode the scene id of the chart's row or group that shows the figure; null for none
     * @param itemId    the item of the figure's first cell; null for a goal
     * @param category  the category of that cell, an index into the table's scale; -1 for none
     */
    public record Target(String tableId, String chartId, String chartNode, String itemId, int category) {
    }

    private final DocumentViewModel document;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObservableList<ClaimRow> claims = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<String> checkedText = new ReadOnlyObjectWrapper<>();
    private Study indexed;
    private ClaimChecker checker;

    public ClaimsViewModel(DocumentViewModel document) {
        this.document = document;
        // a change to the study may change a verdict: a checked draft is checked again
        document.studyProperty().addListener((o, a, b) -> {
            if (checkedText.get() != null) {
                check();
            }
        });
        selected.addListener((o, a, row) -> show(row));
    }

    /** The draft's text, as typed, pasted or opened. */
    public StringProperty draftProperty() {
        return draft;
    }

    /** The claims of the last check, in the draft's order. */
    public ObservableList<ClaimRow> claims() {
        return claims;
    }

    /** The claim selected; setting it selects its figure in the main window. */
    public ObjectProperty<ClaimRow> selectedProperty() {
        return selected;
    }

    /** "3 claims: 2 supported, 1 contradicted". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why a draft could not be opened, or what was odd about it; empty when all went well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The text the claims' offsets point into: the draft as last checked; null before any check. */
    public ReadOnlyObjectProperty<String> checkedTextProperty() {
        return checkedText.getReadOnlyProperty();
    }

    /** Checks the draft against the study as it is now. */
    public void check() {
        String text = draft.get() == null ? "" : draft.get();
        Study study = document.study();
        if (checker == null || indexed != study) {
            checker = new ClaimChecker(study);
            indexed = study;
        }
        String language = Words.locale().getLanguage();
        CheckReport report = checker.check(text, language, Places.NONE);
        selected.set(null);
        // the text first: views that follow the claims read their offsets in it
        checkedText.set(text);
        claims.setAll(report.claims().stream().map(c -> row(c, language)).toList());
        summary.set(summary(report));
    }

    /** A draft pasted: it replaces the one there, and is checked at once. */
    public void paste(String text) {
        draft.set(text == null ? "" : text);
        message.set("");
        check();
    }

    /** A draft opened from a file (plain text, Markdown, .docx), checked at once; a file that cannot be read says why. */
    public void open(Path file) {
        Drafts.Draft read = Drafts.open(file);
        message.set(read.problems().stream().map(Problem::describe).collect(Collectors.joining("\n")));
        if (read.readable()) {
            draft.set(read.text());
            check();
        }
    }

    /** The claim whose words are at an offset of the checked draft, if any (a click on a mark). */
    public Optional<ClaimRow> claimAt(int offset) {
        return claims.stream().filter(c -> offset >= c.start() && offset < c.end()).findFirst();
    }

    /** The grid's row of the selected claim's item in the table shown, or -1. */
    public int rowOf(Target target) {
        if (target == null || target.itemId() == null) {
            return -1;
        }
        return document.table().filter(t -> t.id().equals(target.tableId()))
                .map(t -> t.indexOf(target.itemId())).orElse(-1);
    }

    /** Selecting a claim selects its figure's table and chart; the view selects the grid's cell. */
    private void show(ClaimRow row) {
        if (row == null || row.target() == null) {
            return;
        }
        document.selectedTableProperty().set(row.target().tableId());
        if (row.target().chartId() != null) {
            document.selectedChartProperty().set(row.target().chartId());
        }
    }

    private ClaimRow row(Claim claim, String language) {
        Figure figure = claim.figure();
        String verdict = Words.get("claims.verdict." + claim.verdict().key());
        if (figure == null) {
            return new ClaimRow(claim.number(), claim.quantity().start(), claim.quantity().end(),
                    claim.quantity().text(), claim.verdict(), verdict, "", "", claim.reason(), null);
        }
        String named = FigureNames.of(figure, language) + " = " + FigureNames.value(figure, language);
        return new ClaimRow(claim.number(), claim.quantity().start(), claim.quantity().end(), claim.quantity().text(),
                claim.verdict(), verdict, named, figure.formula(), claim.reason(), target(figure));
    }

    private Target target(Figure figure) {
        var cell = figure.firstCell();
        String tableId = cell != null ? cell.tableId() : figure.tableId();
        if (tableId == null) {
            // a goal alone: the chart of goal against practice shows it
            return chartOf(null, ChartType.GOAL_VS_PRACTICE)
                    .map(c -> new Target(c.tableId(), c.id(), null, null, -1)).orElse(null);
        }
        ChartType wanted = switch (figure.kind()) {
            case GAP, BENCHMARK -> ChartType.GOAL_VS_PRACTICE;
            case GROUP, BALANCE -> ChartType.GROUP_INDEX;
            default -> ChartType.DIVERGING_BARS;
        };
        Optional<ChartSpec> chart = chartOf(tableId, wanted).or(() -> chartOf(tableId, null));
        String itemId = cell == null ? null : cell.itemId();
        return new Target(tableId, chart.map(ChartSpec::id).orElse(null), chart.map(c -> nodeOf(figure, c, itemId))
                .orElse(null), itemId, cell == null ? -1 : cell.category());
    }

    /** The scene id of the row or group of a chart that shows a figure. */
    private static String nodeOf(Figure figure, ChartSpec chart, String itemId) {
        return switch (chart.type()) {
            case GOAL_VS_PRACTICE -> figure.gapId() == null ? null : SceneIds.gap(figure.gapId());
            case GROUP_INDEX -> {
                String group = figure.groupId() != null ? figure.groupId()
                        : figure.parts().isEmpty() ? null : figure.parts().getFirst().groupId();
                yield group == null ? null : SceneIds.group(group);
            }
            case DIVERGING_BARS, STACKED_BARS -> itemId == null ? null : SceneIds.row(itemId);
        };
    }

    /** The first of the study's charts of a table (any table where null) and of a type (any where null). */
    private Optional<ChartSpec> chartOf(String tableId, ChartType type) {
        List<ChartSpec> charts = document.charts();
        return charts.stream()
                .filter(c -> tableId == null || c.tableId().equals(tableId))
                .filter(c -> type == null || c.type() == type)
                .findFirst();
    }

    private static String summary(CheckReport report) {
        if (report.claims().isEmpty()) {
            return Words.get("claims.none");
        }
        String counts = report.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + Words.get("claims.verdict." + e.getKey().key()))
                .collect(Collectors.joining(", "));
        return Words.get("claims.summary", report.claims().size(), counts);
    }
}

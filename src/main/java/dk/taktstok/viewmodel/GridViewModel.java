package dk.taktstok.viewmodel;

import dk.taktstok.analysis.StudyFinding;
import dk.taktstok.analysis.StudyPlace;
import dk.taktstok.analysis.StudyValidator;
import dk.taktstok.io.Problem;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.store.StudyChecks;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.text.NumberText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data grid: the selected table's items as rows, a column per category, each cell marked with the
 * problem the study checks find there (the same words as the command line). Editing a cell is one
 * undoable change, and the measures and the chart follow at once.
 */
public final class GridViewModel {

    /** A problem as the grid marks it: an error or a warning, in the study checks' words. */
    public record Mark(boolean error, String message) {

        static Mark of(Problem problem) {
            return problem == null ? null : new Mark(problem.isError(), problem.message());
        }
    }

    /** One cell: its value (NaN when empty), the value as shown, and the problem found there, if any. */
    public record Cell(double value, String text, Mark mark) {
    }

    /** One row: an item, its group, its cells, the sum as shown, and a problem of the row as a whole (its sum). */
    public record Row(String itemId, String label, String group, List<Cell> cells, String sum, Mark mark) {
    }

    /**
     * A line of the problems list: at a cell of the table shown (row and column of the grid; column 0
     * for the row as a whole), or elsewhere (row -1): the file as a whole, the study, a table, or a table
     * not shown.
     */
    public record ProblemLine(boolean error, String text, int row, int column) {
    }

    private final DocumentViewModel document;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
    private final javafx.beans.property.ObjectProperty<String> language =
            new javafx.beans.property.SimpleObjectProperty<>();

    public GridViewModel(DocumentViewModel document) {
        this.document = document;
        document.studyProperty().addListener((o, a, b) -> refresh());
        document.selectedTableProperty().addListener((o, a, b) -> refresh());
        // the problems met reading change only with a load, which this follows (even of the same study)
        document.loadsProperty().addListener((o, a, b) -> refresh());
        language.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The number language of the cells; null for the study's own. */
    public javafx.beans.property.ObjectProperty<String> languageProperty() {
        return language;
    }

    /**
     * What the problems list shows: the problems met reading the file that belong to no cell; the study
     * checks' problems now of the study, of each table, and of the tables not shown; then those of the
     * shown table's cells and rows. A cell's problem from reading stays until the cell is changed.
     */
    public ObservableList<ProblemLine> problems() {
        return problems;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The column headings: the categories of the table's scale. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** Why what the user is typing into a cell would not be taken; empty while it would be. */
    public Optional<String> checkTyped(String typed) {
        if (typed == null || typed.isBlank() || NumberText.read(typed.strip()) != null) {
            return Optional.empty();
        }
        return Optional.of(notANumber(typed.strip()));
    }

    /** Why a text is no share, with an example written in the grid's number language ("26,7" or "26.7"). */
    private String notANumber(String typed) {
        return Words.get("grid.notANumber", typed, numbers().decimal(26.7, 1));
    }

    private dk.taktstok.analysis.Numbers numbers() {
        return dk.taktstok.analysis.Numbers.of(language.get() != null ? language.get() : document.study().language());
    }

    /**
     * Puts a range copied from a spreadsheet or a web page (lines of tab-separated values) into the
     * cells from a row and category on, as one undoable change. Values beyond the table's last row or
     * category are left out; an empty value empties its cell.
     *
     * @return empty when the range was taken; else why not (a value that is no number), in the user's words
     */
    public Optional<String> paste(int row, int category, String text) {
        Optional<SurveyTable> table = document.table();
        if (table.isEmpty() || text == null) {
            return Optional.of(Words.get("grid.noTable"));
        }
        List<Item> items = table.get().items();
        int categories = document.study().scaleOf(table.get()).size();
        var values = new java.util.LinkedHashMap<java.util.Map.Entry<String, Integer>, Double>();
        List<String> lines = text.lines().toList();
        int left = 0;
        for (int r = 0; r < lines.size(); r++) {
            if (lines.get(r).isEmpty() && r == lines.size() - 1) {
                break;
            }
            String[] cells = lines.get(r).split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (row + r >= items.size() || category + c < 0 || category + c >= categories) {
                    left++;
                    continue;
                }
                String typed = cells[c].strip();
                NumberText.Reading reading = typed.isEmpty() ? null : NumberText.read(typed);
                if (!typed.isEmpty() && reading == null) {
                    return Optional.of(notANumber(typed));
                }
                values.put(java.util.Map.entry(items.get(row + r).id(), category + c),
                        reading == null ? Double.NaN : reading.value());
            }
        }
        if (values.isEmpty()) {
            return Optional.of(Words.get("grid.pasteOutside"));
        }
        String tableId = table.get().id();
        document.apply(Words.get("edit.paste", values.size()), study -> {
            Study next = study;
            for (var value : values.entrySet()) {
                next = StudyEdits.share(next, tableId, value.getKey().getKey(), value.getKey().getValue(),
                        value.getValue());
            }
            return next;
        });
        return left == 0 ? Optional.empty() : Optional.of(Words.get("grid.pasteLeftOut", left));
    }

    /** Empties cells, given as {row, category} pairs, as one undoable change. */
    public void clear(List<int[]> cells) {
        Optional<SurveyTable> table = document.table();
        if (table.isEmpty()) {
            return;
        }
        List<Item> items = table.get().items();
        int categories = document.study().scaleOf(table.get()).size();
        List<int[]> inside = cells.stream().filter(cell -> cell[0] >= 0 && cell[0] < items.size() && cell[1] >= 0
                && cell[1] < categories).toList();
        if (inside.isEmpty()) {
            return;
        }
        String tableId = table.get().id();
        document.apply(Words.get("edit.clear", inside.size()), study -> {
            Study next = study;
            for (int[] cell : inside) {
                next = StudyEdits.share(next, tableId, items.get(cell[0]).id(), cell[1], Double.NaN);
            }
            return next;
        });
    }

    /**
     * Sets a share from what the user typed ("26,7", "26.7", "26,7 %", empty for no value).
     *
     * @return empty when the value was taken; else why not, in the user's words
     */
    public Optional<String> editShare(String itemId, int category, String typed) {
        Optional<SurveyTable> table = document.table();
        if (table.isEmpty()) {
            return Optional.of(Words.get("grid.noTable"));
        }
        double value;
        if (typed == null || typed.isBlank()) {
            value = Double.NaN;
        } else {
            NumberText.Reading reading = NumberText.read(typed.strip());
            if (reading == null) {
                return Optional.of(notANumber(typed.strip()));
            }
            value = reading.value();
        }
        String name = document.study().scaleOf(table.get()).category(category).label().text();
        String label = table.get().item(itemId).map(i -> i.label().text()).orElse(itemId);
        double finalValue = value;
        document.apply(Words.get("edit.share", name, shorten(label)),
                study -> StudyEdits.share(study, table.get().id(), itemId, category, finalValue));
        return Optional.empty();
    }

    /** The user's language changed: the cells' problems are worded again. */
    void wordsChanged() {
        refresh();
    }

    private void refresh() {
        Optional<SurveyTable> selected = document.table();
        Study study = document.study();
        var lines = new ArrayList<ProblemLine>();
        for (Problem problem : document.problems()) {
            lines.add(new ProblemLine(problem.isError(), problem.describe(), -1, -1));
        }
        Map<String, List<Problem>> live = liveProblems(study);
        int selectedIndex = selected.map(t -> study.tables().indexOf(t)).orElse(-1);
        for (int t = 0; t < study.tables().size(); t++) {
            String title = titleOf(study.tables().get(t));
            for (Problem problem : live.getOrDefault(TABLE + t, List.of())) {
                lines.add(new ProblemLine(problem.isError(), title + ": " + problem.message(), -1, -1));
            }
            if (t != selectedIndex) {
                lines.addAll(linesOfTableNotShown(study, t, live));
            }
        }
        if (selected.isEmpty()) {
            rows.clear();
            categories.clear();
            problems.setAll(lines);
            return;
        }
        var numbers = dk.taktstok.analysis.Numbers.of(language.get() != null ? language.get() : study.language());
        SurveyTable table = selected.get();
        Scale scale = study.scaleOf(table);
        var newRows = new ArrayList<Row>();
        for (int i = 0; i < table.items().size(); i++) {
            Item item = table.items().get(i);
            var cells = new ArrayList<Cell>();
            for (int c = 0; c < scale.size(); c++) {
                double value = c < item.shares().size() ? item.share(c) : Double.NaN;
                List<Problem> found = cellProblems(live, selectedIndex, table, item, i, c, value);
                Problem problem = found.isEmpty() && Double.isNaN(value)
                        ? Problem.error(null, Words.get("grid.noValue")) : found.isEmpty() ? null : found.getFirst();
                cells.add(new Cell(value, Double.isNaN(value) ? "" : numbers.decimal(value, 1), Mark.of(problem)));
                for (Problem each : found.isEmpty() && problem != null ? List.of(problem) : found) {
                    lines.add(new ProblemLine(each.isError(), shorten(item.label().text()) + " · "
                            + scale.category(c).label().text() + ": " + each.message(), i, c + 2));
                }
            }
            String group = table.groupOf(item);
            String groupLabel = group == null ? "" : table.group(group).map(g -> g.label().text()).orElse(group);
            List<Problem> rowProblems = rowProblems(live, selectedIndex, table, item, i);
            for (Problem each : rowProblems) {
                lines.add(new ProblemLine(each.isError(), each.message(), i, 0));
            }
            double sum = cells.stream().mapToDouble(Cell::value).sum();
            newRows.add(new Row(item.id(), item.label().text(), groupLabel, cells,
                    Double.isNaN(sum) ? "" : numbers.decimal(sum, 1),
                    Mark.of(rowProblems.isEmpty() ? null : rowProblems.getFirst())));
        }
        List<String> headings = scale.categories().stream().map(c -> c.label().in(numbers.language())).toList();
        // the same headings are not set again: the grid would build its columns anew and lose its selection
        if (!headings.equals(categories)) {
            categories.setAll(headings);
        }
        rows.setAll(newRows);
        problems.setAll(lines);
    }

    /**
     * A cell's problems: the checks' now; else the reader's, while the cell still holds what was read (a
     * reader's warning stays).
     */
    private List<Problem> cellProblems(Map<String, List<Problem>> live, int tableIndex, SurveyTable table, Item item,
            int i, int c, double value) {
        List<Problem> now = live.getOrDefault(key(tableIndex, i, c), List.of());
        if (!now.isEmpty()) {
            return now;
        }
        return document.readProblemsAt(table.id(), item.id(), c).stream()
                .filter(read -> Double.isNaN(value) || !read.isError()).toList();
    }

    /** A row's problems: the checks' now; else the reader's. */
    private List<Problem> rowProblems(Map<String, List<Problem>> live, int tableIndex, SurveyTable table, Item item,
            int i) {
        List<Problem> now = live.getOrDefault(key(tableIndex, i, -1), List.of());
        return now.isEmpty() ? document.readProblemsAt(table.id(), item.id(), -1) : now;
    }

    /** The problems of a table not shown in the grid, named by the table, for the user to choose it. */
    private List<ProblemLine> linesOfTableNotShown(Study study, int t, Map<String, List<Problem>> live) {
        SurveyTable table = study.tables().get(t);
        Scale scale = study.scaleOf(table);
        String title = titleOf(table);
        var lines = new ArrayList<ProblemLine>();
        for (int i = 0; i < table.items().size(); i++) {
            Item item = table.items().get(i);
            for (int c = 0; c < scale.size(); c++) {
                double value = c < item.shares().size() ? item.share(c) : Double.NaN;
                for (Problem each : cellProblems(live, t, table, item, i, c, value)) {
                    lines.add(new ProblemLine(each.isError(), title + " · " + shorten(item.label().text()) + " · "
                            + scale.category(c).label().text() + ": " + each.message(), -1, -1));
                }
            }
            for (Problem each : rowProblems(live, t, table, item, i)) {
                lines.add(new ProblemLine(each.isError(), title + ": " + each.message(), -1, -1));
            }
        }
        return lines;
    }

    private static String titleOf(SurveyTable table) {
        return table.title() != null && !table.title().text().isBlank() ? table.title().text() : table.id();
    }

    private static final String TABLE = "table ";

    /** The study checks' problems now, keyed by cell ("t/i/c"), row ("t/i/-1") or table ("table t"), each without its place. */
    private static Map<String, List<Problem>> liveProblems(Study study) {
        var byPlace = new HashMap<String, List<Problem>>();
        for (StudyFinding finding : StudyValidator.validate(study)) {
            String place = switch (finding.place()) {
                case StudyPlace.Table t -> TABLE + t.table();
                case StudyPlace.Item i -> key(i.table(), i.item(), -1);
                case StudyPlace.Share s -> key(s.table(), s.item(), s.category());
            };
            byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(StudyChecks.problem(finding, SourceMap.NONE));
        }
        return byPlace;
    }

    private static String key(int table, int item, int category) {
        return table + "/" + item + "/" + category;
    }

    /** A long label cut to about 40 characters, after a whole word where one ends near there. */
    private static String shorten(String label) {
        if (label.length() <= 40) {
            return label;
        }
        int cut = label.lastIndexOf(' ', 39);
        return label.substring(0, cut >= 20 ? cut : 39).stripTrailing() + "…";
    }
}

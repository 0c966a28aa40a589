package dk.taktstok.io.respondents;

import dk.taktstok.io.table.Grid;
import dk.taktstok.io.table.GridCell;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the numeric codes of respondent rows mean, from a sheet of value labels: rows of code and label
 * ({@code 1 | Helt enig}, or {@code Helt enig | 1}), which hold for every question, or of question, code and
 * label ({@code Hvor enig er du …? | 1 | Helt enig}, the label and code either way round), the way survey
 * tools export them. A question's cell may
 * be left blank under its first row. The codes keep the order of the sheet.
 */
public final class CodeLabels {

    /** Rows that must fit the pattern before a sheet is taken for value labels. */
    private static final int MIN_ROWS = 2;

    private final Map<String, String> everyQuestion;
    private final Map<String, Map<String, String>> byQuestion;

    private CodeLabels(Map<String, String> everyQuestion, Map<String, Map<String, String>> byQuestion) {
        this.everyQuestion = everyQuestion;
        this.byQuestion = byQuestion;
    }

    /** No labels: codes stay as they are. */
    public static final CodeLabels NONE = new CodeLabels(Map.of(), Map.of());

    /** The value labels of a sheet, or empty when the sheet is something else. */
    public static Optional<CodeLabels> of(Grid sheet) {
        var everyQuestion = new LinkedHashMap<String, String>();
        var byQuestion = new LinkedHashMap<String, Map<String, String>>();
        int fitting = 0;
        int other = 0;
        String question = null;
        for (int r : sheet.filledRows()) {
            List<GridCell> cells = sheet.row(r);
            int first = cells.getFirst().col();
            GridCell a = sheet.cell(r, first);
            GridCell b = sheet.cell(r, first + 1);
            GridCell c = sheet.cell(r, first + 2);
            boolean continued = question != null && first > 0 && sheet.cell(r, first - 1) == null;
            if (cells.size() == 2 && !continued && pair(a, b) != null) {
                String[] pair = pair(a, b);
                everyQuestion.putIfAbsent(pair[0], pair[1]);
                fitting++;
            } else if (cells.size() == 3 && isLabel(a) && pair(b, c) != null) {
                question = a.display().strip();
                String[] pair = pair(b, c);
                byQuestion.computeIfAbsent(question, q -> new LinkedHashMap<>()).putIfAbsent(pair[0], pair[1]);
                fitting++;
            } else if (cells.size() == 2 && continued && pair(a, b) != null) {
                String[] pair = pair(a, b);
                byQuestion.get(question).putIfAbsent(pair[0], pair[1]);
                fitting++;
            } else {
                other++;
            }
        }
        if (fitting < MIN_ROWS || other > 1 + fitting / 10) {
            return Optional.empty();
        }
        return Optional.of(new CodeLabels(everyQuestion, byQuestion));
    }

    /** The labels of a question's codes, in the sheet's order; empty where the sheet has none. */
    public Map<String, String> of(String question) {
        Map<String, String> own = byQuestion.get(question == null ? "" : question.strip());
        return own != null ? own : everyQuestion;
    }

    public boolean isEmpty() {
        return everyQuestion.isEmpty() && byQuestion.isEmpty();
    }

    /** A code and its label, written in either order ("1 | Helt enig" or "Helt enig | 1"); null for other cells. */
    private static String[] pair(GridCell a, GridCell b) {
        if (isCode(a) && isLabel(b)) {
            return new String[] {code(a), b.display().strip()};
        }
        if (isLabel(a) && isCode(b)) {
            return new String[] {code(b), a.display().strip()};
        }
        return null;
    }

    private static boolean isCode(GridCell cell) {
        return cell != null && cell.display().strip().matches("-?\\d{1,6}(\\.0+)?");
    }

    private static boolean isLabel(GridCell cell) {
        return cell != null && cell.isText() && !cell.text().isBlank();
    }

    private static String code(GridCell cell) {
        return AnswerValues.plain(cell.display());
    }
}

package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.text.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value cells of a table, one problem for each cell that holds no number; remembers whether
 * any was shown or written as a percent, and, in a table of counts, which blank cells were read as 0.
 */
final class ShareCells {

    private final List<Problem> problems;
    private final boolean blankIsZero;
    private final List<String> blanks = new ArrayList<>();
    private boolean percentShown;

    /**
     * @param blankIsZero whether a blank cell means nobody (a table of counts), rather than a missing value
     */
    ShareCells(List<Problem> problems, boolean blankIsZero) {
        this.problems = problems;
        this.blankIsZero = blankIsZero;
    }

    boolean percentShown() {
        return percentShown;
    }

    /** The places of blank cells read as 0. */
    List<String> blanks() {
        return blanks;
    }

    double read(GridCell cell, String category, String location) {
        if (cell == null) {
            if (blankIsZero) {
                blanks.add(location);
                return 0;
            }
            problems.add(Problem.error(location, "no value for '" + category + "'"));
            return Double.NaN;
        }
        switch (cell.kind()) {
            case NUMBER -> {
                if (!Double.isFinite(cell.number())) {
                    // an .xls can hold the bit pattern of NaN or infinity; Excel itself never writes one
                    problems.add(Problem.error(location, "'" + cell.display() + "' is not a number"));
                    return Double.NaN;
                }
                percentShown |= cell.percent();
                // + 0.0 turns a -0 into 0, which is what the cell shows
                return (cell.percent() ? Numbers.percentOf(cell.number()) : cell.number()) + 0.0;
            }
            case TEXT -> {
                NumberText.Reading reading = NumberText.read(cell.text());
                if (reading != null) {
                    percentShown |= reading.percentSign();
                    return reading.value();
                }
                if (blankIsZero && Vocabulary.isPlaceholder(cell.text()) && !Texts.clean(cell.text()).isEmpty()
                        && cell.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                    blanks.add(location); // "-" for nobody in a table of counts
                    return 0;
                }
                problems.add(Problem.error(location, "'" + Texts.clean(cell.text()) + "' is not a number"));
            }
            case ERROR -> problems.add(Problem.error(location,
                    "'" + cell.text() + "' is not a number (the spreadsheet shows an error here)"));
            case NO_RESULT -> problems.add(Problem.error(location,
                    "the formula here has no saved result; open the workbook in Excel and save it again"));
        }
        return Double.NaN;
    }

    /** A cell's number as a person reads it (26.7 for 0.267 shown as percent), or NaN; no problems. */
    static double quiet(GridCell cell) {
        if (cell == null) {
            return Double.NaN;
        }
        if (cell.isNumber()) {
            return cell.percent() ? Numbers.percentOf(cell.number()) : cell.number();
        }
        return cell.isText() ? NumberText.valueOf(cell.text()) : Double.NaN;
    }

    /** Whether a cell is shown as a percent or written with a percent sign. */
    static boolean isPercent(GridCell cell) {
        if (cell == null) {
            return false;
        }
        if (cell.isNumber()) {
            return cell.percent();
        }
        NumberText.Reading reading = cell.isText() ? NumberText.read(cell.text()) : null;
        return reading != null && reading.percentSign();
    }
}

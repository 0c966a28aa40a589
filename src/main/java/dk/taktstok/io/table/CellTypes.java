package dk.taktstok.io.table;

import dk.taktstok.text.NumberText;

/** How the finder sees a cell: a value (a number or a stand-in for one) or words. */
final class CellTypes {

    private CellTypes() {
    }

    /** A number, a number written as text, or a stand-in where a number belongs ("n/a", "-", #DIV/0!). */
    static boolean isValueLike(GridCell cell) {
        return switch (cell.kind()) {
            case NUMBER, ERROR, NO_RESULT -> true;
            case TEXT -> NumberText.isNumber(cell.text()) || Vocabulary.isPlaceholder(cell.text());
        };
    }

    static boolean isNumeric(GridCell cell) {
        return cell.isNumber() || (cell.isText() && NumberText.isNumber(cell.text()));
    }

    /** Text that is not a number nor a stand-in for one: a label, a heading, a title. */
    static boolean isWordy(GridCell cell) {
        return cell.isText() && !isValueLike(cell);
    }
}

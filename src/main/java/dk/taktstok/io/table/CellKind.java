package dk.taktstok.io.table;

/** What a filled cell holds. */
public enum CellKind {
    /** Text, including numbers typed as text ("26,7"); {@link NumberText} reads those. */
    TEXT,
    /** A number as the spreadsheet stores it. */
    NUMBER,
    /** A spreadsheet error value such as {@code #DIV/0!}; the code is the cell's text. */
    ERROR,
    /** A formula saved without its result; the spreadsheet program never calculated it. */
    NO_RESULT
}

package dk.taktstok.io;

/** How the rows of a workbook or CSV file are laid out. */
public enum Layout {
    /** Recognised from the file: respondent rows where the file looks like them, else tables. */
    AUTO,
    /** A report's tables: a header row of answer categories, one row per item, percentages in the cells. */
    TABLE,
    /** Raw survey data: a header row of questions, one row per respondent, the answers in the cells. */
    RESPONDENTS
}

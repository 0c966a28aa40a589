package dk.taktstok.io.respondents;

/** What a column of respondent rows holds. */
enum ColumnRole {
    /** Answers to a question: a few answers, each given by many. */
    QUESTION,
    /** Each respondent's weight. */
    WEIGHT,
    /** A respondent number or name: a different value in every row. */
    ID,
    /** Anything else (free text, dates, ages, a weight that was not asked for): not counted. */
    OTHER
}

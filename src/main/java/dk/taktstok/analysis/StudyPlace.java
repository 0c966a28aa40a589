package dk.taktstok.analysis;

/**
 * Where in a study a check found something, by position: a table, an item of it, or one share of an
 * item. A reader's source map turns a place into a cell, a line or a JSON path; the grid into a cell.
 */
public sealed interface StudyPlace {

    /** The table's position in the study. */
    int table();

    record Table(int table) implements StudyPlace {
    }

    record Item(int table, int item) implements StudyPlace {
    }

    /** @param category the category's position in the table's scale */
    record Share(int table, int item, int category) implements StudyPlace {
    }
}

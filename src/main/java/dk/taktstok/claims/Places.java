package dk.taktstok.claims;

/**
 * Where a study's shares came from (a cell, a line, a JSON path), so that a figure can name the cells
 * behind it. The command line and the desktop give the reader's places; without them, no places.
 */
@FunctionalInterface
public interface Places {

    /** The place of the share of {@code category} of item {@code item} of table {@code table}; null if unknown. */
    String share(int table, int item, int category);

    Places NONE = (table, item, category) -> null;
}

package dk.taktstok.claims;

/**
 * One share a figure is computed from.
 *
 * @param item     the item's index in its table
 * @param category the category's index in the table's scale
 * @param place    where the share was read (a cell, a JSON path); null where not known
 */
public record Cell(String tableId, String itemId, int item, int category, String categoryLabel, double value,
                   String place) {
}

package dk.taktstok.io.table;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import java.util.List;

/**
 * A found table read into model parts, before it gets its id and scale.
 *
 * @param title          the title found above the table, or null
 * @param question       the question found above the table, or null
 * @param categories     the answer categories in column order
 * @param tableLocation  the place of the table: its title cell, else its header's first cell
 * @param itemLocations  the place of each item's label
 * @param shareLocations the place of each share, per item, per category
 * @param layout         how the table was read: "table", "counts", "banner" or "long" (see TableSource)
 * @param range          the cells read, such as {@code A3:G9}
 * @param rowsSkipped    rows inside the range that were not read as data (headers, totals, bases)
 * @param multiple       whether the categories are options of which a respondent could choose several (each
 *                       item's shares sum to more than 100)
 */
public record BuiltTable(
        Grid grid,
        String title,
        String question,
        List<String> categories,
        List<Item> items,
        String groupTag,
        List<Group> groups,
        List<String> notes,
        String tableLocation,
        List<String> itemLocations,
        List<List<String>> shareLocations,
        List<Problem> problems,
        String layout,
        String range,
        int rowsSkipped,
        boolean multiple) {

    public BuiltTable {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        groups = List.copyOf(groups);
        notes = List.copyOf(notes);
        itemLocations = List.copyOf(itemLocations);
        shareLocations = shareLocations.stream().map(List::copyOf).toList();
        problems = List.copyOf(problems);
    }
}

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
        List<Problem> problems) {

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

package dk.taktstok.analysis;

import dk.taktstok.model.Item;

/** An item with its measures and the group it belongs to (null if none). */
public record ItemResult(Item item, String group, ItemMeasures measures) {
}

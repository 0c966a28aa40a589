package dk.taktstok.analysis;

import dk.taktstok.model.Item;

/**
 * An item with its measures and the group it belongs to (null if none).
 *
 * @param uncertainty its number of answers and margins of error; null where the number is not known
 */
public record ItemResult(Item item, String group, ItemMeasures measures, Uncertainty uncertainty) {

    public ItemResult(Item item, String group, ItemMeasures measures) {
        this(item, group, measures, null);
    }

    /** Whether the item rests on fewer than 50 answers (false where the number is not known). */
    public boolean lowN() {
        return uncertainty != null && uncertainty.lowN();
    }
}

package dk.taktstok.analysis;

import dk.taktstok.model.Group;

/**
 * A group's index: each measure is the unweighted mean over the group's items.
 *
 * @param itemCount the number of items in the group
 * @param margins   the 95 % margin of each index, in points; NaN where an item's number of answers is
 *                  not known
 */
public record GroupResult(Group group, int itemCount, ItemMeasures means, ItemMeasures margins) {

    public GroupResult(Group group, int itemCount, ItemMeasures means) {
        this(group, itemCount, means, ItemMeasures.UNKNOWN);
    }
}

package dk.taktstok.analysis;

import dk.taktstok.model.Group;

/**
 * A group's index: each measure is the unweighted mean over the group's items.
 *
 * @param itemCount the number of items in the group
 */
public record GroupResult(Group group, int itemCount, ItemMeasures means) {
}

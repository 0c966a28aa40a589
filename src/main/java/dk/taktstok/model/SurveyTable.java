package dk.taktstok.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question with its items, answered on one scale.
 *
 * @param question the question as asked; null where the source does not give it
 * @param scaleId  the id of the study's scale the items' shares follow
 * @param groupTag the item tag whose values form the groups; null for a table without groups
 * @param groups   the groups in the order they are shown; the first minus the second is the balance
 */
public record SurveyTable(
        String id,
        Text title,
        Text question,
        String scaleId,
        List<Item> items,
        String groupTag,
        List<Group> groups) {

    public SurveyTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scaleId, "scaleId");
        items = List.copyOf(items);
        groups = List.copyOf(groups);
        var ids = new HashSet<String>();
        for (Item item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("table '" + id + "' has two items with id '" + item.id() + "'");
            }
        }
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public int indexOf(String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Group> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /** The group an item belongs to, by this table's group tag; null if none. */
    public String groupOf(Item item) {
        return groupTag == null ? null : item.tag(groupTag);
    }

    public SurveyTable withItems(List<Item> newItems) {
        return new SurveyTable(id, title, question, scaleId, newItems, groupTag, groups);
    }

    public SurveyTable withGrouping(String newGroupTag, List<Group> newGroups) {
        return new SurveyTable(id, title, question, scaleId, items, newGroupTag, newGroups);
    }
}

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
 * @param source   where and how the table was read from a file; null for a table a person wrote
 */
public record SurveyTable(
        String id,
        Text title,
        Text question,
        String scaleId,
        List<Item> items,
        String groupTag,
        List<Group> groups,
        TableSource source) {

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

    /** A table as a person wrote it, with no record of a file it was read from. */
    public SurveyTable(String id, Text title, Text question, String scaleId, List<Item> items, String groupTag,
                       List<Group> groups) {
        this(id, title, question, scaleId, items, groupTag, groups, null);
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
        return new SurveyTable(id, title, question, scaleId, newItems, groupTag, groups, source);
    }

    public SurveyTable withGrouping(String newGroupTag, List<Group> newGroups) {
        return new SurveyTable(id, title, question, scaleId, items, newGroupTag, newGroups, source);
    }

    public SurveyTable withSource(TableSource newSource) {
        return new SurveyTable(id, title, question, scaleId, items, groupTag, groups, newSource);
    }

    public SurveyTable withScaleId(String newScaleId) {
        return new SurveyTable(id, title, question, newScaleId, items, groupTag, groups, source);
    }
}

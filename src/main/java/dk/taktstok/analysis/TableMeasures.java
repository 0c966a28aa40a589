package dk.taktstok.analysis;

import dk.taktstok.model.Scale;
import dk.taktstok.model.SurveyTable;
import java.util.List;
import java.util.Optional;

/** The measures of a table: per item, per group, and the balance between the first two groups. */
public record TableMeasures(SurveyTable table, Scale scale, ScaleBoxes boxes, List<ItemResult> items,
                            List<GroupResult> groups, Balance balance) {

    public TableMeasures {
        items = List.copyOf(items);
        groups = List.copyOf(groups);
    }

    public Optional<Balance> balanceIfAny() {
        return Optional.ofNullable(balance);
    }

    public Optional<ItemResult> item(String itemId) {
        return items.stream().filter(r -> r.item().id().equals(itemId)).findFirst();
    }

    public Optional<GroupResult> group(String groupId) {
        return groups.stream().filter(g -> g.group().id().equals(groupId)).findFirst();
    }
}

package dk.taktstok.model;

import java.util.Objects;

/** What a gap holds a benchmark against: a share, an item's measure or a group's index. */
public sealed interface Practice {

    String tableId();

    /** The share of one category of one item, for example "Som regel" of row 5. */
    record CategoryShare(String tableId, String itemId, String category) implements Practice {
        public CategoryShare {
            Objects.requireNonNull(tableId, "tableId");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(category, "category");
        }
    }

    /** A derived measure of one item. */
    record ItemMeasure(String tableId, String itemId, Measure measure) implements Practice {
        public ItemMeasure {
            Objects.requireNonNull(tableId, "tableId");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(measure, "measure");
        }
    }

    /** A group's index: the mean of its items' measure. */
    record GroupMeasure(String tableId, String groupId, Measure measure) implements Practice {
        public GroupMeasure {
            Objects.requireNonNull(tableId, "tableId");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(measure, "measure");
        }
    }
}

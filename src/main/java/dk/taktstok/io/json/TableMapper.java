package dk.taktstok.io.json;

import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code $.tables}: tables, their items and groups. */
final class TableMapper {

    private static final Set<String> FIELDS =
            Set.of("id", "title", "question", "scale", "groupTag", "groups", "items");
    private static final Set<String> SOURCED_FIELDS =
            Set.of("id", "title", "question", "scale", "groupTag", "groups", "items", "source");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "label", "shortLabel", "tags", "shares");
    private static final Set<String> COUNTED_ITEM_FIELDS =
            Set.of("id", "label", "shortLabel", "tags", "shares", "n", "effectiveN");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "label");

    private final ProblemLog log;
    private final References refs;
    private final References.Ids ids;
    private final int version;

    TableMapper(ProblemLog log, References refs, int version) {
        this.log = log;
        this.refs = refs;
        this.version = version;
        this.ids = new References.Ids("table", log);
    }

    /** The tables, or null after an error in any of them. */
    List<SurveyTable> tables(JsonNode array, JsonPath at) {
        int mark = log.mark();
        var tables = new ArrayList<SurveyTable>();
        for (int i = 0; i < array.size(); i++) {
            tables.add(table(array.get(i), at.index(i)));
        }
        return log.blockedSince(mark) ? null : tables;
    }

    private SurveyTable table(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            refs.allTablesKnown = false;
            return null;
        }
        int mark = log.mark();
        boolean sourced = version >= JsonStudyFormat.READING_VERSION;
        fields.allowOnly(sourced ? SOURCED_FIELDS : FIELDS);
        String id = fields.requiredId("id");
        if (id == null) {
            refs.allTablesKnown = false;
        }
        boolean first = id != null && ids.add(id, at, fields.path("id"));
        Text title = fields.requiredText("title");
        Text question = fields.optionalText("question");
        String scaleId = fields.requiredId("scale");
        Scale scale = null;
        if (scaleId != null) {
            if (refs.scales.containsKey(scaleId)) {
                scale = refs.scales.get(scaleId);
            } else if (refs.allScalesKnown) {
                log.error(fields.path("scale"), "unknown scale '" + scaleId + "'"
                        + (refs.scales.isEmpty() ? "; the file has no scales" : "; the scales are " + References.listed(refs.scales.keySet())));
            }
        }
        String groupTag = fields.optionalString("groupTag");
        var itemIds = new ArrayList<String>();
        int itemsMark = log.mark();
        List<Item> items = items(fields, scale, itemIds);
        boolean allItemsRead = !log.blockedSince(itemsMark);
        JsonNode itemArray = fields.get("items");
        boolean allItemIdsRead = itemArray != null && itemArray.isArray() && itemIds.size() == itemArray.size();
        int groupsMark = log.mark();
        List<Group> groups = groups(fields, groupTag, items);
        // groups taken from the items' tags are all known only where every item was read
        boolean allGroupsRead = !log.blockedSince(groupsMark) && (fields.has("groups") || allItemsRead);
        if (first) {
            var groupIds = new LinkedHashSet<String>();
            groups.forEach(g -> groupIds.add(g.id()));
            refs.tables.put(id, new References.TableRefs(scaleId,
                    allItemIdsRead ? Set.copyOf(itemIds) : null, allGroupsRead ? groupIds : null));
        }
        TableSource source = sourced && fields.has("source")
                ? new ReadingMapper(log).source(fields.get("source"), fields.path("source")) : null;
        if (log.blockedSince(mark)) {
            return null;
        }
        return new SurveyTable(id, title, question, scaleId, items, groupTag, groups, source);
    }

    /** The items that could be read; the ids that could be read, of all items, go to {@code itemIds}. */
    private List<Item> items(JsonFields table, Scale scale, List<String> itemIds) {
        JsonNode array = table.requiredArray("items");
        if (array == null) {
            return List.of();
        }
        var ids = new References.Ids("item", log);
        var items = new ArrayList<Item>();
        for (int i = 0; i < array.size(); i++) {
            Item item = item(array.get(i), table.path("items").index(i), i, scale, ids, itemIds);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private Item item(JsonNode node, JsonPath at, int index, Scale scale, References.Ids ids, List<String> itemIds) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        boolean counted = version >= JsonStudyFormat.ITEM_COUNTS_VERSION;
        fields.allowOnly(counted ? COUNTED_ITEM_FIELDS : ITEM_FIELDS);
        String id;
        if (fields.has("id")) {
            id = JsonValues.id(fields.get("id"), fields.path("id"), log);
            if (id != null) {
                ids.add(id, at, fields.path("id"));
            }
        } else {
            // items without an id are numbered by position: r1, r2, …
            id = "r" + (index + 1);
            ids.add(id, at, at);
        }
        if (id != null) {
            itemIds.add(id);
        }
        Text label = fields.requiredText("label");
        Text shortLabel = fields.optionalText("shortLabel");
        Map<String, String> tags = tags(fields);
        List<Double> shares = shares(fields, scale);
        Integer n = counted && fields.has("n") ? JsonValues.wholeNumber(fields.get("n"), fields.path("n"), 0, log) : null;
        Double effectiveN = counted ? effectiveN(fields) : null;
        if (log.blockedSince(mark)) {
            return null;
        }
        return new Item(id, label, shortLabel, tags, shares, n, effectiveN);
    }

    /** Kish's effective number of answers: a number of 0 or more, or null where absent or after an error. */
    private Double effectiveN(JsonFields item) {
        JsonNode node = item.get("effectiveN");
        if (node == null) {
            return null;
        }
        Double value = JsonValues.number(node, item.path("effectiveN"), log);
        if (value != null && value < 0) {
            log.error(item.path("effectiveN"), JsonValues.expected("a number of 0 or more", node));
            return null;
        }
        return value;
    }

    private Map<String, String> tags(JsonFields item) {
        var tags = new LinkedHashMap<String, String>();
        JsonNode node = item.get("tags");
        if (node == null) {
            return tags;
        }
        JsonPath at = item.path("tags");
        if (!node.isObject()) {
            log.error(at, JsonValues.expected("an object of tags", node));
            return tags;
        }
        for (Map.Entry<String, JsonNode> tag : node.properties()) {
            String value = JsonValues.string(tag.getValue(), at.field(tag.getKey()), log);
            if (value != null) {
                tags.put(tag.getKey(), value);
            }
        }
        return tags;
    }

    /**
     * Shares in percent; a share that is null, not a number or out of range is an error of its own
     * and becomes NaN, leaving the rest of the study usable.
     */
    private List<Double> shares(JsonFields item, Scale scale) {
        JsonNode array = item.requiredArray("shares");
        if (array == null) {
            return List.of();
        }
        JsonPath at = item.path("shares");
        var shares = new ArrayList<Double>();
        for (int c = 0; c < array.size(); c++) {
            JsonNode share = array.get(c);
            if (share.isNull()) {
                log.shareError(at.index(c), "no value");
                shares.add(Double.NaN);
            } else if (!share.isNumber()) {
                log.shareError(at.index(c), JsonValues.expected("a number", share));
                shares.add(Double.NaN);
            } else if (!Double.isFinite(share.doubleValue())) {
                log.shareError(at.index(c), "the number is too large");
                shares.add(Double.NaN);
            } else {
                shares.add(share.doubleValue());
            }
        }
        if (scale != null && shares.size() != scale.size()) {
            log.error(at, "expected " + scale.size() + " shares, one for each category of scale '" + scale.id()
                    + "', found " + shares.size());
        }
        return shares;
    }

    /**
     * The groups as listed; without a list, the values of the group tag in the order the items
     * first have them.
     */
    private List<Group> groups(JsonFields table, String groupTag, List<Item> items) {
        JsonNode array = table.optionalArray("groups");
        if (array == null) {
            if (groupTag == null || table.has("groups")) {
                return List.of();
            }
            return items.stream().map(item -> item.tag(groupTag)).filter(Objects::nonNull).distinct()
                    .map(value -> new Group(value, null)).toList();
        }
        var ids = new References.Ids("group", log);
        var groups = new ArrayList<Group>();
        for (int i = 0; i < array.size(); i++) {
            JsonPath at = table.path("groups").index(i);
            JsonFields fields = JsonFields.of(array.get(i), at, log);
            if (fields == null) {
                continue;
            }
            fields.allowOnly(GROUP_FIELDS);
            String id = fields.requiredId("id");
            Text label = fields.optionalText("label");
            if (id != null && ids.add(id, at, fields.path("id"))) {
                groups.add(new Group(id, label));
            }
        }
        return groups;
    }
}

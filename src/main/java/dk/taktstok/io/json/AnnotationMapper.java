package dk.taktstok.io.json;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the annotations of one chart, checking that what they point at is on the chart. */
final class AnnotationMapper {

    private static final Set<String> NOTE_FIELDS = Set.of("kind", "id", "text", "anchor", "offset", "connector");
    private static final Set<String> ARROW_FIELDS = Set.of("kind", "id", "from", "to", "label");
    private static final Set<String> REFERENCE_LINE_FIELDS = Set.of("kind", "id", "value", "label");
    private static final Set<String> HIGHLIGHT_FIELDS = Set.of("kind", "id", "item");
    private static final Set<String> DATA_POINT_FIELDS = Set.of("target", "category");
    private static final Set<String> FREE_POINT_FIELDS = Set.of("x", "y");
    private static final Set<String> OFFSET_FIELDS = Set.of("dx", "dy");
    private static final String KINDS = Keywords.alternatives(List.of("note", "arrow", "referenceLine", "highlight"));

    /**
     * What an annotation of a chart may point at.
     *
     * @param tableId the chart's table, or null where the chart names none
     * @param table   what the table holds, or null where it is unknown
     * @param scale   the table's scale, or null where it is unknown or has errors
     */
    record ChartRefs(String tableId, References.TableRefs table, Scale scale, References study) {
    }

    private final ProblemLog log;
    private final ChartRefs chart;
    private final References.Ids ids;

    AnnotationMapper(ProblemLog log, ChartRefs chart) {
        this.log = log;
        this.chart = chart;
        this.ids = new References.Ids("annotation", log);
    }

    /** The annotations, with null for those that have errors. */
    List<Annotation> annotations(JsonNode array, JsonPath at) {
        var annotations = new ArrayList<Annotation>();
        for (int i = 0; i < array.size(); i++) {
            annotations.add(annotation(array.get(i), at.index(i)));
        }
        return annotations;
    }

    private Annotation annotation(JsonNode node, JsonPath at) {
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        String kind = fields.requiredString("kind");
        if (kind == null) {
            return null;
        }
        Annotation annotation = switch (kind) {
            case "note" -> {
                fields.allowOnly(NOTE_FIELDS);
                String id = id(fields, at);
                Text text = fields.requiredText("text");
                AnnotationAnchor anchor = anchor(fields, "anchor");
                Annotation.Offset offset = offset(fields);
                Boolean connector = fields.optionalBoolean("connector");
                yield log.blockedSince(mark) ? null
                        : new Annotation.Note(id, text, anchor, offset, connector != null && connector);
            }
            case "arrow" -> {
                fields.allowOnly(ARROW_FIELDS);
                String id = id(fields, at);
                AnnotationAnchor from = anchor(fields, "from");
                AnnotationAnchor to = anchor(fields, "to");
                Text label = fields.optionalText("label");
                yield log.blockedSince(mark) ? null : new Annotation.Arrow(id, from, to, label);
            }
            case "referenceLine" -> {
                fields.allowOnly(REFERENCE_LINE_FIELDS);
                String id = id(fields, at);
                Double value = fields.requiredNumber("value");
                Text label = fields.optionalText("label");
                yield log.blockedSince(mark) ? null : new Annotation.ReferenceLine(id, value, label);
            }
            case "highlight" -> {
                fields.allowOnly(HIGHLIGHT_FIELDS);
                String id = id(fields, at);
                String item = item(fields);
                yield log.blockedSince(mark) ? null : new Annotation.Highlight(id, item);
            }
            default -> {
                log.error(fields.path("kind"), "unknown annotation kind '" + kind + "'; expected " + KINDS);
                yield null;
            }
        };
        return annotation;
    }

    private String id(JsonFields annotation, JsonPath at) {
        String id = annotation.requiredId("id");
        if (id != null) {
            ids.add(id, at, annotation.path("id"));
        }
        return id;
    }

    /** A highlight's item, one of the chart's table. */
    private String item(JsonFields highlight) {
        String id = highlight.requiredId("item");
        if (id != null && chart.table() != null && chart.table().items() != null && !chart.table().items().contains(id)) {
            log.error(highlight.path("item"), "table '" + chart.tableId() + "' has no item '" + id + "'");
        }
        return id;
    }

    private Annotation.Offset offset(JsonFields note) {
        JsonNode node = note.get("offset");
        if (node == null) {
            return null;
        }
        JsonFields fields = JsonFields.of(node, note.path("offset"), log);
        if (fields == null) {
            return null;
        }
        int mark = log.mark();
        fields.allowOnly(OFFSET_FIELDS);
        Double dx = fields.requiredNumber("dx");
        Double dy = fields.requiredNumber("dy");
        return log.blockedSince(mark) ? null : new Annotation.Offset(dx, dy);
    }

    /** A required anchor: a data point ({@code target}, {@code category}) or a free point ({@code x}, {@code y}). */
    private AnnotationAnchor anchor(JsonFields annotation, String name) {
        JsonNode node = annotation.require(name);
        if (node == null) {
            return null;
        }
        JsonPath at = annotation.path(name);
        JsonFields fields = JsonFields.of(node, at, log);
        if (fields == null) {
            return null;
        }
        boolean free = fields.has("x") || fields.has("y");
        if (fields.has("target") && free) {
            log.error(at, "an anchor is either a data point (\"target\") or a free point (\"x\" and \"y\"), not both");
            return null;
        }
        if (!fields.has("target") && !free) {
            log.error(at, "missing field 'target' (or 'x' and 'y' for a free point)");
            return null;
        }
        int mark = log.mark();
        if (free) {
            fields.allowOnly(FREE_POINT_FIELDS);
            Double x = fraction(fields, "x");
            Double y = fraction(fields, "y");
            return log.blockedSince(mark) ? null : new AnnotationAnchor.FreePoint(x, y);
        }
        fields.allowOnly(DATA_POINT_FIELDS);
        String target = fields.requiredId("target");
        String category = fields.optionalString("category");
        checkTarget(fields, target, category);
        return log.blockedSince(mark) ? null : new AnnotationAnchor.DataPoint(target, category);
    }

    /** A place across or down the plot area, from 0 to 1. */
    private Double fraction(JsonFields point, String name) {
        Double value = point.requiredNumber(name);
        if (value != null && (value < 0 || value > 1)) {
            log.error(point.path(name), JsonValues.expected("a number from 0 to 1 (a fraction of the plot area)",
                    point.get(name)));
            return null;
        }
        return value;
    }

    /**
     * A data point's target is an item or a group of the chart's table, or a gap; where an id is more
     * than one of these, the item comes first, then the group, then the gap. A category picks one segment
     * of an item.
     */
    private void checkTarget(JsonFields point, String target, String category) {
        References.TableRefs table = chart.table();
        Set<String> items = table == null ? null : table.items();
        Set<String> groups = table == null ? null : table.groups();
        var found = new ArrayList<String>();
        if (target != null && items != null && items.contains(target)) {
            found.add("item");
        }
        if (target != null && groups != null && groups.contains(target)) {
            found.add("group");
        }
        if (target != null && chart.study().gaps.contains(target)) {
            found.add("gap");
        }
        boolean allKnown = items != null && groups != null && chart.study().allGapsKnown;
        if (target != null && found.isEmpty() && allKnown) {
            log.error(point.path("target"), "unknown target '" + target + "'; expected an item or group of table '"
                    + chart.tableId() + "' or a gap");
        } else if (found.size() > 1) {
            List<String> kinds = found.stream().map(kind -> (kind.equals("item") ? "an " : "a ") + kind).toList();
            log.warning(point.path("target"), "'" + target + "' is the id of "
                    + String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.getLast()
                    + "; the anchor points at the " + found.getFirst());
        }
        if (category == null) {
            return;
        }
        Scale scale = chart.scale();
        if (scale != null && scale.indexOf(category) < 0) {
            log.error(point.path("category"), "scale '" + scale.id() + "' of table '" + chart.tableId()
                    + "' has no category '" + category + "'");
        } else if (!found.isEmpty() && !found.getFirst().equals("item")) {
            log.warning(point.path("category"), "a category picks a segment of an item's bar; '" + target + "' is a "
                    + found.getFirst() + ", so the category is not used");
        }
    }
}

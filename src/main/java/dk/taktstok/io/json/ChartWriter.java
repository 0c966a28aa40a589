package dk.taktstok.io.json;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes the charts of a study and their annotations, in the order of docs/study-format.md. */
final class ChartWriter {

    private ChartWriter() {
    }

    static ObjectNode chart(ChartSpec chart) {
        ObjectNode node = TreeValues.NODES.objectNode();
        node.put("id", chart.id());
        node.put("type", chart.type().key());
        node.put("table", chart.tableId());
        TreeValues.putText(node, "title", chart.title());
        TreeValues.putText(node, "subtitle", chart.subtitle());
        TreeValues.putText(node, "note", chart.note());
        if (chart.sort() != null) {
            var sort = new LinkedHashMap<String, String>();
            sort.put("measure", chart.sort().measure().key());
            sort.put("order", chart.sort().descending() ? "descending" : "ascending");
            node.set("sort", TreeValues.object(sort));
        }
        if (chart.measure() != null) {
            node.put("measure", chart.measure().key());
        }
        if (!chart.gaps().isEmpty()) {
            node.set("gaps", TreeValues.strings(chart.gaps()));
        }
        if (chart.mark() != null) {
            node.put("mark", chart.mark().key());
        }
        if (!chart.annotations().isEmpty()) {
            ArrayNode annotations = node.putArray("annotations");
            chart.annotations().forEach(annotation -> annotations.add(annotation(annotation)));
        }
        return node;
    }

    private static ObjectNode annotation(Annotation annotation) {
        ObjectNode node = TreeValues.NODES.objectNode();
        switch (annotation) {
            case Annotation.Note note -> {
                node.put("kind", "note");
                node.put("id", note.id());
                node.set("text", TreeValues.text(note.text()));
                node.set("anchor", anchor(note.anchor()));
                if (note.offset() != null) {
                    node.set("offset", TreeValues.numberObject(pair("dx", note.offset().dx(), "dy", note.offset().dy())));
                }
                if (note.connector()) {
                    node.put("connector", true);
                }
            }
            case Annotation.Arrow arrow -> {
                node.put("kind", "arrow");
                node.put("id", arrow.id());
                node.set("from", anchor(arrow.from()));
                node.set("to", anchor(arrow.to()));
                TreeValues.putText(node, "label", arrow.label());
            }
            case Annotation.ReferenceLine line -> {
                node.put("kind", "referenceLine");
                node.put("id", line.id());
                node.set("value", TreeValues.number(line.value()));
                TreeValues.putText(node, "label", line.label());
            }
            case Annotation.Highlight highlight -> {
                node.put("kind", "highlight");
                node.put("id", highlight.id());
                node.put("item", highlight.itemId());
            }
        }
        return node;
    }

    private static JsonNode anchor(AnnotationAnchor anchor) {
        return switch (anchor) {
            case AnnotationAnchor.DataPoint point -> {
                var fields = new LinkedHashMap<String, String>();
                fields.put("target", point.target());
                if (point.category() != null) {
                    fields.put("category", point.category());
                }
                yield TreeValues.object(fields);
            }
            case AnnotationAnchor.FreePoint point -> TreeValues.numberObject(pair("x", point.x(), "y", point.y()));
        };
    }

    private static Map<String, Double> pair(String first, double firstValue, String second, double secondValue) {
        var fields = new LinkedHashMap<String, Double>();
        fields.put(first, firstValue);
        fields.put(second, secondValue);
        return fields;
    }
}

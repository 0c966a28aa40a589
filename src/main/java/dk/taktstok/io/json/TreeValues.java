package dk.taktstok.io.json;

import dk.taktstok.model.Text;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/** Values as the writer puts them in the tree: texts, numbers and short lists, on one line where they fit. */
final class TreeValues {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeValues() {
    }

    /** A TEXT: a plain string where the language is not stated, else an object by language. */
    static JsonNode text(Text text) {
        return text.isPlain() ? NODES.stringNode(text.text()) : object(text.byLanguage());
    }

    /** An object of strings, on one line where it fits. */
    static JsonNode object(Map<String, String> fields) {
        RawValue inline = InlineJson.object(fields);
        if (inline != null) {
            return NODES.rawValueNode(inline);
        }
        ObjectNode node = NODES.objectNode();
        fields.forEach(node::put);
        return node;
    }

    /** An object of numbers, on one line where it fits. */
    static JsonNode numberObject(Map<String, Double> fields) {
        RawValue inline = InlineJson.numberObject(fields);
        if (inline != null) {
            return NODES.rawValueNode(inline);
        }
        ObjectNode node = NODES.objectNode();
        fields.forEach((name, value) -> node.set(name, number(value)));
        return node;
    }

    static void putText(ObjectNode node, String name, Text text) {
        if (text != null) {
            node.set(name, text(text));
        }
    }

    static JsonNode number(double value) {
        return InlineJson.isWhole(value) ? NODES.numberNode((long) value) : NODES.numberNode(value);
    }

    static JsonNode strings(List<String> values) {
        RawValue inline = InlineJson.strings(values);
        if (inline != null) {
            return NODES.rawValueNode(inline);
        }
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}

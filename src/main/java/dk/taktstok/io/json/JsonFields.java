package dk.taktstok.io.json;

import dk.taktstok.model.Text;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object, read by name. A missing required field is reported at the object's
 * path ("missing field 'label'"), a wrong value at the field's own path.
 */
final class JsonFields {

    private final JsonNode node;
    private final JsonPath path;
    private final ProblemLog log;

    private JsonFields(JsonNode node, JsonPath path, ProblemLog log) {
        this.node = node;
        this.path = path;
        this.log = log;
    }

    /** The object at {@code path}; null, after an error, when the value is not an object. */
    static JsonFields of(JsonNode node, JsonPath path, ProblemLog log) {
        if (!node.isObject()) {
            log.error(path, JsonValues.expected("an object", node));
            return null;
        }
        return new JsonFields(node, path, log);
    }

    ProblemLog log() {
        return log;
    }

    JsonPath path() {
        return path;
    }

    JsonPath path(String name) {
        return path.field(name);
    }

    /** Warns about each field not in {@code known}, in the order the file has them. */
    JsonFields allowOnly(Set<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                log.warning(path.field(name), "unknown field '" + name + "' is ignored");
            }
        }
        return this;
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** The raw value of a field, or null where the field is absent. */
    JsonNode get(String name) {
        return node.get(name);
    }

    /** The value of a required field, or null after "missing field". */
    JsonNode require(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            log.error(path, "missing field '" + name + "'");
        }
        return value;
    }

    String requiredString(String name) {
        JsonNode value = require(name);
        return value == null ? null : JsonValues.string(value, path(name), log);
    }

    String optionalString(String name) {
        JsonNode value = node.get(name);
        return value == null ? null : JsonValues.string(value, path(name), log);
    }

    String requiredId(String name) {
        JsonNode value = require(name);
        return value == null ? null : JsonValues.id(value, path(name), log);
    }

    Text requiredText(String name) {
        JsonNode value = require(name);
        return value == null ? null : JsonValues.text(value, path(name), log);
    }

    Text optionalText(String name) {
        JsonNode value = node.get(name);
        return value == null ? null : JsonValues.text(value, path(name), log);
    }

    Double requiredNumber(String name) {
        JsonNode value = require(name);
        return value == null ? null : JsonValues.number(value, path(name), log);
    }

    Boolean optionalBoolean(String name) {
        JsonNode value = node.get(name);
        return value == null ? null : JsonValues.bool(value, path(name), log);
    }

    /** The elements of a required array, or null after an error. */
    JsonNode requiredArray(String name) {
        JsonNode value = require(name);
        return value == null ? null : array(value, path(name));
    }

    /** The elements of an optional array; null where absent or after an error. */
    JsonNode optionalArray(String name) {
        JsonNode value = node.get(name);
        return value == null ? null : array(value, path(name));
    }

    private JsonNode array(JsonNode value, JsonPath at) {
        if (!value.isArray()) {
            log.error(at, JsonValues.expected("an array", value));
            return null;
        }
        return value;
    }
}

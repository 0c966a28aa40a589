package dk.taktstok.io.json;

import dk.taktstok.model.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Converts single JSON values to Java values, reporting a wrong type at the value's path. */
final class JsonValues {

    private static final int QUOTE_LIMIT = 40;

    private JsonValues() {
    }

    /** A string, or null after an error. */
    static String string(JsonNode node, JsonPath path, ProblemLog log) {
        if (node.isString()) {
            return node.stringValue();
        }
        log.error(path, expected("text", node));
        return null;
    }

    /** An id: a string that is not empty, or null after an error. */
    static String id(JsonNode node, JsonPath path, ProblemLog log) {
        String id = string(node, path, log);
        if (id != null && id.isEmpty()) {
            log.error(path, "an id cannot be empty");
            return null;
        }
        return id;
    }

    /**
     * A TEXT: a string (of no stated language) or an object of language → string whose first entry
     * is the original. Null after an error.
     */
    static Text text(JsonNode node, JsonPath path, ProblemLog log) {
        if (node.isString()) {
            return Text.of(node.stringValue());
        }
        if (!node.isObject()) {
            log.error(path, expected("text or an object of texts by language", node));
            return null;
        }
        if (node.isEmpty()) {
            log.error(path, "expected at least one language, found an empty object");
            return null;
        }
        var byLanguage = new LinkedHashMap<String, String>();
        boolean complete = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String value = string(entry.getValue(), path.field(entry.getKey()), log);
            if (value == null) {
                complete = false;
            } else {
                byLanguage.put(entry.getKey(), value);
            }
        }
        return complete ? new Text(byLanguage) : null;
    }

    /** true or false, or null after an error. */
    static Boolean bool(JsonNode node, JsonPath path, ProblemLog log) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        log.error(path, expected("true or false", node));
        return null;
    }

    /** A finite number, or null after an error. */
    static Double number(JsonNode node, JsonPath path, ProblemLog log) {
        if (!node.isNumber()) {
            log.error(path, expected("a number", node));
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            log.error(path, "the number is too large");
            return null;
        }
        return value;
    }

    /** A whole number from {@code min} up to {@link Integer#MAX_VALUE}, or null after an error. */
    static Integer wholeNumber(JsonNode node, JsonPath path, int min, ProblemLog log) {
        if (!node.isNumber()) {
            log.error(path, expected("a whole number", node));
            return null;
        }
        double value = node.doubleValue();
        if (value != Math.rint(value) || Double.isInfinite(value)) {
            log.error(path, expected("a whole number", node));
            return null;
        }
        if (value < min || value > Integer.MAX_VALUE) {
            log.error(path, expected("a whole number of " + min + " or more", node));
            return null;
        }
        return (int) value;
    }

    static String expected(String what, JsonNode found) {
        return "expected " + what + ", found " + describe(found);
    }

    /** What a value is, in words: {@code text "abc"}, {@code a number 12}, {@code an object}. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "text " + quote(node.stringValue());
            case NUMBER -> Double.isFinite(node.doubleValue()) ? "a number " + node.asString() : "a number out of range";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
        };
    }

    static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}

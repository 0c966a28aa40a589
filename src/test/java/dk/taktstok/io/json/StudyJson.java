package dk.taktstok.io.json;

import dk.taktstok.model.Study;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * A study file's text, changed in one place for a test: {@code of(rich).set("/tables/0/items/2/colour",
 * "\"red\"")}. Places are JSON pointers; values are JSON text.
 */
final class StudyJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonNode root;

    private StudyJson(JsonNode root) {
        this.root = root;
    }

    static StudyJson of(Study study) {
        return new StudyJson(MAPPER.readTree(new JsonStudyWriter().toJson(study)));
    }

    /** The complete study's file: it reads without problems. */
    static StudyJson complete() {
        return of(Studies.complete());
    }

    StudyJson set(String pointer, String json) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        // raw, so that values such as 1e999 reach the reader as written
        JsonNode value = MAPPER.getNodeFactory().rawValueNode(new RawValue(json));
        if (parent instanceof ArrayNode array) {
            int index = at.last().getMatchingIndex();
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
        }
        return this;
    }

    StudyJson remove(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ArrayNode array) {
            array.remove(at.last().getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(at.last().getMatchingProperty());
        }
        return this;
    }

    String text() {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}

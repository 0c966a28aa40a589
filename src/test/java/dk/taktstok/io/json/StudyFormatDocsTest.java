package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** docs/study-format.md shows a file that reads, and names every field of the schema. */
class StudyFormatDocsTest {

    private static final Path DOC = Path.of("docs", "study-format.md");
    private static final Path SCHEMA = Path.of("docs", "study-format.schema.json");

    private static String example() throws IOException {
        try (InputStream in = StudyFormatDocsTest.class.getResourceAsStream("example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void docsShowTheExampleFileAsItIs() throws IOException {
        assertThat(Files.readString(DOC)).contains("```json\n" + example() + "```\n");
    }

    @Test
    void exampleFileReadsWithoutProblems() throws IOException {
        var parsed = new JsonStudyReader().readString(example());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().gaps()).hasSize(1);
    }

    @Test
    void docsNameEveryFieldOfTheSchema() throws IOException {
        String doc = Files.readString(DOC);
        List<String> fields = new ArrayList<>();
        collectProperties(JsonMapper.builder().build().readTree(Files.readString(SCHEMA)), fields);

        assertThat(fields).isNotEmpty().allSatisfy(field -> assertThat(doc).contains("`" + field + "`"));
    }

    private static void collectProperties(JsonNode node, List<String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (entry.getKey().equals("properties")) {
                    fields.addAll(entry.getValue().propertyNames());
                }
                collectProperties(entry.getValue(), fields);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectProperties(element, fields));
        }
    }
}

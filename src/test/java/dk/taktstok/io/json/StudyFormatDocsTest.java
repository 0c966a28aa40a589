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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(parsed.study().charts()).hasSize(2);
    }

    @Test
    void docsSayWhichVersionsAreReadAndWritten() throws IOException {
        assertThat(Files.readString(DOC)).contains("Taktstok reads versions 1, 2, 3, 4 and 5\n  and writes version 5.")
                .contains("(format version " + (JsonStudyFormat.VERSION + 1) + "; this one reads up to "
                        + JsonStudyFormat.VERSION + ")");
    }

    /** The examples of the Charts and Annotations sections are a chart and an annotation of the example file. */
    @Test
    void chartAndAnnotationExamplesArePartsOfTheExampleFile() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode charts = mapper.readTree(example()).get("charts");
        var parts = new ArrayList<JsonNode>();
        charts.forEach(chart -> {
            parts.add(chart);
            chart.get("annotations").forEach(parts::add);
        });
        List<String> blocks = jsonBlocks(section("## Charts", "## Annotations") + section("## Annotations", "## Versions"));

        assertThat(blocks).hasSize(2).allSatisfy(block -> assertThat(parts).contains(mapper.readTree(block)));
    }

    /** Each chart problem in the table of examples is what Taktstok says when the example is changed so. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /charts/0/type                    | "pie"
            /charts/0/table                   | "other"
            /charts/0/gaps/1                  | "g9"
            /charts/1/annotations/1/to/target | "q1"
            /charts/1/annotations/0/item      | "q1"
            /charts/1/annotations/1/from/x    | 1.5
            /charts/1/annotations/2/id        | "civil-row"
            /charts/1/measure                 | "topBox"
            """)
    void docsShowTheMessagesOfChartProblems(String pointer, String value) throws IOException {
        String json = StudyJson.of(new JsonStudyReader().readString(example()).study()).set(pointer, value).text();
        var problems = new JsonStudyReader().readString(json).problems();

        assertThat(problems).hasSize(1);
        assertThat(Files.readString(DOC)).contains("`" + problems.getFirst().describe() + "`");
    }

    private static String section(String start, String end) throws IOException {
        String doc = Files.readString(DOC);
        int from = doc.indexOf("\n" + start + "\n");
        return doc.substring(from, doc.indexOf("\n" + end, from));
    }

    private static List<String> jsonBlocks(String text) {
        var blocks = new ArrayList<String>();
        for (int at = text.indexOf("```json\n"); at >= 0; at = text.indexOf("```json\n", at + 1)) {
            blocks.add(text.substring(at + 8, text.indexOf("```", at + 8)));
        }
        return blocks;
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

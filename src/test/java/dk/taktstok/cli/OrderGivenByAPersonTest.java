package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.testing.SurveyExports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers in words no vocabulary holds (Stack Overflow's 2011 job satisfaction: "So happy it hurts" …
 * "FML") are read as a nominal question, with no top box; the order a person gives them in the converted
 * study file is then used as given (ADR 16).
 */
class OrderGivenByAPersonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FILE = "stackoverflow-survey-2011.csv";
    private static final List<String> TOP_TO_BOTTOM = List.of("So happy it hurts", "I enjoy going to work",
            "It pays the bills", "I'm not happy in my job", "FML");

    @Test
    void playfulLabelsAreReadWithoutATop() throws Exception {
        JsonNode table = satisfaction(CliRun.of("indices", SurveyExports.file(FILE).toString(), "--json"));

        assertThat(table.path("kind").asString()).isEqualTo("nominal");
        assertThat(table.path("items").get(0).has("topBox")).isFalse();
    }

    @Test
    void theOrderAPersonWritesInTheStudyFileGivesTheTopTwo(@TempDir Path folder) throws Exception {
        Path study = folder.resolve("so.json");
        CliRun convert = CliRun.of("convert", SurveyExports.file(FILE).toString(), "--out", study.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        Files.writeString(study, JSON.writeValueAsString(ordered((ObjectNode) JSON.readTree(study.toFile()))));

        CliRun run = CliRun.of("indices", study.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode table = satisfaction(run);
        assertThat(table.path("kind").asString()).isEqualTo("ordinal");
        JsonNode item = table.path("items").get(0);
        assertThat(item.path("n").asInt()).isEqualTo(2553);
        // 327 + 1419 of the 2553 who answered (shared/corpus/survey-exports/MANIFEST.md, file 9)
        assertThat(item.path("topBoxValid").asDouble()).isCloseTo(100.0 * 1746 / 2553, within(0.005));
    }

    /** The satisfaction scale put top to bottom as the questionnaire shows it, its shares with it, made ordinal. */
    private static ObjectNode ordered(ObjectNode study) {
        ObjectNode table = null;
        for (JsonNode t : study.path("tables")) {
            if (t.path("title").asString().contains("job/career satisfaction")) {
                table = (ObjectNode) t;
            }
        }
        assertThat(table).as("the satisfaction table").isNotNull();
        ObjectNode scale = null;
        for (JsonNode s : study.path("scales")) {
            if (s.path("id").asString().equals(table.path("scale").asString())) {
                scale = (ObjectNode) s;
            }
        }
        List<String> was = new ArrayList<>();
        scale.path("categories").forEach(c -> was.add(c.path("label").asString()));
        assertThat(was).containsExactlyInAnyOrderElementsOf(TOP_TO_BOTTOM);
        ArrayNode categories = JSON.createArrayNode();
        for (int i = 0; i < TOP_TO_BOTTOM.size(); i++) {
            categories.addObject().put("label", TOP_TO_BOTTOM.get(i)).put("role", "substantive")
                    .put("score", TOP_TO_BOTTOM.size() - 1 - i);
        }
        scale.set("categories", categories);
        scale.put("kind", "ordinal");
        scale.remove("reading");
        for (JsonNode item : table.path("items")) {
            JsonNode shares = item.path("shares");
            ArrayNode reordered = JSON.createArrayNode();
            TOP_TO_BOTTOM.forEach(label -> reordered.add(shares.get(was.indexOf(label)).asDouble()));
            ((ObjectNode) item).set("shares", reordered);
        }
        return study;
    }

    private static JsonNode satisfaction(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (JsonNode table : JSON.readTree(run.out()).path("tables")) {
            if (table.path("title").asString().contains("job/career satisfaction")) {
                return table;
            }
        }
        throw new AssertionError("no satisfaction table in " + run.out());
    }
}

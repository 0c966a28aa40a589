package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What indices says about how a study was read: kinds, readings, sources and problems travel with the numbers. */
class IndicesReadingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path study(String kind, String reading, String source) throws IOException {
        Path file = dir.resolve("study.json");
        Files.writeString(file, """
                {
                  "format": "taktstok-study",
                  "version": 4,
                  "metadata": { "title": "Read", "language": "en" },
                  "scales": [
                    { "id": "s", "kind": "%s", %s
                      "categories": [
                        { "label": "North", "role": "substantive", "score": 2 },
                        { "label": "South", "role": "substantive", "score": 1 },
                        { "label": "East", "role": "substantive", "score": 0 },
                        { "label": "No answer", "role": "missing" } ] }
                  ],
                  "tables": [
                    { "id": "t", "title": "Where do you live?", "scale": "s", %s
                      "items": [ { "label": "Region", "shares": [40, 30, 20, 10], "n": 200 } ] }
                  ]
                }
                """.formatted(kind, reading, source));
        return file;
    }

    private static JsonNode json(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void nominalTableHasNoTopBoxMeanScoreOrNetInJson() throws IOException {
        JsonNode item = json(CliRun.of("indices", study("nominal", "", "").toString(), "--json"))
                .get("tables").get(0).get("items").get(0);

        assertThat(item.has("topBox")).isFalse();
        assertThat(item.has("topBoxValid")).isFalse();
        assertThat(item.has("meanScore")).isFalse();
        assertThat(item.has("net")).isFalse();
        assertThat(item.get("shares").get("North").asDouble()).isEqualTo(40.0);
    }

    @Test
    void nominalTableHasNoMeasureColumnsInText() throws IOException {
        CliRun run = CliRun.of("indices", study("nominal", "", "").toString());

        assertThat(run.out()).doesNotContain("Top box").doesNotContain("Mean score").contains("A nominal question");
    }

    @Test
    void binaryTableHasTopBoxButNoMeanScore() throws IOException {
        JsonNode item = json(CliRun.of("indices", study("binary", "", "").toString(), "--json"))
                .get("tables").get(0).get("items").get(0);

        assertThat(item.has("topBox")).isTrue();
        assertThat(item.has("meanScore")).isFalse();
        assertThat(item.has("net")).isFalse();
    }

    @Test
    void missingRoleIsNamedAndLeftOutOfDontKnow() throws IOException {
        JsonNode table = json(CliRun.of("indices", study("ordinal", "", "").toString(), "--json")).get("tables").get(0);

        assertThat(table.get("scale").get(3).get("role").asString()).isEqualTo("missing");
        assertThat(table.get("items").get(0).get("dontKnow").asDouble()).isZero();
        assertThat(table.get("items").get(0).get("topBoxValid").asDouble()).isEqualTo(40.0 / 90 * 100);
    }

    @Test
    void guessedScaleIsMarkedAtItsTableInTextAndJson() throws IOException {
        Path file = study("ordinal", """
                "reading": { "family": "rating 1–3", "confidence": "low", "why": "numbers only; check it" },""", "");

        CliRun text = CliRun.of("indices", file.toString());
        JsonNode reading = json(CliRun.of("indices", file.toString(), "--json")).get("tables").get(0).get("reading");

        assertThat(text.out()).contains("CHECK: the scale is a guess").contains("numbers only; check it");
        assertThat(reading.get("scale").get("confidence").asString()).isEqualTo("low");
        assertThat(reading.get("scale").get("family").asString()).isEqualTo("rating 1–3");
    }

    @Test
    void sourceOfATableIsInTheJson() throws IOException {
        Path file = study("nominal", "", """
                "source": { "layout": "respondents", "range": "1:201", "rowsSkipped": 1,
                            "setAside": [ { "item": "r1", "answer": "NA", "count": 12, "place": "1:3", "why": "missing" } ] },""");

        JsonNode reading = json(CliRun.of("indices", file.toString(), "--json")).get("tables").get(0).get("reading");

        assertThat(reading.get("layout").asString()).isEqualTo("respondents");
        assertThat(reading.get("rowsSkipped").asInt()).isEqualTo(1);
        assertThat(reading.get("setAside").get(0).get("answer").asString()).isEqualTo("NA");
        assertThat(reading.get("setAside").get(0).get("count").asInt()).isEqualTo(12);
    }

    @Test
    void tableOfAStudyFileSaysTheFileGivesTheScale() {
        JsonNode reading = json(CliRun.of("indices", "--json")).get("tables").get(0).get("reading");

        assertThat(reading.get("layout").asString()).isEqualTo("study");
        assertThat(reading.get("scale").get("confidence").asString()).isEqualTo("given");
    }

    @Test
    void jsonCarriesTheProblemsOfReadingWithTheirPlaces() throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "Item,Yes,No\nA,60,50\nB,30,70\n");

        JsonNode root = json(CliRun.of("indices", csv.toString(), "--json"));

        assertThat(root.get("problems")).anySatisfy(p -> {
            assertThat(p.get("severity").asString()).isEqualTo("warning");
            assertThat(p.get("message").asString()).contains("sums to 110");
            assertThat(p.get("place").asString()).isEqualTo("2:1");
        });
    }

    @Test
    void sampleHasAnEmptyProblemList() {
        assertThat(json(CliRun.of("indices", "--json")).get("problems")).isEmpty();
    }
}

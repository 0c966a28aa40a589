package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import org.junit.jupiter.api.Test;

/**
 * What the strict reader guarantees besides syntax (JsonSyntaxErrorsTest): the input never chooses a Java
 * class, unknown fields are reported rather than lost or fatal, a field twice is refused wherever it is,
 * and numbers too large for a double are an error at their path.
 */
class JsonHardeningTest {

    private final JsonStudyReader reader = new JsonStudyReader();

    @Test
    void typeHintsInTheFileAreUnknownFieldsNotClasses() {
        String json = StudyJson.complete()
                .set("/@class", "\"java.lang.ProcessBuilder\"")
                .set("/metadata/@type", "\"java.net.URL\"")
                .text();

        Parsed parsed = reader.readString(json);

        assertThat(parsed.study()).isNotNull();
        assertThat(parsed.problems()).containsExactly(
                Problem.warning("$['@class']", "unknown field '@class' is ignored"),
                Problem.warning("$.metadata['@type']", "unknown field '@type' is ignored"));
    }

    @Test
    void aWrapperArrayInTheStyleOfDefaultTypingIsJustAWrongType() {
        String json = StudyJson.complete().set("/metadata", "[\"java.util.HashMap\", {\"title\": \"x\"}]").text();

        Parsed parsed = reader.readString(json);

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).extracting(Problem::describe)
                .containsExactly("expected an object, found an array, at $.metadata");
    }

    @Test
    void aFieldTwiceDeepInsideIsRefusedAtItsPlace() {
        String json = "{\"format\": \"taktstok-study\", \"version\": 2, \"metadata\": {\"title\": \"a\",\n"
                + "  \"title\": \"b\"}, \"scales\": [], \"tables\": []}";

        Parsed parsed = reader.readString(json);

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).extracting(Problem::describe)
                .containsExactly("the field 'title' appears twice in the same object, at 2:10");
    }

    @Test
    void aNumberTooLargeForTheReaderIsAnErrorAtItsPath() {
        String json = StudyJson.complete().set("/benchmarks/0/value", "1e999").text();

        Parsed parsed = reader.readString(json);

        assertThat(parsed.problems()).extracting(Problem::describe)
                .contains("the number is too large, at $.benchmarks[0].value");
    }
}

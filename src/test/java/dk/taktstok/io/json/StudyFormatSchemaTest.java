package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/study-format.schema.json agrees with what the writer writes and refuses what the reader refuses. */
class StudyFormatSchemaTest {

    private static final Path SCHEMA = Path.of("docs", "study-format.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = REGISTRY.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void schemaIsAValidDraft2020Schema() throws IOException {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(Files.readString(SCHEMA), InputFormat.JSON)).isEmpty();
    }

    static Stream<Arguments> writtenStudies() {
        var random = new RandomStudies(31L);
        return Stream.concat(
                Stream.of(Arguments.of("rich", Studies.rich()), Arguments.of("complete", Studies.complete()),
                        Arguments.of("minimal", Studies.minimal())),
                Stream.concat(JsonRoundTripTest.edgeCases(),
                        Stream.iterate(0, i -> i + 1).limit(40).map(i -> Arguments.of("random " + i, random.next()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writtenStudies")
    void writtenStudyMeetsTheSchema(String name, Study study) {
        assertThat(validate(new JsonStudyWriter().toJson(study))).isEmpty();
    }

    @Test
    void exampleOfTheDocsMeetsTheSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("example.json")) {
            assertThat(validate(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @Test
    void versionOneExampleMeetsTheSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("example-v1.json")) {
            assertThat(validate(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @Test
    void versionOneFileWithChartsFailsTheSchema() {
        assertThat(validate(StudyJson.complete().text())).isEmpty();
        assertThat(validate(StudyJson.complete().set("/version", "1").text())).isNotEmpty();
        assertThat(validate(StudyJson.complete().set("/version", "1").remove("/charts").text())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /format                         | "vega-lite"
            /version                        | 6
            /writtenBy                      | 42
            /tables/0/items/0/n             | -1
            /tables/0/items/0/n             | 41.5
            /tables/0/items/0/effectiveN    | -2
            /scales/0/categories/0/code     | 1.5
            /metadata/title                 | 12
            /metadata/title                 | {}
            /metadata/respondents           | -1
            /metadata/respondents           | 41.5
            /scales/0/id                    | ""
            /scales/0/categories/0/role     | "positive"
            /scales/0/categories/0/score    | "3"
            /scales/0/categories/4/score    | 0
            /tables/0/items/0/shares/0      | "26,7"
            /tables/0/items/0/tags          | {"initiator": 1}
            /gaps/0/practice/kind           | "itemShare"
            /gaps/0/practice/measure        | "topBox"
            /gaps/1/practice/measure        | "average"
            /tables/0/colour                | "red"
            /charts                         | {}
            /charts/0/type                  | "pie"
            /charts/0/colour                | "red"
            /charts/1/sort/order            | "up"
            /charts/2/measure               | "mean"
            /charts/3/mark                  | "cross"
            /charts/3/gaps/1                | "g1"
            /charts/1/annotations/0/kind    | "circle"
            /charts/1/annotations/0/connector | "yes"
            /charts/1/annotations/0/offset/dx | "12"
            /charts/1/annotations/1/from/x  | 1.5
            /charts/1/annotations/1/from/y  | -0.1
            /charts/1/annotations/1/from/target | "r5"
            /charts/0/annotations/0/colour  | "red"
            /charts/0/annotations/0/anchor  | {"target": "r1"}
            /charts/0/annotations/1/value   | "75"
            """)
    void changedFileFailsTheSchema(String pointer, String value) {
        assertThat(validate(StudyJson.complete().set(pointer, value).text())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            /format
            /version
            /metadata
            /metadata/title
            /scales
            /scales/0/categories/2/score
            /tables/0/title
            /tables/0/items/0/shares
            /benchmarks/0/value
            /gaps/0/practice/item
            /charts/0/id
            /charts/0/table
            /charts/1/sort/measure
            /charts/1/annotations/0/anchor
            /charts/1/annotations/0/anchor/target
            /charts/1/annotations/1/from/y
            /charts/0/annotations/0/item
            """)
    void fileWithoutARequiredFieldFailsTheSchema(String pointer) {
        assertThat(validate(StudyJson.complete().remove(pointer).text())).isNotEmpty();
    }

    @Test
    void brokenFileNamesWhereItFails() {
        List<Error> errors = validate(StudyJson.complete().set("/tables/0/items/2/shares/1", "\"abc\"").text());

        assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).contains("/tables/0/items/2/shares/1");
    }
}

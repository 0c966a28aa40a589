package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The charts of a study file (format version 2): what is read, and what is reported. */
class ChartReaderTest {

    private final JsonStudyReader reader = new JsonStudyReader();

    private Parsed read(String json) {
        return reader.readString(json);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChartReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- versions ----------------------------------------------------------------------------------

    @Test
    void everyChartTypeAndAnnotationKindIsRead() {
        Parsed parsed = read(StudyJson.complete().text());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().charts()).isEqualTo(Studies.charts());
        assertThat(parsed.study().charts()).extracting(ChartSpec::type).containsExactly(ChartType.values());
    }

    @Test
    void versionOneFileReadsWithoutCharts() throws IOException {
        Parsed parsed = read(resource("example-v1.json"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().charts()).isEmpty();
        assertThat(parsed.study().gaps()).hasSize(1);
    }

    @Test
    void versionOneFileIsTheExampleWithoutItsChartsAndItemCounts() throws IOException {
        Study v1 = read(resource("example-v1.json")).study();
        Study v3 = read(resource("example.json")).study();

        assertThat(v3.charts()).isNotEmpty();
        var uncounted = v3.tables().stream()
                .map(t -> t.withItems(t.items().stream().map(i -> i.withCounts(null, null)).toList())).toList();
        assertThat(v1).isEqualTo(v3.withCharts(List.of()).withTables(uncounted));
    }

    @Test
    void chartsInAVersionOneFileAreIgnoredWithAWarning() {
        Parsed parsed = read(StudyJson.complete().set("/version", "1").text());

        assertThat(parsed.problems()).contains(Problem.warning("$.charts",
                "charts are not part of format version 1 and are ignored; set \"version\": 2 to read them"));
        assertThat(parsed.study().charts()).isEmpty();
    }

    @Test
    void fileWithoutChartsHasNone() {
        Parsed parsed = read(StudyJson.complete().remove("/charts").text());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().charts()).isEmpty();
    }

    // --- defaults and warnings -----------------------------------------------------------------------

    @Test
    void sortOrderDefaultsToDescending() {
        Parsed parsed = read(StudyJson.complete().remove("/charts/1/sort/order").text());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().charts().get(1).sort()).isEqualTo(new SortOrder(Measure.TOP_BOX, true));
    }

    @Test
    void connectorDefaultsToNone() {
        Parsed parsed = read(StudyJson.complete().set("/charts/3/annotations/0/connector", "false").text());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study()).isEqualTo(Studies.complete());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /charts/0/colour                          | $.charts[0].colour
            /charts/1/sort/colour                     | $.charts[1].sort.colour
            /charts/1/annotations/0/colour            | $.charts[1].annotations[0].colour
            /charts/1/annotations/0/anchor/colour     | $.charts[1].annotations[0].anchor.colour
            /charts/1/annotations/0/offset/colour     | $.charts[1].annotations[0].offset.colour
            /charts/1/annotations/1/from/colour       | $.charts[1].annotations[1].from.colour
            /charts/0/annotations/0/colour            | $.charts[0].annotations[0].colour
            /charts/0/annotations/1/colour            | $.charts[0].annotations[1].colour
            """)
    void unknownFieldIsReportedAsWarningWithItsPath(String pointer, String path) {
        Parsed parsed = read(StudyJson.complete().set(pointer, "\"red\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.warning(path, "unknown field 'colour' is ignored"));
        assertThat(parsed.study()).isEqualTo(Studies.complete());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /charts/0/measure | "topBox"  | $.charts[0].measure | 'measure' applies only to groupIndex charts; a divergingBars chart does not use it
            /charts/1/gaps    | ["g1"]    | $.charts[1].gaps    | 'gaps' applies only to goalVsPractice charts; a stackedBars chart does not use it
            /charts/2/mark    | "dot"     | $.charts[2].mark    | 'mark' applies only to goalVsPractice charts; a groupIndex chart does not use it
            """)
    void fieldOfAnotherChartTypeIsKeptWithAWarning(String pointer, String value, String path, String message) {
        Parsed parsed = read(StudyJson.complete().set(pointer, value).text());

        assertThat(parsed.problems()).containsExactly(Problem.warning(path, message));
        assertThat(parsed.study()).isNotNull();
    }

    @Test
    void idOfAnItemAndAGroupPointsAtTheItemWithAWarning() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/3/id", "\"civil\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.warning("$.charts[2].annotations[0].anchor.target",
                "'civil' is the id of an item and a group; the anchor points at the item"));
    }

    @Test
    void categoryOfAGroupOrGapIsKeptWithAWarning() {
        Parsed parsed = read(StudyJson.complete().set("/charts/3/annotations/0/anchor/category", "\"Som regel\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.warning("$.charts[3].annotations[0].anchor.category",
                "a category picks a segment of an item's bar; 'g1' is a gap, so the category is not used"));
        assertThat(parsed.study().charts().get(3).annotations().getFirst()).isNotNull();
    }

    @Test
    void sameAnnotationIdInTwoChartsIsAllowed() {
        Parsed parsed = read(StudyJson.complete().set("/charts/1/annotations/0/id", "\"h1\"").text());

        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void freePointMayBeOnTheEdgeOfThePlotArea() {
        Parsed parsed = read(StudyJson.complete().set("/charts/1/annotations/1/from", "{\"x\": 0, \"y\": 1}").text());

        assertThat(parsed.problems()).isEmpty();
    }
}

package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors in the charts of a study file, each at its JSON path. */
class ChartProblemsTest {

    private final JsonStudyReader reader = new JsonStudyReader();

    private Parsed read(String json) {
        return reader.readString(json);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /charts                                 | {}          | $.charts                                 | expected an array, found an object
            /charts/0                               | "diverging" | $.charts[0]                              | expected an object, found text "diverging"
            /charts/0/id                            | ""          | $.charts[0].id                           | an id cannot be empty
            /charts/0/type                          | "pie"       | $.charts[0].type                         | unknown chart type 'pie'; expected divergingBars, stackedBars, groupIndex or goalVsPractice
            /charts/0/type                          | 1           | $.charts[0].type                         | expected text, found a number 1
            /charts/0/title                         | 12          | $.charts[0].title                        | expected text or an object of texts by language, found a number 12
            /charts/1/sort                          | "topBox"    | $.charts[1].sort                         | expected an object, found text "topBox"
            /charts/1/sort/measure                  | "average"   | $.charts[1].sort.measure                 | unknown measure 'average'; expected one of topBox, topBoxValid, meanScore, net, dontKnow
            /charts/1/sort/order                    | "up"        | $.charts[1].sort.order                   | unknown order 'up'; expected descending or ascending
            /charts/2/measure                       | "mean"      | $.charts[2].measure                      | unknown measure 'mean'; expected one of topBox, topBoxValid, meanScore, net, dontKnow
            /charts/3/mark                          | "cross"     | $.charts[3].mark                         | unknown mark 'cross'; expected dot or arrow
            /charts/3/gaps                          | "g1"        | $.charts[3].gaps                         | expected an array, found text "g1"
            /charts/3/gaps/0                        | 1           | $.charts[3].gaps[0]                      | expected text, found a number 1
            /charts/1/annotations                   | {}          | $.charts[1].annotations                  | expected an array, found an object
            /charts/1/annotations/0/kind            | "circle"    | $.charts[1].annotations[0].kind          | unknown annotation kind 'circle'; expected note, arrow, referenceLine or highlight
            /charts/1/annotations/0/text            | null        | $.charts[1].annotations[0].text          | expected text or an object of texts by language, found null
            /charts/1/annotations/0/connector       | "yes"       | $.charts[1].annotations[0].connector     | expected true or false, found text "yes"
            /charts/1/annotations/0/offset          | [12, -8]    | $.charts[1].annotations[0].offset        | expected an object, found an array
            /charts/1/annotations/0/offset/dx       | "12"        | $.charts[1].annotations[0].offset.dx     | expected a number, found text "12"
            /charts/1/annotations/0/anchor          | "r5"        | $.charts[1].annotations[0].anchor        | expected an object, found text "r5"
            /charts/1/annotations/0/anchor/target   | ""          | $.charts[1].annotations[0].anchor.target | an id cannot be empty
            /charts/1/annotations/0/anchor/category | 3           | $.charts[1].annotations[0].anchor.category | expected text, found a number 3
            /charts/1/annotations/1/from/x          | 1.5         | $.charts[1].annotations[1].from.x        | expected a number from 0 to 1 (a fraction of the plot area), found a number 1.5
            /charts/1/annotations/1/from/y          | -0.1        | $.charts[1].annotations[1].from.y        | expected a number from 0 to 1 (a fraction of the plot area), found a number -0.1
            /charts/1/annotations/1/from/x          | "80 %"      | $.charts[1].annotations[1].from.x        | expected a number, found text "80 %"
            /charts/0/annotations/1/value           | "75"        | $.charts[0].annotations[1].value         | expected a number, found text "75"
            /charts/0/annotations/0/item            | 5           | $.charts[0].annotations[0].item          | expected text, found a number 5
            """)
    void wrongValueIsAnErrorAtItsPath(String pointer, String value, String path, String message) {
        Parsed parsed = read(StudyJson.complete().set(pointer, value).text());

        assertThat(parsed.problems()).containsExactly(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /charts/0/id                          | $.charts[0]                         | missing field 'id'
            /charts/0/type                        | $.charts[0]                         | missing field 'type'
            /charts/0/table                       | $.charts[0]                         | missing field 'table'
            /charts/1/sort/measure                | $.charts[1].sort                    | missing field 'measure'
            /charts/1/annotations/0/kind          | $.charts[1].annotations[0]          | missing field 'kind'
            /charts/1/annotations/0/id            | $.charts[1].annotations[0]          | missing field 'id'
            /charts/1/annotations/0/text          | $.charts[1].annotations[0]          | missing field 'text'
            /charts/1/annotations/0/anchor        | $.charts[1].annotations[0]          | missing field 'anchor'
            /charts/1/annotations/0/anchor/target | $.charts[1].annotations[0].anchor   | missing field 'target' (or 'x' and 'y' for a free point)
            /charts/1/annotations/0/offset/dy     | $.charts[1].annotations[0].offset   | missing field 'dy'
            /charts/1/annotations/1/from/y        | $.charts[1].annotations[1].from     | missing field 'y'
            /charts/1/annotations/1/to            | $.charts[1].annotations[1]          | missing field 'to'
            /charts/0/annotations/0/item          | $.charts[0].annotations[0]          | missing field 'item'
            /charts/0/annotations/1/value         | $.charts[0].annotations[1]          | missing field 'value'
            """)
    void missingRequiredFieldIsAnErrorAtTheParentPath(String pointer, String path, String message) {
        Parsed parsed = read(StudyJson.complete().remove(pointer).text());

        assertThat(parsed.problems()).containsExactly(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /charts/1/id                            | "diverging" | $.charts[1].id                             | duplicate chart id 'diverging' (also at $.charts[0])
            /charts/1/annotations/1/id              | "n1"        | $.charts[1].annotations[1].id              | duplicate annotation id 'n1' (also at $.charts[1].annotations[0])
            /charts/0/table                         | "other"     | $.charts[0].table                          | unknown table 'other'; the tables are 'initiative', 'opinion'
            /charts/3/gaps/1                        | "g9"        | $.charts[3].gaps[1]                        | unknown gap 'g9'; the gaps are 'g1', 'g2', 'g3'
            /charts/3/gaps/1                        | "g1"        | $.charts[3].gaps[1]                        | gap 'g1' is listed twice (also at $.charts[3].gaps[0])
            /charts/0/annotations/0/item            | "q1"        | $.charts[0].annotations[0].item            | table 'initiative' has no item 'q1'
            /charts/1/annotations/0/anchor/target   | "q1"        | $.charts[1].annotations[0].anchor.target   | unknown target 'q1'; expected an item or group of table 'initiative' or a gap
            /charts/1/annotations/1/to/target       | "goal"      | $.charts[1].annotations[1].to.target       | unknown target 'goal'; expected an item or group of table 'initiative' or a gap
            /charts/1/annotations/0/anchor/category | "As a rule" | $.charts[1].annotations[0].anchor.category | scale 'often' of table 'initiative' has no category 'As a rule'
            /charts/1/annotations/1/from/target     | "r5"        | $.charts[1].annotations[1].from            | an anchor is either a data point ("target") or a free point ("x" and "y"), not both
            """)
    void wrongReferenceIsAnErrorAtItsPath(String pointer, String value, String path, String message) {
        Parsed parsed = read(StudyJson.complete().set(pointer, value).text());

        assertThat(parsed.problems()).containsExactly(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @Test
    void chartOfAFileWithoutGapsNamesNone() {
        Parsed parsed = read(StudyJson.complete().remove("/gaps").text());

        assertThat(parsed.problems()).contains(
                Problem.error("$.charts[3].gaps[0]", "unknown gap 'g1'; the file has no gaps"),
                Problem.error("$.charts[3].annotations[0].anchor.target",
                        "unknown target 'g1'; expected an item or group of table 'initiative' or a gap"));
    }

    @Test
    void chartOfAnUnknownTableIsReportedOnceNotAtEveryAnnotation() {
        Parsed parsed = read(StudyJson.complete().set("/charts/1/table", "\"other\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.charts[1].table",
                "unknown table 'other'; the tables are 'initiative', 'opinion'"));
    }

    @Test
    void gapWhoseIdCannotBeReadIsNotReportedAgainByCharts() {
        Parsed parsed = read(StudyJson.complete().set("/gaps/0/id", "7").text());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.gaps[0].id", "expected text, found a number 7"));
    }

    @Test
    void tableWhoseIdCannotBeReadIsNotReportedAgainByCharts() {
        Parsed parsed = read(StudyJson.complete().set("/tables/1/id", "7").set("/charts/0/table", "\"opinion\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.tables[1].id", "expected text, found a number 7"));
    }

    @Test
    void scaleWithAnErrorIsNotReportedAgainAtTheCategoryOfAnAnchor() {
        Parsed parsed = read(StudyJson.complete().set("/scales/0/categories/0/score", "\"high\"").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.scales[0].categories[0].score", "expected a number, found text \"high\""));
    }

    @Test
    void allProblemsOfTheChartsAreCollected() {
        String json = StudyJson.complete()
                .set("/charts/0/type", "\"pie\"")
                .set("/charts/0/annotations/0/item", "\"q1\"")
                .set("/charts/1/annotations/1/from/x", "2")
                .set("/charts/2/colour", "\"red\"")
                .set("/charts/3/gaps/0", "\"g9\"")
                .text();

        Parsed parsed = read(json);

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).extracting(Problem::location).containsExactly(
                "$.charts[0].type",
                "$.charts[0].annotations[0].item",
                "$.charts[1].annotations[1].from.x",
                "$.charts[2].colour",
                "$.charts[3].gaps[0]");
    }
}

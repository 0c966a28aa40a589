package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.model.Group;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStudyReaderTest {

    private final JsonStudyReader reader = new JsonStudyReader();

    static final String MINIMAL = """
            {
              "format": "taktstok-study",
              "version": 1,
              "metadata": { "title": "Minimal" },
              "scales": [ { "id": "yesno", "categories": [
                { "label": "Yes", "role": "substantive", "score": 1 },
                { "label": "No", "role": "substantive", "score": 0 } ] } ],
              "tables": [ { "id": "t", "title": "Table", "scale": "yesno",
                "items": [ { "label": "Statement", "shares": [60, 40] } ] } ]
            }
            """;

    private Parsed read(String json) {
        return reader.readString(json);
    }

    private static Problem onlyProblem(Parsed parsed) {
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().getFirst();
    }

    // --- files that are read ---------------------------------------------------------------

    @Test
    void minimalHandWrittenFileGivesTheMinimalStudy() {
        Parsed parsed = read(MINIMAL);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study()).isEqualTo(Studies.minimal());
    }

    @Test
    void sourceMapNamesJsonPaths() {
        assertThat(read(MINIMAL).sourceMap()).isSameAs(JsonSourceMap.INSTANCE);
    }

    @Test
    void itemsWithoutIdAreNumberedByPosition() {
        String json = StudyJson.complete().remove("/tables/0/items/0/id").remove("/tables/0/items/2/id").text();

        Study study = read(json).study();

        assertThat(study.tables().getFirst().items()).extracting(i -> i.id())
                .containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
    }

    @Test
    void plainStringIsTextOfUnstatedLanguage() {
        Study study = read(MINIMAL).study();

        assertThat(study.metadata().title()).isEqualTo(Text.of("Minimal"));
        assertThat(study.metadata().title().byLanguage()).containsOnlyKeys(Text.UNSPECIFIED);
    }

    @Test
    void objectOfLanguagesIsTextWithTheFirstAsOriginal() {
        String json = StudyJson.complete().set("/metadata/title", "{\"en\": \"Volunteers\", \"da\": \"Frivillige\"}").text();

        Text title = read(json).study().metadata().title();

        assertThat(title.text()).isEqualTo("Volunteers");
        assertThat(title.byLanguage().keySet()).containsExactly("en", "da");
    }

    @Test
    void languageDefaultsToEnglish() {
        assertThat(read(MINIMAL).study().language()).isEqualTo("en");
    }

    @Test
    void groupsDefaultToTheTagValuesInOrderOfFirstAppearance() {
        String json = StudyJson.complete().remove("/tables/0/groups").text();

        Study study = read(json).study();

        assertThat(study.tables().getFirst().groups())
                .containsExactly(new Group("municipality", null), new Group("civil", null));
    }

    @Test
    void tagsKeepTheirOrder() {
        String json = StudyJson.complete().set("/tables/0/items/0/tags", "{\"z\": \"1\", \"a\": \"2\", \"m\": \"3\"}").text();

        Map<String, String> tags = read(json).study().tables().getFirst().items().getFirst().tags();

        assertThat(tags.keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void byteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(json, 0, both, bom.length, json.length);

        Parsed parsed = reader.read(new ByteArrayInputStream(both));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study()).isEqualTo(Studies.minimal());
    }

    @Test
    void readsAFileWithoutChangingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("study.json");
        Files.writeString(file, MINIMAL);
        var modified = Files.getLastModifiedTime(file);

        Parsed parsed = reader.read(file);

        assertThat(parsed.study()).isEqualTo(Studies.minimal());
        assertThat(Files.readString(file)).isEqualTo(MINIMAL);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void readsAnEmbeddedResource() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("example.json")) {
            Parsed parsed = reader.read(in);

            assertThat(parsed.problems()).isEmpty();
            assertThat(parsed.study().tables()).hasSize(1);
        }
    }

    // --- JSON that is not a study ----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [1, 2]                        | $        | not a Taktstok study file: expected an object with "format": "taktstok-study", found an array
            "study"                       | $        | not a Taktstok study file: expected an object with "format": "taktstok-study", found text "study"
            null                          | $        | not a Taktstok study file: expected an object with "format": "taktstok-study", found null
            {"title": "x"}                | $        | not a Taktstok study file: the field 'format' is missing (it should be "taktstok-study")
            {"format": "vega-lite"}       | $.format | not a Taktstok study file: expected "taktstok-study", found text "vega-lite"
            {"format": 1}                 | $.format | not a Taktstok study file: expected "taktstok-study", found a number 1
            """)
    void jsonThatIsNotAStudyIsOneClearError(String json, String location, String message) {
        Parsed parsed = read(json);

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error(location, message));
    }

    @Test
    void newerVersionIsRefusedNamingBothVersions() {
        String json = StudyJson.complete().set("/version", "6").set("/somethingNew", "{}").text();

        Parsed parsed = read(json);

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error("$.version",
                "written by a newer Taktstok (format version 6; this one reads up to 5)"));
    }

    @Test
    void theWriterOfAVersionFiveFileIsReadWithoutAProblem() {
        Parsed parsed = read(StudyJson.complete().set("/version", "5").set("/writtenBy", "\"Taktstok 0.1.0\"").text());

        assertThat(parsed.study()).isNotNull();
        assertThat(parsed.problems()).noneMatch(problem -> problem.location().startsWith("$.writtenBy"));
    }

    @Test
    void writerInAVersionFourFileIsAnUnknownField() {
        Parsed parsed = read(StudyJson.complete().set("/version", "4").set("/writtenBy", "\"Taktstok 0.1.0\"").text());

        assertThat(parsed.study()).isNotNull();
        assertThat(parsed.problems()).contains(Problem.warning("$.writtenBy", "unknown field 'writtenBy' is ignored"));
    }

    @Test
    void writerThatIsNotTextIsAProblemAtItsPlace() {
        Parsed parsed = read(StudyJson.complete().set("/version", "5").set("/writtenBy", "42").text());

        assertThat(parsed.problems()).anyMatch(problem -> problem.location().equals("$.writtenBy"));
    }

    @Test
    void itemCountsAreReadFromVersionThree() {
        Parsed parsed = read(StudyJson.complete().text());

        var items = parsed.study().tables().getFirst().items();
        assertThat(items.get(4).n()).isEqualTo(398);
        assertThat(items.get(4).effectiveN()).isNull();
        assertThat(items.get(5).effectiveN()).isEqualTo(356.25);
        assertThat(items.get(0).n()).isNull();
        assertThat(parsed.study().scales().getFirst().categories()).extracting(c -> c.code()).containsExactly(1, 2, 3, 4, 9);
    }

    @Test
    void itemCountsInAVersionTwoFileAreUnknownFields() {
        Parsed parsed = read(StudyJson.complete().set("/version", "2").text());

        assertThat(parsed.study().tables().getFirst().items().get(4).n()).isNull();
        assertThat(parsed.problems()).contains(
                Problem.warning("$.scales[0].categories[0].code", "unknown field 'code' is ignored"),
                Problem.warning("$.tables[0].items[4].n", "unknown field 'n' is ignored"),
                Problem.warning("$.tables[0].items[5].effectiveN", "unknown field 'effectiveN' is ignored"));
    }

    @Test
    void negativeItemCountIsAnError() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/4/n", "-3").text());

        assertThat(parsed.problems()).contains(Problem.error("$.tables[0].items[4].n",
                "expected a whole number of 0 or more, found a number -3"));
    }

    @Test
    void missingVersionIsAnError() {
        Parsed parsed = read(StudyJson.complete().remove("/version").text());

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error("$", "missing field 'version'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "1" | expected a whole number, found text "1"
            1e400 | expected a whole number, found a number out of range
            1.5 | expected a whole number, found a number 1.5
            0   | expected a format version from 1 to 5, found 0
            """)
    void versionMustBeAKnownWholeNumber(String version, String message) {
        Parsed parsed = read(StudyJson.complete().set("/version", version).text());

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error("$.version", message));
    }

    // --- unknown fields ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /colour                              | $.colour
            /metadata/colour                     | $.metadata.colour
            /scales/0/colour                     | $.scales[0].colour
            /scales/0/categories/4/colour        | $.scales[0].categories[4].colour
            /tables/0/colour                     | $.tables[0].colour
            /tables/0/groups/1/colour            | $.tables[0].groups[1].colour
            /tables/0/items/2/colour             | $.tables[0].items[2].colour
            /benchmarks/0/colour                 | $.benchmarks[0].colour
            /gaps/0/colour                       | $.gaps[0].colour
            /gaps/0/practice/colour              | $.gaps[0].practice.colour
            """)
    void unknownFieldIsReportedAsWarningWithItsPath(String pointer, String path) {
        Parsed parsed = read(StudyJson.complete().set(pointer, "\"red\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.warning(path, "unknown field 'colour' is ignored"));
        assertThat(parsed.study()).isEqualTo(Studies.complete());
    }

    @Test
    void unknownFieldWithAnOddNameIsNamedInBrackets() {
        Parsed parsed = read(StudyJson.complete().set("/metadata/chart settings", "{}").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.warning("$.metadata['chart settings']", "unknown field 'chart settings' is ignored"));
    }

    @Test
    void fieldOfAnotherPracticeKindIsUnknown() {
        Parsed parsed = read(StudyJson.complete().set("/gaps/0/practice/measure", "\"topBox\"").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.warning("$.gaps[0].practice.measure", "unknown field 'measure' is ignored"));
        assertThat(parsed.study()).isNotNull();
    }

    @Test
    void illFormedLanguageTagIsKeptWithAWarning() {
        Parsed parsed = read(StudyJson.complete().set("/metadata/language", "\"en_GB\"").text());

        assertThat(parsed.problems()).containsExactly(Problem.warning("$.metadata.language",
                "'en_GB' is not a well-formed language tag such as \"da\", \"en\" or \"en-GB\""));
        assertThat(parsed.study().language()).isEqualTo("en_GB");
    }

    // --- wrong values --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /metadata                          | []              | $.metadata                          | expected an object, found an array
            /metadata/title                    | 12              | $.metadata.title                    | expected text or an object of texts by language, found a number 12
            /metadata/title                    | {}              | $.metadata.title                    | expected at least one language, found an empty object
            /metadata/title                    | {"da": 1}       | $.metadata.title.da                 | expected text, found a number 1
            /metadata/authors                  | "Anne"          | $.metadata.authors                  | expected an array, found text "Anne"
            /metadata/authors/1                | false           | $.metadata.authors[1]               | expected text, found false
            /metadata/date                     | 2017            | $.metadata.date                     | expected text, found a number 2017
            /metadata/respondents              | -5              | $.metadata.respondents              | expected a whole number of 0 or more, found a number -5
            /metadata/respondents              | 41.5            | $.metadata.respondents              | expected a whole number, found a number 41.5
            /metadata/respondents              | "412"           | $.metadata.respondents              | expected a whole number, found text "412"
            /scales                            | {}              | $.scales                            | expected an array, found an object
            /scales/0/id                       | ""              | $.scales[0].id                      | an id cannot be empty
            /scales/0/categories/0/score       | "3"             | $.scales[0].categories[0].score     | expected a number, found text "3"
            /scales/0/categories/0/score       | 1e400           | $.scales[0].categories[0].score     | the number is too large
            /scales/0/categories/0/role        | "positive"      | $.scales[0].categories[0].role      | unknown role 'positive'; expected substantive, dontKnow or missing
            /scales/0/topBox/0                 | 1               | $.scales[0].topBox[0]               | expected text, found a number 1
            /tables/0/items/1                  | "r2"            | $.tables[0].items[1]                | expected an object, found text "r2"
            /tables/0/items/1/tags             | ["a"]           | $.tables[0].items[1].tags           | expected an object of tags, found an array
            /tables/0/items/1/tags/initiator   | null            | $.tables[0].items[1].tags.initiator | expected text, found null
            /tables/0/question                 | null            | $.tables[0].question                | expected text or an object of texts by language, found null
            /tables/0/groups/0/label           | true            | $.tables[0].groups[0].label         | expected text or an object of texts by language, found true
            /benchmarks/0/value                | "75 %"          | $.benchmarks[0].value               | expected a number, found text "75 %"
            /gaps/0/practice                   | "r5"            | $.gaps[0].practice                  | expected an object, found text "r5"
            /gaps/1/practice/measure           | "average"       | $.gaps[1].practice.measure          | unknown measure 'average'; expected one of topBox, topBoxValid, meanScore, net, dontKnow
            /gaps/1/practice/kind              | "itemShare"     | $.gaps[1].practice.kind             | unknown practice kind 'itemShare'; expected categoryShare, itemMeasure or groupMeasure
            """)
    void wrongValueIsAnErrorAtItsPath(String pointer, String value, String path, String message) {
        Parsed parsed = read(StudyJson.complete().set(pointer, value).text());

        assertThat(parsed.problems()).containsExactly(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @Test
    void longTextIsShortenedInMessages() {
        String long50 = "x".repeat(50);
        Parsed parsed = read(StudyJson.complete().set("/metadata/respondents", "\"" + long50 + "\"").text());

        assertThat(onlyProblem(parsed).message())
                .isEqualTo("expected a whole number, found text \"" + "x".repeat(40) + "…\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /metadata                      | $                          | missing field 'metadata'
            /scales                        | $                          | missing field 'scales'
            /tables                        | $                          | missing field 'tables'
            /metadata/title                | $.metadata                 | missing field 'title'
            /scales/0/id                   | $.scales[0]                | missing field 'id'
            /scales/0/categories           | $.scales[0]                | missing field 'categories'
            /scales/1/categories/0/label   | $.scales[1].categories[0]  | missing field 'label'
            /scales/1/categories/0/role    | $.scales[1].categories[0]  | missing field 'role'
            /tables/1/id                   | $.tables[1]                | missing field 'id'
            /tables/1/title                | $.tables[1]                | missing field 'title'
            /tables/1/scale                | $.tables[1]                | missing field 'scale'
            /tables/1/items                | $.tables[1]                | missing field 'items'
            /tables/1/items/0/label        | $.tables[1].items[0]       | missing field 'label'
            /tables/1/items/0/shares       | $.tables[1].items[0]       | missing field 'shares'
            /tables/0/groups/0/id          | $.tables[0].groups[0]      | missing field 'id'
            /benchmarks/0/label            | $.benchmarks[0]            | missing field 'label'
            /benchmarks/0/value            | $.benchmarks[0]            | missing field 'value'
            /gaps/0/benchmark              | $.gaps[0]                  | missing field 'benchmark'
            /gaps/0/practice               | $.gaps[0]                  | missing field 'practice'
            /gaps/0/practice/kind          | $.gaps[0].practice         | missing field 'kind'
            /gaps/0/practice/category      | $.gaps[0].practice         | missing field 'category'
            /gaps/1/practice/item          | $.gaps[1].practice         | missing field 'item'
            /gaps/2/practice/group         | $.gaps[2].practice         | missing field 'group'
            /gaps/2/practice/measure       | $.gaps[2].practice         | missing field 'measure'
            """)
    void missingRequiredFieldIsAnErrorAtTheParentPath(String pointer, String path, String message) {
        Parsed parsed = read(StudyJson.complete().remove(pointer).text());

        assertThat(parsed.problems()).containsExactly(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @Test
    void substantiveCategoryWithoutScoreIsAnError() {
        Parsed parsed = read(StudyJson.complete().remove("/scales/0/categories/2/score").text());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.scales[0].categories[2]",
                "missing field 'score' (a substantive category needs one)"));
        assertThat(parsed.study()).isNull();
    }

    @Test
    void dontKnowCategoryWithScoreIsAnError() {
        Parsed parsed = read(StudyJson.complete().set("/scales/0/categories/4/score", "-1").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.scales[0].categories[4].score", "a dontKnow category has no score"));
        assertThat(parsed.study()).isNull();
    }

    // --- shares ------------------------------------------------------------------------------------

    @Test
    void nullShareIsAnErrorAndTheStudyKeepsNaN() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/2/shares/1", "null").text());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.tables[0].items[2].shares[1]", "no value"));
        assertThat(parsed.study().tables().getFirst().items().get(2).share(1)).isNaN();
    }

    @Test
    void textShareIsAnErrorAndTheStudyKeepsNaN() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/2/shares/1", "\"abc\"").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.tables[0].items[2].shares[1]", "expected a number, found text \"abc\""));
        assertThat(parsed.study().tables().getFirst().items().get(2).share(1)).isNaN();
    }

    @Test
    void shareTooLargeForADoubleIsAnErrorAndTheStudyKeepsNaN() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/2/shares/1", "1e999").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.tables[0].items[2].shares[1]", "the number is too large"));
        assertThat(parsed.study().tables().getFirst().items().get(2).share(1)).isNaN();
    }

    @Test
    void sharesOutOfRangeAreLeftToTheStudyValidator() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/0/shares/0", "-5").set("/tables/0/items/1/shares/0", "130").text());

        assertThat(parsed.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            [26.7, 46.4, 8.8, 5.5]             | 4
            [26.7, 46.4, 8.8, 5.5, 12.7, 0]    | 6
            []                                 | 0
            """)
    void wrongNumberOfSharesIsAnErrorNamingBothCounts(String shares, int found) {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/2/shares", shares).text());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.tables[0].items[2].shares",
                "expected 5 shares, one for each category of scale 'often', found " + found));
        assertThat(parsed.study()).isNull();
    }

    // --- references ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /scales/1/id            | "often"        | $.scales[1].id            | duplicate scale id 'often' (also at $.scales[0])
            /tables/1/id            | "initiative"   | $.tables[1].id            | duplicate table id 'initiative' (also at $.tables[0])
            /tables/0/items/3/id    | "r1"           | $.tables[0].items[3].id   | duplicate item id 'r1' (also at $.tables[0].items[0])
            /tables/0/groups/1/id   | "municipality" | $.tables[0].groups[1].id  | duplicate group id 'municipality' (also at $.tables[0].groups[0])
            /benchmarks/1/id        | "goal"         | $.benchmarks[1].id        | duplicate benchmark id 'goal' (also at $.benchmarks[0])
            /gaps/2/id              | "g1"           | $.gaps[2].id              | duplicate gap id 'g1' (also at $.gaps[0])
            /scales/0/categories/1/label | {"da": "Som regel"} | $.scales[0].categories[1].label | duplicate category 'Som regel' (also at $.scales[0].categories[0])
            """)
    void duplicateIdIsAnErrorNamingTheFirst(String pointer, String value, String path, String message) {
        Parsed parsed = read(StudyJson.complete().set(pointer, value).text());

        assertThat(parsed.problems()).contains(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @Test
    void sameItemIdInTwoTablesIsAllowed() {
        Parsed parsed = read(StudyJson.complete().set("/tables/1/items/0/id", "\"r1\"").text());

        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void defaultItemIdThatClashesIsAnErrorAtTheItem() {
        Parsed parsed = read(StudyJson.complete().set("/tables/0/items/1/id", "\"r3\"").remove("/tables/0/items/2/id").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.tables[0].items[2]", "duplicate item id 'r3' (also at $.tables[0].items[1])"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /tables/1/scale               | "likert"     | $.tables[1].scale               | unknown scale 'likert'; the scales are 'often', 'agree'
            /scales/0/topBox/1            | "Ofte"       | $.scales[0].topBox[1]           | unknown category 'Ofte'; this scale's categories are 'Som regel', 'Somme tider', 'Sjældent', 'Aldrig', 'Ved ikke'
            /scales/0/bottomBox/0         | "Never"      | $.scales[0].bottomBox[0]        | unknown category 'Never'; this scale's categories are 'Som regel', 'Somme tider', 'Sjældent', 'Aldrig', 'Ved ikke'
            /gaps/0/benchmark             | "target"     | $.gaps[0].benchmark             | unknown benchmark 'target'
            /gaps/0/practice/table        | "other"      | $.gaps[0].practice.table        | unknown table 'other'
            /gaps/0/practice/item         | "r9"         | $.gaps[0].practice.item         | table 'initiative' has no item 'r9'
            /gaps/0/practice/category     | "As a rule"  | $.gaps[0].practice.category     | scale 'often' of table 'initiative' has no category 'As a rule'
            /gaps/1/practice/item         | "q1"         | $.gaps[1].practice.item         | table 'initiative' has no item 'q1'
            /gaps/2/practice/group        | "state"      | $.gaps[2].practice.group        | table 'initiative' has no group 'state'
            """)
    void unknownReferenceIsAnErrorAtItsPath(String pointer, String value, String path, String message) {
        Parsed parsed = read(StudyJson.complete().set(pointer, value).text());

        assertThat(parsed.problems()).containsExactly(Problem.error(path, message));
        assertThat(parsed.study()).isNull();
    }

    @Test
    void boxOfAScaleWithoutCategoriesNamesNone() {
        Parsed parsed = read(StudyJson.complete().set("/scales/1/categories", "[]").remove("/tables/1")
                .set("/scales/1/topBox", "[\"Agree\"]").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.scales[1].topBox[0]", "unknown category 'Agree'; this scale has no categories"));
    }

    @Test
    void gapMayNameAGroupDerivedFromTheTag() {
        Parsed parsed = read(StudyJson.complete().remove("/tables/0/groups").text());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study().gaps()).hasSize(3);
    }

    @Test
    void referencesMayComeBeforeWhatTheyNameInTheFile() {
        String json = """
                {
                  "tables": [ { "id": "t", "title": "Table", "scale": "yesno",
                    "items": [ { "label": "Statement", "shares": [60, 40] } ] } ],
                  "scales": [ { "id": "yesno", "categories": [
                    { "label": "Yes", "role": "substantive", "score": 1 },
                    { "label": "No", "role": "substantive", "score": 0 } ] } ],
                  "metadata": { "title": "Minimal" },
                  "version": 1,
                  "format": "taktstok-study"
                }
                """;

        assertThat(read(json).study()).isEqualTo(Studies.minimal());
    }

    // --- collecting -------------------------------------------------------------------------------------

    @Test
    void allProblemsAreCollectedNotJustTheFirst() {
        String json = StudyJson.complete()
                .remove("/metadata/title")
                .set("/scales/0/categories/4/score", "0")
                .set("/tables/0/items/2/shares/1", "null")
                .set("/tables/1/scale", "\"likert\"")
                .set("/tables/1/colour", "\"red\"")
                .set("/gaps/2/practice/group", "\"state\"")
                .text();

        Parsed parsed = read(json);

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).extracting(Problem::location).containsExactly(
                "$.metadata",
                "$.scales[0].categories[4].score",
                "$.tables[0].items[2].shares[1]",
                "$.tables[1].colour",
                "$.tables[1].scale",
                "$.gaps[2].practice.group");
    }

    @Test
    void oneMistakeIsNotRepeatedAtEveryReference() {
        // the scale has an error, but its id is known: the tables that use it are not "unknown scale"
        Parsed parsed = read(StudyJson.complete().set("/scales/0/categories/0/score", "\"high\"").text());

        assertThat(parsed.problems()).containsExactly(
                Problem.error("$.scales[0].categories[0].score", "expected a number, found text \"high\""));
    }

    @Test
    void warningsAloneLeaveTheStudy() {
        Parsed parsed = read(StudyJson.complete().set("/colour", "1").set("/tables/0/colour", "2").text());

        assertThat(parsed.problems()).allMatch(p -> !p.isError()).hasSize(2);
        assertThat(parsed.study()).isEqualTo(Studies.complete());
    }

    @Test
    void problemsOfOneReadAreInTheOrderOfTheFormat() {
        List<Problem> problems = read(StudyJson.complete().set("/gaps/0/colour", "1").set("/metadata/colour", "2").text()).problems();

        assertThat(problems).extracting(Problem::location).containsExactly("$.metadata.colour", "$.gaps[0].colour");
    }
}

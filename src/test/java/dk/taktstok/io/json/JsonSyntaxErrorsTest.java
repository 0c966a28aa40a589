package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.Severity;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not JSON, or go past a limit: one problem in plain words, at a line and column. */
class JsonSyntaxErrorsTest {

    private final JsonStudyReader reader = new JsonStudyReader();

    private static final String MINIMAL = JsonStudyReaderTest.MINIMAL;

    private Parsed read(String json) {
        return reader.readString(json);
    }

    private static Problem onlyProblem(Parsed parsed) {
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \t\r\n "})
    void emptyFileIsReportedAsEmpty(String text) {
        Parsed parsed = read(text);

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error(null, "the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"format": "taktstok-study",}           | 1:29 | JSON syntax error: a comma before '}' is not allowed
            [1, 2,]                                  | 1:7  | JSON syntax error: a comma before ']' is not allowed
            [1,,2]                                   | 1:4  | JSON syntax error: a value is missing between two commas
            {"a" 1}                                  | 1:6  | JSON syntax error: expected ':' after the field name, found '1'
            {'a': 1}                                 | 1:2  | JSON syntax error: field names must be in double quotes, not single quotes
            {a: 1}                                   | 1:2  | JSON syntax error: expected a field name in double quotes, found 'a'
            ["a" "b"]                                | 1:6  | JSON syntax error: expected ',' or ']' after a value in an array, found '"'
            {"a": 1 "b": 2}                          | 1:9  | JSON syntax error: expected ',' or '}' after a field, found '"'
            [abc]                                    | 1:2  | JSON syntax error: unknown word 'abc' (text must be in double quotes)
            [NaN]                                    | 1:5  | JSON syntax error: 'NaN' is not a JSON value (write null for a missing value)
            [01]                                     | 1:3  | JSON syntax error: a number cannot start with 0
            [+1]                                     | 1:3  | JSON syntax error: a number cannot start with '+'
            [1.]                                     | 1:3  | JSON syntax error: a number is not written correctly
            [.5]                                     | 1:2  | JSON syntax error: expected a value, found '.'
            [0x10]                                   | 1:3  | JSON syntax error: hexadecimal numbers such as 0x10 are not JSON; write them in decimal
            ["a\u001Eb"]                            | 1:4  | JSON syntax error: a control character (code 30) inside text must be written as \\u001E
            ["x\\q"]                                 | 1:5  | JSON syntax error: '\\q' is not a valid escape in text
            // note\\n{}                            | 1:1  | JSON syntax error: comments are not allowed in JSON
            {"a": [1, 2}                             | 1:12 | JSON syntax error: '}' closes nothing
            {"a": [1, 2]                             | 1:13 | JSON syntax error: the file ends before every '[' and '{' is closed
            {"a": "text                              | 1:12 | JSON syntax error: the file ends inside a text (a closing " is missing)
            """)
    void syntaxErrorIsReportedInPlainWordsAtLineAndColumn(String json, String location, String message) {
        Parsed parsed = read(json.replace("\\n", "\n").replace("\\\\", "\\").strip());

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error(location, message));
    }

    @Test
    void syntaxErrorLocationCountsLinesAndColumnsFromOne() {
        String json = "{\n  \"format\": \"taktstok-study\",\n  \"version\": 1,\n  \"metadata\": { \"title\": Minimal }\n}";

        Problem problem = onlyProblem(read(json));

        assertThat(problem.location()).isEqualTo("4:26");
        assertThat(problem.message()).startsWith("JSON syntax error: unknown word 'Minimal'");
    }

    @Test
    void lineBreakInsideTextIsASyntaxError() {
        Problem problem = onlyProblem(read("[\"two\nlines\"]"));

        assertThat(problem).isEqualTo(Problem.error("1:6",
                "JSON syntax error: a line break or tab inside text must be written as \\n or \\t"));
    }

    @Test
    void duplicateKeyIsReportedWithLineAndColumn() {
        String json = MINIMAL.replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 1,");

        Parsed parsed = read(json);

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(
                Problem.error("4:12", "the field 'version' appears twice in the same object"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {} {}       | 1:4
            {}\\n\\n  x | 3:3
            [1] ]       | 1:5
            """)
    void trailingContentIsReportedWhereItStarts(String json, String location) {
        Parsed parsed = read(json.replace("\\n", "\n"));

        assertThat(parsed.study()).isNull();
        assertThat(onlyProblem(parsed)).isEqualTo(
                Problem.error(location, "JSON syntax error: more content after the end of the document"));
    }

    @Test
    void trailingContentAfterAStudyIsRefused() {
        Problem problem = onlyProblem(read(MINIMAL + "{}\n"));

        assertThat(problem.message()).isEqualTo("JSON syntax error: more content after the end of the document");
        assertThat(problem.location()).isEqualTo("11:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":"})
    void nestingHundredThousandDeepIsOneClearErrorFast(String opener) {
        String json = opener.repeat(100_000);

        Parsed parsed = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(json));

        assertThat(parsed.study()).isNull();
        Problem problem = onlyProblem(parsed);
        assertThat(problem.message()).isEqualTo("the JSON is nested too deeply (more than 64 levels)");
        assertThat(problem.location()).isEqualTo("1:" + (opener.length() * 64 + 1));
    }

    @Test
    void nestingOfSixtyFourLevelsIsAllowed() {
        // the root object and metadata are two levels
        String deep = "[".repeat(62) + "]".repeat(62);
        String json = MINIMAL.replace("\"title\": \"Minimal\"", "\"title\": \"Minimal\", \"deep\": " + deep);

        Parsed parsed = read(json);

        assertThat(parsed.study()).isEqualTo(Studies.minimal());
        assertThat(onlyProblem(parsed).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        Problem problem = onlyProblem(read("[\"" + "x".repeat(JsonStudyFormat.MAX_STRING_LENGTH + 1) + "\"]"));

        assertThat(problem.message()).isEqualTo("a text is too long (more than 1,000,000 characters)");
        assertThat(problem.location()).startsWith("1:");
    }

    @Test
    void numberLongerThanTheLimitIsRefused() {
        Problem problem = onlyProblem(read("{\"format\": \"taktstok-study\",\n \"version\": " + "1".repeat(101) + "}"));

        assertThat(problem.message()).isEqualTo("a number is too long (more than 100 characters)");
        assertThat(problem.location()).startsWith("2:");
    }

    @Test
    void fieldNameLongerThanTheLimitIsRefused() {
        Problem problem = onlyProblem(read("{\"" + "n".repeat(1001) + "\": 1}"));

        assertThat(problem.message()).isEqualTo("a field name is too long (more than 1,000 characters)");
        assertThat(problem.location()).startsWith("1:");
    }

    @Test
    void fileWithTooManyValuesIsRefused() {
        String json = "[" + "0,".repeat((int) JsonStudyFormat.MAX_TOKENS) + "0]";

        Problem problem = onlyProblem(read(json));

        assertThat(problem.message()).isEqualTo("the file holds too many values (more than 4,000,000)");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        Parsed parsed = reader.read(endless);

        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error(null, "the file is too large (more than 64 MB)"));
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWhereTheFirstBadByteIs() {
        byte[] latin1 = "{\n  \"title\": \"Sjældent\"\n}".getBytes(StandardCharsets.ISO_8859_1);

        Parsed parsed = reader.read(new ByteArrayInputStream(latin1));

        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error("2:15", "the file is not UTF-8 text; save it as UTF-8"));
    }

    @Test
    void missingFileIsReportedWithoutException(@TempDir Path dir) {
        Parsed parsed = reader.read(dir.resolve("nothing.json"));

        assertThat(onlyProblem(parsed)).isEqualTo(Problem.error(null, "the file does not exist"));
    }

    @Test
    void folderIsReportedWithoutException(@TempDir Path dir) {
        assertThat(onlyProblem(reader.read(dir))).isEqualTo(Problem.error(null, "this is a folder, not a file"));
    }
}

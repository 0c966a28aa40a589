package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the foundation's list, through {@code taktstok validate}: its message on standard
 * error naming the place, the exit code of SPEC §3, no stack trace, and the file unchanged.
 */
class ValidateCommandTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("empty file", BadInputs::empty, 1, "the file is empty"),
                bad("truncated workbook", BadInputs::truncated, 1, "the workbook is damaged or incomplete"),
                bad("zip that is not a workbook", BadInputs::zipNotWorkbook, 1,
                        "this is a ZIP archive but not an Excel workbook; it holds noter.txt"),
                bad("Word file renamed .xls", BadInputs::wordRenamedXls, 1, "this is a Word document, not a spreadsheet"),
                bad("encrypted workbook", BadInputs::encrypted, 1, "the workbook is password-protected"),
                bad("zip bomb", BadInputs::zipBomb, 1, "the workbook looks like a zip bomb"),
                bad("text in a number cell", f -> BadInputs.seedWith(f, "na", 4, 'C', "n/a"), 1,
                        "'n/a' is not a number, at Data!C4"),
                bad("negative value", f -> BadInputs.seedWith(f, "negative", 3, 'B', -3.0), 1,
                        "negative value -3 for 'Som regel' (a share is a percentage from 0 to 100), at Data!B3"),
                bad("value over 100", f -> BadInputs.seedWith(f, "over", 5, 'D', 130.0), 1,
                        "value 130 for 'Sjældent' is over 100 %, at Data!D5"),
                bad("row summing to 130", BadInputs::rowSumming130, 0,
                        "warning: ", "sums to 130 (expected 100 ± 0.5), at Data!A2", "Kommunen (fx skole"),
                bad("sheet with no table", BadInputs::noTable, 1, "no table found (looked at sheets: Forside, Noter)"),
                bad("JSON syntax error", f -> BadInputs.json(f, "syntax.json",
                        "{\n  \"format\": \"taktstok-study\",\n  \"version\": 1,,\n}\n"), 1,
                        "JSON syntax error: expected a field name in double quotes, found ',', at 3:16"),
                bad("JSON wrong type", f -> BadInputs.sampleJsonWith(f, "type.json",
                        "\"value\": 75", "\"value\": \"75 %\""), 1,
                        "expected a number, found text \"75 %\", at $.benchmarks[0].value"),
                bad("JSON nested 100,000 deep", BadInputs::jsonNested100000Deep, 1,
                        "the JSON is nested too deeply (more than 64 levels), at 1:"),
                bad("unknown JSON fields", f -> BadInputs.sampleJsonWith(f, "unknown.json",
                        "\"language\": \"da\",", "\"language\": \"da\", \"colour\": \"red\","), 0,
                        "warning: ", "unknown field 'colour' is ignored, at $.metadata.colour"));
    }

    private static Arguments bad(String name, BadInputs.Maker maker, int exitCode, String... messageParts) {
        return Arguments.of(name, maker, exitCode, messageParts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsItsMessageAndExitCodeWithoutAStackTrace(String name, BadInputs.Maker maker, int exitCode,
                                                            String[] messageParts, @TempDir Path folder) throws Exception {
        Path file = maker.make(folder);
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains(file.toString()).contains(messageParts);
        assertThat(run.showsAStackTrace()).as(run.err()).isFalse();
        assertThat(Files.readAllBytes(file)).as("the file's bytes").isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void zipBombIsRefusedInWellUnderTenSeconds(@TempDir Path folder) throws Exception {
        Path bomb = BadInputs.zipBomb(folder);

        long start = System.nanoTime();
        CliRun run = CliRun.of("validate", bomb.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(seconds).isLessThan(5.0);
    }

    @Test
    void summaryLineCountsValidAndInvalidFiles(@TempDir Path folder) throws Exception {
        Path good = BadInputs.seed(folder);
        Path warned = BadInputs.rowSumming130(folder);
        Path empty = BadInputs.empty(folder);

        CliRun run = CliRun.of("validate", good.toString(), warned.toString(), empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ok: " + good + ": 1 table, 6 items\n")
                .endsWith("3 files: 2 valid (1 with warnings), 1 unreadable or invalid\n");
    }

    @Test
    void everyProblemIsOneLineStartingWithItsSeverityAndTheFile(@TempDir Path folder) throws Exception {
        Path file = BadInputs.seedWith(folder, "many", 3, 'B', "n/a");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.err().lines()).isNotEmpty()
                .allMatch(line -> line.startsWith("error: " + file + ": ") || line.startsWith("warning: " + file + ": "));
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path folder) {
        CliRun run = CliRun.of("validate", folder.resolve("nowhere.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere.xlsx: ");
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void manyProblemsAreCutAfterThirtyWithACountOfTheRest(@TempDir Path folder) throws Exception {
        Path file = BadInputs.manyBlankCells(folder);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.err().lines()).hasSize(ProblemLines.DEFAULT_LIMIT + 1);
        assertThat(run.err().lines().toList().getLast())
                .isEqualTo("error: " + file + ": 10 more problems are not shown; 'taktstok validate --all " + file
                        + "' lists them all");
    }

    @Test
    void allListsEveryProblem(@TempDir Path folder) throws Exception {
        Path file = BadInputs.manyBlankCells(folder);

        CliRun run = CliRun.of("validate", "--all", file.toString());

        assertThat(run.err().lines()).hasSize(40).allMatch(line -> line.startsWith("error: "));
    }
}

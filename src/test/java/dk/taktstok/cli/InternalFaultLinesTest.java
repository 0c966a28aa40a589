package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.StudyFormatReader;
import dk.taktstok.io.json.JsonStudyReader;
import dk.taktstok.io.store.StudyFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fault of Taktstok's own met while reading is one clear line and exit code 1, like a bad file, with a
 * pointer to {@code --debug}; with {@code --debug} its stack trace follows, as for any unexpected failure.
 */
class InternalFaultLinesTest {

    private static final String MESSAGE = "Taktstok could not read this CSV file (an internal error; please report it)";

    @TempDir
    Path folder;

    /** A CSV reader with a fault of its own: what the real one reports when its code throws. */
    private static final StudyFormatReader FAULTY_CSV = file -> Parsed.failed(
            Problem.internal(null, MESSAGE, new IllegalStateException("a fault in the CSV reader")));

    private CliRun run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var files = new StudyFiles(file -> Parsed.failed(Problem.error(null, "not used")), FAULTY_CSV, new JsonStudyReader());
        int code = new TaktstokCli(files).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInternalFaultIsOneLineAndExitCode1WithoutAStackTrace() throws Exception {
        Path csv = Files.writeString(folder.resolve("survey.csv"), "item;Som regel;Aldrig\nA;60;40\n");

        CliRun run = run("validate", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "error: " + csv + ": " + MESSAGE + " (run it again with --debug for the details)");
        assertThat(run.showsAStackTrace()).isFalse();
    }

    @Test
    void withDebugTheFaultsStackTraceFollowsItsLine() throws Exception {
        Path csv = Files.writeString(folder.resolve("survey.csv"), "item;Som regel;Aldrig\nA;60;40\n");

        CliRun run = run("indices", csv.toString(), "--debug");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: " + csv + ": " + MESSAGE + "\n"
                + "java.lang.IllegalStateException: a fault in the CSV reader\n\tat ");
    }

    @Test
    void aProblemWithTheFileGetsNoPointerToDebug() throws Exception {
        Path csv = Files.writeString(folder.resolve("empty.csv"), "");

        CliRun run = run("validate", csv.toString());

        assertThat(run.err().lines()).first().isEqualTo("error: " + csv + ": the file is empty");
    }
}

package dk.taktstok.cli;

import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadResult;
import dk.taktstok.io.SampleStudy;
import dk.taktstok.io.StudyFiles;
import dk.taktstok.model.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the study a command works on — a file, or the embedded sample — and reports its problems. */
final class StudySource {

    private final StudyFiles files;
    private int failure = ExitCodes.INVALID_INPUT;

    StudySource(StudyFiles files) {
        this.files = files;
    }

    /** The name a file goes by in messages: as the user typed it. */
    static String nameOf(Path file) {
        return file == null ? SampleStudy.NAME : file.toString();
    }

    Optional<Study> load(Path file, PrintWriter err) {
        return load(file, ReadOptions.DEFAULT, err);
    }

    /**
     * The study in {@code file} (the sample if null); empty, with every problem printed, if it has errors.
     * Warnings are printed too, and do not stop the command.
     */
    Optional<Study> load(Path file, ReadOptions options, PrintWriter err) {
        if (file == null) {
            return Optional.of(SampleStudy.load());
        }
        ReadResult result = files.read(file, options);
        ProblemLines.print(err, nameOf(file), result.problems());
        if (result.hasErrors()) {
            failure = isUsage(result) ? ExitCodes.USAGE : ExitCodes.INVALID_INPUT;
            return Optional.empty();
        }
        return Optional.of(result.study());
    }

    /** The exit code of the last load that failed: 2 where an option does not fit the file (--weight). */
    int failure() {
        return failure;
    }

    private static boolean isUsage(ReadResult result) {
        return result.errors().stream().map(Problem::location).anyMatch(at -> at != null && at.startsWith("--"));
    }
}

package dk.taktstok.cli;

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

    StudySource(StudyFiles files) {
        this.files = files;
    }

    /** The name a file goes by in messages: as the user typed it. */
    static String nameOf(Path file) {
        return file == null ? SampleStudy.NAME : file.toString();
    }

    /**
     * The study in {@code file} (the sample if null); empty, with every problem printed, if it has errors.
     * Warnings are printed too, and do not stop the command.
     */
    Optional<Study> load(Path file, PrintWriter err) {
        return load(file, null, err);
    }

    /** As {@link #load(Path, PrintWriter)}, decrypting an encrypted workbook with {@code password} (null: none). */
    Optional<Study> load(Path file, String password, PrintWriter err) {
        if (file == null) {
            return Optional.of(SampleStudy.load());
        }
        ReadResult result = files.read(file, password);
        ProblemLines.print(err, nameOf(file), result.problems());
        return result.hasErrors() ? Optional.empty() : Optional.of(result.study());
    }
}

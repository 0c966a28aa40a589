package dk.taktstok.cli;

import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Banner;
import dk.taktstok.model.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the study a command works on — a file, or the embedded sample — and reports its problems. */
final class StudySource {

    private final StudyFiles files;
    private final boolean debug;
    private int failure = ExitCodes.INVALID_INPUT;
    private List<Problem> problems = List.of();
    private SourceMap places = SourceMap.NONE;
    private List<Banner> banners = List.of();

    /** @param debug whether to print the stack trace of a fault of Taktstok's own ({@code --debug}) */
    StudySource(StudyFiles files, boolean debug) {
        this.files = files;
        this.debug = debug;
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
            // the sample is a study file like any other: its places are JSON paths in it
            places = SampleStudy.places();
            return Optional.of(SampleStudy.load());
        }
        ReadResult result = files.read(file, options);
        problems = result.problems();
        places = result.places();
        banners = result.banners();
        ProblemLines.print(err, nameOf(file), result.problems(), debug);
        if (result.hasErrors()) {
            failure = isUsage(result) ? ExitCodes.USAGE : ExitCodes.INVALID_INPUT;
            return Optional.empty();
        }
        return Optional.of(result.study());
    }

    /**
     * The study a command works on, read with the options the user gave (--layout, --weight, --codes,
     * --password); empty, with every problem printed and {@link #failure()} set, if it cannot be had.
     */
    Optional<Study> load(Path file, ReadingOptions reading, PasswordOption password, String command, PrintWriter err) {
        if (file == null && reading.given()) {
            err.println("error: --layout, --weight, --codes and --by need a FILE to read (see 'taktstok " + command + " --help')");
            failure = ExitCodes.USAGE;
            return Optional.empty();
        }
        Optional<ReadOptions> options = file == null ? Optional.of(reading.options()) : reading.resolve(files, err, debug);
        if (options.isEmpty()) {
            failure = reading.failure();
            return Optional.empty();
        }
        return load(file, options.get().withPassword(password.text()), err);
    }

    /** The study by the groups of each banner of the last load (--by), in the order asked. */
    List<Banner> banners() {
        return banners;
    }

    /** The problems of the last load, in the order met (none for the sample). */
    List<Problem> problems() {
        return problems;
    }

    /** Where the parts of the last study loaded came from (cells, lines, JSON paths). */
    SourceMap places() {
        return places;
    }

    /** The exit code of the last load that failed: 2 where an option does not fit the file (--weight). */
    int failure() {
        return failure;
    }

    private static boolean isUsage(ReadResult result) {
        return result.errors().stream().map(Problem::location).anyMatch(at -> at != null && at.startsWith("--"));
    }
}

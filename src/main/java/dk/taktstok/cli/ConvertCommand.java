package dk.taktstok.cli;

import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.io.store.StudySaver;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert",
        description = "Writes what Taktstok read from FILE as a Taktstok study file (JSON).",
        mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A study file (.xlsx, .xlsm, .xls, .csv, .json).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "STUDY.json", description = "The study file to write.")
    Path target;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    PasswordOption password = new PasswordOption();

    private final StudyFiles files;

    ConvertCommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            err.println("error: " + target + ": a study file's name ends in .json");
            return ExitCodes.USAGE;
        }
        if (isSameFile(file, target)) {
            err.println("error: " + target + ": --out names the input file; choose another name");
            return ExitCodes.USAGE;
        }
        StudySource source = new StudySource(files, ProblemLines.debug(spec));
        Optional<Study> study = source.load(file, reading, password, "convert", err);
        if (study.isEmpty()) {
            return source.failure();
        }
        try {
            StudySaver.standard().write(study.get(), target);
        } catch (IOException e) {
            err.println("error: " + target + ": cannot write the study file (" + e.getMessage() + ")");
            return ExitCodes.INVALID_INPUT;
        }
        out.println(target);
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}

package dk.taktstok.cli;

import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        description = "Reads each file and reports its problems, then one summary line."
                + " Exit code 1 if any file is unreadable or invalid.",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check (.xlsx, .xlsm, .xls, .csv, .json).")
    List<Path> files;

    @Option(names = "--all", description = "List every problem; without it, the first "
            + ProblemLines.DEFAULT_LIMIT + " of each file and a count of the rest.")
    boolean all;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    PasswordOption password = new PasswordOption();

    private final StudyFiles reader;

    ValidateCommand(StudyFiles reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int valid = 0;
        int withWarnings = 0;
        boolean debug = ProblemLines.debug(spec);
        Optional<ReadOptions> options = reading.resolve(reader, err, debug);
        if (options.isEmpty()) {
            return reading.failure();
        }
        int invalid = 0;
        boolean usage = false;
        for (Path file : files) {
            String name = StudySource.nameOf(file);
            ReadResult result = reader.read(file, options.get().withPassword(password.text()));
            ProblemLines.print(err, name, result.problems(), all ? Integer.MAX_VALUE : ProblemLines.DEFAULT_LIMIT, debug);
            if (result.hasErrors()) {
                invalid++;
                usage |= result.errors().stream().anyMatch(p -> p.location() != null && p.location().startsWith("--"));
                continue;
            }
            valid++;
            if (!result.warnings().isEmpty()) {
                withWarnings++;
            }
            out.println("ok: " + name + ": " + summary(result.study()) + warnings(result.warnings().size()));
        }
        out.println(files.size() + (files.size() == 1 ? " file: " : " files: ") + valid + " valid ("
                + withWarnings + " with warnings), " + invalid + " unreadable or invalid");
        out.flush();
        return invalid == 0 ? ExitCodes.OK : usage ? ExitCodes.USAGE : ExitCodes.INVALID_INPUT;
    }

    private static String summary(Study study) {
        int tables = study.tables().size();
        int items = study.tables().stream().mapToInt(t -> t.items().size()).sum();
        return tables + (tables == 1 ? " table, " : " tables, ") + items + (items == 1 ? " item" : " items");
    }

    private static String warnings(int count) {
        return count == 0 ? "" : ", " + count + (count == 1 ? " warning" : " warnings");
    }
}

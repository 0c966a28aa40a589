package dk.taktstok.cli;

import dk.taktstok.io.store.StudyFiles;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The command line's composition root: wires the readers into the commands and turns every outcome
 * into an exit code of SPEC §3 and one-line messages. No stack trace unless {@code --debug}.
 */
public final class TaktstokCli {

    private final StudyFiles files;

    public TaktstokCli(StudyFiles files) {
        this.files = files;
    }

    public static TaktstokCli standard() {
        return new TaktstokCli(StudyFiles.standard());
    }

    /** Runs a command line and returns its exit code; {@code out} and {@code err} are written as UTF-8. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        var outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        var errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine commandLine = new CommandLine(new RootCommand(files), new Factory(files))
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((ex, arguments) -> {
                    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
                    errWriter.println("error: " + ex.getMessage() + " (see '" + command + " --help')");
                    return ExitCodes.USAGE;
                })
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> {
                    errWriter.println("error: Taktstok failed unexpectedly (" + ex.getClass().getSimpleName()
                            + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ")"
                            + (debug ? "" : "; run it again with --debug for the details"));
                    if (debug) {
                        ex.printStackTrace(errWriter);
                    }
                    return ExitCodes.INVALID_INPUT;
                });
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** Gives the commands their dependencies through their constructors. */
    private record Factory(StudyFiles files) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == IndicesCommand.class) {
                return type.cast(new IndicesCommand(files));
            }
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(files));
            }
            if (type == ConvertCommand.class) {
                return type.cast(new ConvertCommand(files));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(files));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(files));
            }
            if (type == RootCommand.class) {
                return type.cast(new RootCommand(files));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}

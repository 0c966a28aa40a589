package dk.taktstok.cli;

import dk.taktstok.io.store.StudyFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "taktstok",
        description = {
            "Survey tables to publication-ready charts.",
            "Without a command, taktstok opens the desktop app on FILE, or on the embedded sample study."
        },
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        subcommands = {IndicesCommand.class, ValidateCommand.class, ConvertCommand.class, ExportCommand.class,
            CheckCommand.class, CommandLine.HelpCommand.class})
final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A study file to open (.xlsx, .xlsm, .xls, .csv, .json).")
    Path file;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the Java stack trace of an unexpected failure.")
    boolean debug;

    @Mixin
    PasswordOption password = new PasswordOption();

    private final StudyFiles files;

    RootCommand(StudyFiles files) {
        this.files = files;
    }

    /** Reached with options only (such as --debug): the measures of FILE or the sample, as {@code indices}. */
    @Override
    public Integer call() {
        var indices = new IndicesCommand(files);
        indices.spec = spec;
        indices.file = file;
        indices.password = password;
        return indices.call();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"taktstok " + (version == null ? "(development build)" : version)};
        }
    }
}

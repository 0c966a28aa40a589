package dk.taktstok.cli;

import dk.taktstok.io.Layout;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How a workbook or CSV file is read: as a report's tables or as respondent rows, with which weight, and
 * with which codebook for numeric answers.
 */
final class ReadingOptions {

    @Option(names = "--layout", paramLabel = "table|respondents",
            description = "Read the file as a report's tables, or as respondent rows (a header row of questions,"
                    + " one row per respondent); default: recognised from the file.")
    Layout layout;

    @Option(names = "--weight", paramLabel = "COLUMN",
            description = "Weight respondent rows by this column (its header, or its letter in a workbook).")
    String weight;

    @Option(names = "--codes", paramLabel = "STUDY.json",
            description = "A study file whose categories give the codes of numeric answers (each category's"
                    + " \"code\"): respondent rows are read on its scales, with its roles and scores.")
    Path codes;

    @Option(names = "--by", paramLabel = "COLUMN",
            description = "Split respondent rows into groups by this column (its header, or its letter) and"
                    + " compare them; repeat it for several banners.")
    List<String> by = new ArrayList<>();

    private int failure = ExitCodes.INVALID_INPUT;

    ReadOptions options() {
        return ReadOptions.DEFAULT.withLayout(layout == null ? Layout.AUTO : layout).withWeight(weight).withBy(by);
    }

    /** The options with the codebook read; empty, with its problems printed, when it cannot be used. */
    Optional<ReadOptions> resolve(StudyFiles files, PrintWriter err, boolean debug) {
        if (codes == null) {
            return Optional.of(options());
        }
        ReadResult codebook = files.read(codes);
        ProblemLines.print(err, codes.toString(), codebook.errors(), debug);
        if (codebook.hasErrors()) {
            failure = ExitCodes.INVALID_INPUT;
            return Optional.empty();
        }
        boolean coded = codebook.study().scales().stream()
                .flatMap(s -> s.categories().stream()).anyMatch(c -> c.code() != null);
        if (!coded) {
            err.println("error: " + codes + ": no category has a \"code\", so the file gives no codes for --codes");
            failure = ExitCodes.USAGE;
            return Optional.empty();
        }
        return Optional.of(options().withCodebook(codebook.study()));
    }

    /** The exit code after {@link #resolve} failed. */
    int failure() {
        return failure;
    }

    /** Whether any of the options was given; they need a file to read. */
    boolean given() {
        return layout != null || weight != null || codes != null || !by.isEmpty();
    }
}

package dk.taktstok.cli;

import dk.taktstok.claims.CheckReport;
import dk.taktstok.claims.ClaimChecker;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.store.Drafts;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Study;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code taktstok check ARTICLE [FILE]}: every quantitative claim of a draft held against the study's
 * figures (docs/claim-check.md). A check that finds claims contradicted or not found is done: exit 0, as
 * SPEC §3 keeps 1 for input that cannot be read (ADR 15).
 */
@Command(name = "check",
        description = {
            "Checks every quantitative claim of a draft against the study's figures: percentages, bounds,"
                    + " parts in words, majorities, differences in points, ratios and comparisons, in Danish"
                    + " and English. Each gets a verdict — supported, contradicted, depends on the base, within"
                    + " the margin of error, not found — with the figure, its value and its formula.",
            "Exit code 0 when the check is done, whatever the verdicts; 1 when the draft or the study cannot"
                    + " be read; 2 for wrong usage."},
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE",
            description = "The draft: plain text or Markdown (UTF-8), or a Word document (.docx).")
    Path article;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
            description = "A study file (.xlsx, .xlsm, .xls, .csv, .json). Without it, the embedded sample study.")
    Path file;

    @Option(names = "--json", description = "JSON: per claim the sentence, its span (offsets into the draft's"
            + " text), the quantity as read, the verdict, the figures and the reason.")
    boolean json;

    @Option(names = "--lang", paramLabel = "da|en",
            description = "Language of the reasons, formulas and labels; default: the draft's.")
    String language;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    PasswordOption password = new PasswordOption();

    private final StudyFiles files;

    CheckCommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (language != null && !language.equals("da") && !language.equals("en")) {
            err.println("error: --lang takes da or en, not '" + language + "' (see 'taktstok check --help')");
            return ExitCodes.USAGE;
        }
        Drafts.Draft draft = Drafts.open(article);
        ProblemLines.print(err, article.toString(), draft.problems(), ProblemLines.debug(spec));
        if (!draft.readable()) {
            return ExitCodes.INVALID_INPUT;
        }
        StudySource source = new StudySource(files, ProblemLines.debug(spec));
        Optional<Study> study = source.load(file, reading, password, "check", err);
        if (study.isEmpty()) {
            return source.failure();
        }
        SourceMap places = source.places();
        CheckReport report = new ClaimChecker(study.get()).check(draft.text(), language, places::share);
        String studyName = StudySource.nameOf(file);
        out.print(json ? new CheckJson(article.toString(), studyName, study.get()).render(report)
                : new CheckText(article.toString(), studyName).render(report));
        out.flush();
        return ExitCodes.OK;
    }
}

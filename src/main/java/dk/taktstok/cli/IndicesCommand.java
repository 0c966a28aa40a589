package dk.taktstok.cli;

import dk.taktstok.analysis.Crosstab;
import dk.taktstok.analysis.CrosstabOptions;
import dk.taktstok.analysis.Crosstabs;
import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Banner;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "indices",
        description = "Prints the derived measures of a study: per item, per group, the balance between"
                + " the groups, and the gaps between stated goals and practice.",
        mixinStandardHelpOptions = true)
final class IndicesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A study file (.xlsx, .xlsm, .xls, .csv, .json). Without it, the embedded sample study.")
    Path file;

    @Option(names = "--table", paramLabel = "ID", description = "Only this table: its id or its sheet name.")
    String table;

    @Option(names = "--json", description = "JSON with unrounded numbers instead of a text table.")
    boolean json;

    @Option(names = "--lang", paramLabel = "da|en",
            description = "Language of the labels and headings; default: the study's.")
    String language;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    PasswordOption password = new PasswordOption();

    @Mixin
    GroupTestOptions groupTests = new GroupTestOptions();

    private final StudyFiles files;

    IndicesCommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudySource source = new StudySource(files, ProblemLines.debug(spec));
        CrosstabOptions testOptions = groupTests.options(err);
        if (testOptions == null) {
            return ExitCodes.USAGE;
        }
        Optional<Study> study = source.load(file, reading, password, "indices", err);
        if (study.isEmpty()) {
            return source.failure();
        }
        Optional<List<SurveyTable>> chosen = TableChoice.choose(study.get(), table);
        if (chosen.isEmpty()) {
            err.println("error: " + StudySource.nameOf(file) + ": no table '" + table + "'; the tables are: "
                    + TableChoice.available(study.get()));
            return ExitCodes.USAGE;
        }
        Study selected = only(study.get(), chosen.get());
        StudyMeasures measures = Measures.of(selected);
        String lang = language != null ? language : selected.language();
        var crosstabs = new ArrayList<Crosstab>();
        int letters = 0;
        for (Banner banner : source.banners()) {
            crosstabs.add(Crosstabs.of(selected, banner, testOptions, letters));
            letters += banner.columns().size();
        }
        if (json) {
            out.print(new IndicesJson(selected, lang, source.problems()).render(measures, crosstabs));
        } else {
            out.print(new IndicesText(selected, lang).render(measures));
            for (Crosstab crosstab : crosstabs) {
                out.print('\n' + new CrosstabText(lang).render(crosstab));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The study with only the chosen tables, and the gaps that concern them. */
    private static Study only(Study study, List<SurveyTable> tables) {
        if (tables.equals(study.tables())) {
            return study;
        }
        var ids = tables.stream().map(SurveyTable::id).toList();
        var gaps = study.gaps().stream().filter(g -> ids.contains(g.practice().tableId())).toList();
        return study.withTables(tables).withBenchmarks(study.benchmarks(), gaps);
    }
}

package dk.taktstok.cli;

import dk.taktstok.chart.layout.ChartProblem;
import dk.taktstok.chart.layout.DefaultCharts;
import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.chart.theme.ThemeException;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.export.ChartExporter;
import dk.taktstok.export.ExportRequest;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import dk.taktstok.analysis.Crosstab;
import dk.taktstok.analysis.CrosstabOptions;
import dk.taktstok.analysis.Crosstabs;
import dk.taktstok.model.Banner;
import dk.taktstok.model.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export",
        description = "Writes every chart of the study (or one) as image files, one per chart and format, with"
                + " its description (alt text) beside it; needs no display. Prints the paths.",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A study file (.xlsx, .xlsm, .xls, .csv, .json). Without it, the embedded sample study.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to (made if missing).")
    Path out;

    @Option(names = "--format", paramLabel = "png,svg,pdf,html", split = ",", defaultValue = "png",
            description = "One or more of png, svg, pdf, html (default: png). html is a web embed: one"
                    + " self-contained page a chart that lays the chart out for the width it is shown at.")
    List<String> formats;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per chart unit, 1 to 4 (default: 1); 2 for sharp images on high-density screens.")
    double scale;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "640",
            description = "Chart width in CSS pixels (default: 640, an article column); the height follows.")
    double width;

    @Option(names = "--height", paramLabel = "PX",
            description = "A fixed height in CSS pixels (a social media card: --width 1200 --height 675); the chart"
                    + " is laid out to fit it in every format but html.")
    Double height;

    @Option(names = "--strict", description = "Write nothing, and exit 1, when a chart shows wrong data: a row not"
            + " summing to 100 or a missing value. Without it, each problem is printed as a warning.")
    boolean strict;

    @Option(names = "--chart", paramLabel = "ID", description = "Only this chart.")
    String chart;

    @Option(names = "--lang", paramLabel = "da|en", description = "Language of the texts; default: the study's.")
    String language;

    @Option(names = "--transparent", description = "No background (PNG with transparency, SVG and PDF without a fill).")
    boolean transparent;

    @Option(names = "--theme", paramLabel = "FILE", description = "A theme file with the newsroom's font, colours and sizes.")
    Path themeFile;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    PasswordOption password = new PasswordOption();

    @Mixin
    GroupTestOptions groupTests = new GroupTestOptions();

    private final StudyFiles files;

    ExportCommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> wrong = checkOptions();
        if (wrong.isPresent()) {
            err.println("error: " + wrong.get() + " (see 'taktstok export --help')");
            return ExitCodes.USAGE;
        }
        Theme theme;
        try {
            theme = themeFile == null ? ThemeFiles.standard() : ThemeFiles.read(themeFile);
        } catch (ThemeException e) {
            err.println("error: " + themeFile + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        CrosstabOptions testOptions = groupTests.options(err);
        if (testOptions == null) {
            return ExitCodes.USAGE;
        }
        StudySource source = new StudySource(files, ProblemLines.debug(spec));
        Optional<Study> study = source.load(file, reading, password, "export", err);
        if (study.isEmpty()) {
            return source.failure();
        }
        List<ChartSpec> charts = DefaultCharts.of(study.get());
        if (chart != null) {
            charts = charts.stream().filter(c -> c.id().equals(chart)).toList();
            if (charts.isEmpty()) {
                err.println("error: " + StudySource.nameOf(file) + ": no chart '" + chart + "'; the charts are: "
                        + DefaultCharts.of(study.get()).stream().map(ChartSpec::id).collect(Collectors.joining(", ")));
                return ExitCodes.USAGE;
            }
        }
        List<Path> written;
        var request = new ExportRequest(formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).distinct()
                .sorted(java.util.Comparator.comparingInt(ExportRequest.FORMATS::indexOf)).toList(),
                width, height, scale, transparent, language, theme);
        List<ChartProblem> problems = ChartExporter.standard().problems(study.get(), charts, request);
        String problemLanguage = language != null ? language : study.get().language();
        for (ChartProblem problem : problems) {
            err.println((problem.isError() && strict ? "error: " : "warning: ") + problem.chartId() + ": "
                    + problem.describe(problemLanguage));
        }
        err.flush();
        if (strict && problems.stream().anyMatch(ChartProblem::isError)) {
            err.println("error: nothing exported (--strict): the charts show wrong data");
            return ExitCodes.INVALID_INPUT;
        }
        try {
            written = ChartExporter.standard().export(study.get(), charts, request, out, done -> { }, () -> false);
        } catch (IOException e) {
            err.println("error: " + out + ": cannot write (" + e.getMessage() + ")");
            return ExitCodes.INVALID_INPUT;
        }
        try {
            written = new ArrayList<>(written);
            written.addAll(crosstabs(study.get(), source.banners(), testOptions));
        } catch (IOException e) {
            err.println("error: " + out + ": cannot write (" + e.getMessage() + ")");
            return ExitCodes.INVALID_INPUT;
        }
        written.forEach(stdout::println);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** With --by, each banner's crosstab as a CSV file beside the charts: {@code by-region.csv}. */
    private List<Path> crosstabs(Study study, List<Banner> banners, CrosstabOptions options) throws IOException {
        var files = new ArrayList<Path>();
        String lang = language != null ? language : study.language();
        int letters = 0;
        for (Banner banner : banners) {
            Crosstab crosstab = Crosstabs.of(study, banner, options, letters);
            letters += banner.columns().size();
            String slug = Ids.slug(banner.name());
            Path target = out.resolve("by-" + (slug.isEmpty() ? "column" : slug) + ".csv");
            java.nio.file.Files.createDirectories(out);
            java.nio.file.Files.writeString(target, CrosstabCsv.render(crosstab, lang), java.nio.charset.StandardCharsets.UTF_8);
            files.add(target);
        }
        return files;
    }

    private Optional<String> checkOptions() {
        for (String format : formats) {
            if (!ExportRequest.FORMATS.contains(format.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of("unknown format '" + format + "'; choose from png, svg, pdf, html");
            }
        }
        if (!(scale >= 1 && scale <= 4)) {
            return Optional.of("--scale must be from 1 to 4, was " + StudyNumbers.plain(scale));
        }
        if (!(width >= LayoutOptions.MIN_WIDTH && width <= 4000)) {
            return Optional.of("--width must be from " + (int) LayoutOptions.MIN_WIDTH + " to 4000 pixels, was "
                    + StudyNumbers.plain(width));
        }
        if (height != null && !(height >= LayoutOptions.MIN_HEIGHT && height <= 4000)) {
            return Optional.of("--height must be from " + (int) LayoutOptions.MIN_HEIGHT + " to 4000 pixels, was "
                    + StudyNumbers.plain(height));
        }
        if (language != null && !List.of("da", "en").contains(language)) {
            return Optional.of("--lang must be da or en, was '" + language + "'");
        }
        return Optional.empty();
    }
}

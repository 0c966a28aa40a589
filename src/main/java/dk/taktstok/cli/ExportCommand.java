package dk.taktstok.cli;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.layout.DefaultCharts;
import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.scene.Scene;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.chart.theme.ThemeException;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.StudyFiles;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.render.pdf.PdfRenderer;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export",
        description = "Writes every chart of the study (or one) as image files, one per chart and format, with"
                + " its description (alt text) beside it; needs no display. Prints the paths.",
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    /** The formats Taktstok writes, in the order they are written. */
    static final List<String> FORMATS = List.of("png", "svg", "pdf");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A study file (.xlsx, .xlsm, .xls, .csv, .json). Without it, the embedded sample study.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to (made if missing).")
    Path out;

    @Option(names = "--format", paramLabel = "png,svg,pdf", split = ",", defaultValue = "png",
            description = "One or more of png, svg, pdf (default: png).")
    List<String> formats;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
            description = "PNG pixels per chart unit, 1 to 4 (default: 1); 2 for sharp images on high-density screens.")
    double scale;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "640",
            description = "Chart width in CSS pixels (default: 640, an article column); the height follows.")
    double width;

    @Option(names = "--chart", paramLabel = "ID", description = "Only this chart.")
    String chart;

    @Option(names = "--lang", paramLabel = "da|en", description = "Language of the texts; default: the study's.")
    String language;

    @Option(names = "--transparent", description = "No background (PNG with transparency, SVG and PDF without a fill).")
    boolean transparent;

    @Option(names = "--theme", paramLabel = "FILE", description = "A theme file with the newsroom's font, colours and sizes.")
    Path themeFile;

    @Mixin
    PasswordOption password = new PasswordOption();

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
        Optional<Study> study = new StudySource(files).load(file, password.text(), err);
        if (study.isEmpty()) {
            return ExitCodes.INVALID_INPUT;
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
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("error: " + out + ": cannot make the folder (" + e.getMessage() + ")");
            return ExitCodes.INVALID_INPUT;
        }
        List<Path> written;
        try {
            written = export(study.get(), charts, new LayoutOptions(width, language, theme));
        } catch (UncheckedIOException e) {
            err.println("error: " + out + ": cannot write (" + e.getCause().getMessage() + ")");
            return ExitCodes.INVALID_INPUT;
        }
        written.forEach(stdout::println);
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Lays out and renders the charts, two at a time on two cores; answers the files in chart order. */
    private List<Path> export(Study study, List<ChartSpec> charts, LayoutOptions options) {
        StudyMeasures measures = Measures.of(study);
        ChartLayout layout = ChartLayout.standard();
        Set<String> chosen = new LinkedHashSet<>(formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList());
        List<List<Path>> perChart = charts.parallelStream().map(spec -> {
            Scene scene = layout.layout(study, measures, spec, options);
            if (transparent) {
                scene = scene.withBackground(null);
            }
            var paths = new ArrayList<Path>();
            for (String format : FORMATS) {
                if (chosen.contains(format)) {
                    paths.add(write(spec.id() + "." + format, render(scene, format)));
                }
            }
            paths.add(write(spec.id() + ".txt", (scene.description() + "\n").getBytes(StandardCharsets.UTF_8)));
            return (List<Path>) paths;
        }).toList();
        return perChart.stream().flatMap(List::stream).toList();
    }

    private byte[] render(Scene scene, String format) {
        return switch (format) {
            case "png" -> new PngRenderer().render(scene, scale, transparent);
            case "svg" -> new SvgRenderer().render(scene).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> new PdfRenderer().render(scene);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    private Path write(String name, byte[] content) {
        Path target = out.resolve(name);
        try {
            Files.write(target, content);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> checkOptions() {
        for (String format : formats) {
            if (!FORMATS.contains(format.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of("unknown format '" + format + "'; choose from png, svg, pdf");
            }
        }
        if (!(scale >= 1 && scale <= 4)) {
            return Optional.of("--scale must be from 1 to 4, was " + StudyNumbers.plain(scale));
        }
        if (!(width >= LayoutOptions.MIN_WIDTH && width <= 4000)) {
            return Optional.of("--width must be from " + (int) LayoutOptions.MIN_WIDTH + " to 4000 pixels, was "
                    + StudyNumbers.plain(width));
        }
        if (language != null && !List.of("da", "en").contains(language)) {
            return Optional.of("--lang must be da or en, was '" + language + "'");
        }
        return Optional.empty();
    }
}

package dk.taktstok.export;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.layout.ChartProblem;
import dk.taktstok.chart.layout.LaidOutChart;
import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.render.pdf.PdfRenderer;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Writes charts as image files — one per chart and format — each with its description (alt text) as
 * {@code ID.txt}; or as a web page that lays the chart out for the width it is shown at. The command line's {@code export} and the desktop's export dialog both use it.
 */
public final class ChartExporter {

    private final ChartLayout layout;

    public ChartExporter(ChartLayout layout) {
        this.layout = layout;
    }

    public static ChartExporter standard() {
        return new ChartExporter(ChartLayout.standard());
    }

    /** The scene of a chart as it will be exported (background off when transparent). */
    public ChartScene scene(Study study, StudyMeasures measures, ChartSpec chart, ExportRequest request) {
        return laidOut(study, measures, chart, request, request.width(), request.height()).scene();
    }

    /**
     * What the charts show that a journalist must know before printing them, as they will be exported:
     * rows that do not sum to 100, missing values, placeholder headlines, no source.
     */
    public List<ChartProblem> problems(Study study, List<ChartSpec> charts, ExportRequest request) {
        StudyMeasures measures = Measures.of(study);
        return charts.stream()
                .flatMap(chart -> laidOut(study, measures, chart, request, request.width(), request.height())
                        .problems().stream())
                .toList();
    }

    private LaidOutChart laidOut(Study study, StudyMeasures measures, ChartSpec chart, ExportRequest request,
                                 double width, Double height) {
        LaidOutChart laidOut = layout.layoutChart(study, measures, chart,
                new LayoutOptions(width, height, request.language(), request.theme()));
        return request.transparent() ? laidOut.withScene(laidOut.scene().withBackground(null)) : laidOut;
    }

    /**
     * Exports the charts into {@code folder}, two at a time; answers the files written, in chart order.
     *
     * @param done      told how many charts are finished, after each one
     * @param cancelled asked before each chart; when it answers true, no further chart is started
     */
    public List<Path> export(Study study, List<ChartSpec> charts, ExportRequest request, Path folder,
                             IntConsumer done, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(folder);
        StudyMeasures measures = Measures.of(study);
        var finished = new AtomicInteger();
        try {
            List<List<Path>> perChart = charts.parallelStream().map(chart -> {
                if (cancelled.getAsBoolean()) {
                    return List.<Path>of();
                }
                ChartScene scene = scene(study, measures, chart, request);
                var paths = new ArrayList<Path>();
                for (String format : request.formats()) {
                    byte[] content = format.equals("html")
                            ? html(study, measures, chart, request).getBytes(StandardCharsets.UTF_8)
                            : render(scene, format, request);
                    paths.add(write(folder.resolve(chart.id() + "." + format), content));
                }
                paths.add(write(folder.resolve(chart.id() + ".txt"),
                        (scene.description() + "\n").getBytes(StandardCharsets.UTF_8)));
                done.accept(finished.incrementAndGet());
                return (List<Path>) paths;
            }).toList();
            return perChart.stream().flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A chart as PNG bytes, for the clipboard or a preview. */
    public byte[] png(Study study, ChartSpec chart, ExportRequest request) {
        return render(scene(study, Measures.of(study), chart, request), "png", request);
    }

    /**
     * The chart as a web embed: laid out at each of {@link HtmlEmbed#BREAKPOINTS}, the page showing the
     * layout for the width it is given.
     */
    public String html(Study study, StudyMeasures measures, ChartSpec chart, ExportRequest request) {
        var layouts = new ArrayList<LaidOutChart>();
        for (double width : HtmlEmbed.BREAKPOINTS) {
            layouts.add(laidOut(study, measures, chart, request, width, null));
        }
        return HtmlEmbed.write(chart.id(), layouts);
    }

    byte[] render(ChartScene scene, String format, ExportRequest request) {
        return switch (format) {
            case "png" -> new PngRenderer().render(scene, request.scale(), request.transparent());
            case "svg" -> new SvgRenderer().render(scene).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> new PdfRenderer().render(scene);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    private static Path write(Path target, byte[] content) {
        try {
            Files.write(target, content);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

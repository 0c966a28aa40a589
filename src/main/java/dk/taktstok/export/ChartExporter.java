package dk.taktstok.export;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.render.pdf.PdfRenderer;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgRenderer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
 * {@code ID.txt}. The command line's {@code export} and the desktop's export dialog both use it.
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
        ChartScene scene = layout.layout(study, measures, chart,
                new LayoutOptions(request.width(), request.language(), request.theme()));
        return request.transparent() ? scene.withBackground(null) : scene;
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
                    paths.add(write(folder.resolve(chart.id() + "." + format), render(scene, format, request)));
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

    byte[] render(ChartScene scene, String format, ExportRequest request) {
        return switch (format) {
            case "png" -> request.height() == null
                    ? new PngRenderer().render(scene, request.scale(), request.transparent())
                    : fitted(scene, request);
            case "svg" -> new SvgRenderer().render(scene).getBytes(StandardCharsets.UTF_8);
            case "pdf" -> new PdfRenderer().render(scene);
            default -> throw new IllegalArgumentException("unknown format " + format);
        };
    }

    /**
     * A chart on a canvas of fixed size (a social media card): scaled down if it is taller than the
     * canvas, centred, the rest filled with the chart's background.
     */
    private static byte[] fitted(ChartScene scene, ExportRequest request) {
        double fit = Math.min(1, request.height() / scene.height());
        var renderer = new PngRenderer();
        BufferedImage chart = renderer.image(scene, request.scale() * fit, request.transparent());
        int width = (int) Math.round(request.width() * request.scale());
        int height = (int) Math.round(request.height() * request.scale());
        var canvas = new BufferedImage(width, height, request.transparent() ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        if (!request.transparent() && scene.background() != null) {
            var b = scene.background();
            g.setColor(new java.awt.Color(b.red(), b.green(), b.blue()));
            g.fillRect(0, 0, width, height);
        }
        g.drawImage(chart, (width - chart.getWidth()) / 2, (height - chart.getHeight()) / 2, null);
        g.dispose();
        return renderer.encode(canvas, request.scale(), scene);
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

package dk.taktstok.bench;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.layout.DefaultCharts;
import dk.taktstok.chart.layout.LayoutOptions;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import dk.taktstok.render.pdf.PdfRenderer;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgRenderer;
import java.util.Locale;

/**
 * Warm timings of the export of the sample study's charts, as {@code taktstok export --scale 2
 * --width 640} makes them: layout, PNG at 2×, SVG and PDF, per chart, median of many runs after as
 * many warm-up runs. Run after {@code ./mvnw -q -DskipTests package test-compile}; bench/export.sh
 * runs it beside the matplotlib peer.
 */
public final class ExportTiming {

    private ExportTiming() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Study study = SampleStudy.load();
        StudyMeasures measures = Measures.of(study);
        ChartLayout layout = ChartLayout.standard();
        LayoutOptions options = LayoutOptions.of(640, null);
        var png = new PngRenderer();
        var svg = new SvgRenderer();
        var pdf = new PdfRenderer();
        System.out.printf(Locale.ROOT, "median of %d warm runs, ms%n", runs);
        System.out.printf(Locale.ROOT, "%-22s %8s %8s %8s %8s%n", "chart", "layout", "png 2x", "svg", "pdf");
        for (ChartSpec spec : DefaultCharts.of(study)) {
            ChartScene scene = layout.layout(study, measures, spec, options);
            double layoutMs = RenderTiming.median(RenderTiming.time(runs,
                    () -> layout.layout(study, measures, spec, options).nodes().size()));
            double pngMs = RenderTiming.median(RenderTiming.time(runs, () -> png.render(scene, 2, false).length));
            double svgMs = RenderTiming.median(RenderTiming.time(runs, () -> svg.render(scene).length()));
            double pdfMs = RenderTiming.median(RenderTiming.time(runs / 4 + 1, () -> pdf.render(scene).length));
            System.out.printf(Locale.ROOT, "%-22s %8.2f %8.2f %8.2f %8.2f%n", spec.id(), layoutMs, pngMs, svgMs, pdfMs);
        }
    }
}

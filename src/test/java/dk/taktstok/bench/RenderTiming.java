package dk.taktstok.bench;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.ChartFonts;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.render.TestScenes;
import dk.taktstok.render.pdf.PdfRenderer;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgOptions;
import dk.taktstok.render.svg.SvgRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Warm timings of the renderers on a chart-sized scene (640 × 450, 146 nodes, 61 texts), against the
 * budgets: a 2× PNG in at most 20 ms, an SVG in at most 5 ms. Prints the median and the 90th
 * percentile of each. Run after {@code ./mvnw test-compile}:
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Djava.awt.headless=true -cp %classpath dk.taktstok.bench.RenderTiming"
 * </pre>
 */
public final class RenderTiming {

    static final double PNG_BUDGET_MS = 20;
    static final double SVG_BUDGET_MS = 5;

    private RenderTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ChartScene chart = TestScenes.chartSized();
        var png = new PngRenderer();
        var svg = new SvgRenderer();
        var svgNamed = new SvgRenderer(SvgOptions.FONT_NAMES_ONLY);
        var pdf = new PdfRenderer();
        var unseen = new int[] {0};

        System.out.printf(Locale.ROOT, "%d nodes, %d texts; %d timed runs each after as many warm-up runs%n",
                chart.flatten().size(), chart.texts().size(), rounds);
        report("png 1x", time(rounds, () -> png.render(chart, 1, false).length), Double.NaN);
        report("png 2x", time(rounds, () -> png.render(chart, 2, false).length), PNG_BUDGET_MS);
        report("png 2x transparent", time(rounds, () -> png.render(chart, 2, true).length), PNG_BUDGET_MS);
        report("png 4x", time(rounds / 4 + 1, () -> png.render(chart, 4, false).length), Double.NaN);
        report("svg, font subset cached", time(rounds, () -> svg.render(chart).length()), SVG_BUDGET_MS);
        report("svg, font subset made anew", time(rounds, () -> svg.render(withNewCharacter(chart, unseen[0]++)).length()),
                SVG_BUDGET_MS);
        report("svg, font named only", time(rounds, () -> svgNamed.render(chart).length()), SVG_BUDGET_MS);
        report("pdf", time(rounds / 4 + 1, () -> pdf.render(chart).length), Double.NaN);
    }

    /** Milliseconds of each timed run, sorted, after as many untimed runs to warm up. */
    static double[] time(int runs, IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < runs; i++) {
            sink += work.getAsInt();
        }
        var times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.getAsInt();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink == 42) {
            System.out.print("");
        }
        Arrays.sort(times);
        return times;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static void report(String what, double[] sorted, double budget) {
        double median = median(sorted);
        System.out.printf(Locale.ROOT, "%-28s median %6.2f ms   p90 %6.2f ms%s%n", what, median,
                sorted[sorted.length * 9 / 10],
                Double.isNaN(budget) ? "" : median <= budget ? "   within " + budget + " ms" : "   OVER " + budget + " ms");
    }

    /** The scene with one more text holding a character no earlier call used, so its font subset is new. */
    static ChartScene withNewCharacter(ChartScene scene, int n) {
        List<SceneNode> nodes = new ArrayList<>(scene.nodes());
        String character = Character.toString(0x100 + n % 0x17f);
        nodes.add(new SceneText("extra", 10, 10, character, new Font(ChartFonts.REGULAR, 11), Color.BLACK, Anchor.START));
        return new ChartScene(scene.id(), scene.width(), scene.height(), scene.background(), scene.title(),
                scene.description(), scene.language(), nodes);
    }
}

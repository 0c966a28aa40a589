package dk.taktstok.chart.layout;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Study;
import java.util.ArrayList;

/**
 * Turns a chart of a study into a scene: every decision — sizes, what wraps, which labels fit, where
 * annotations go — is made here, once, so the screen and every export show the same chart.
 */
public final class ChartLayout {

    /**
     * How often the plot is computed again with the room its annotations ask for. Room only grows and
     * moves rows down, not sideways, so the second pass nearly always grants everything.
     */
    private static final int MAX_PASSES = 6;

    private final TextMeasurer measurer;

    public ChartLayout(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The layout with Taktstok's own measurer: the metrics of the theme's font files. */
    public static ChartLayout standard() {
        return new ChartLayout(new FontMeasurer());
    }

    public ChartScene layout(Study study, ChartSpec spec, LayoutOptions options) {
        return layout(study, Measures.of(study), spec, options);
    }

    /** As {@link #layout(Study, ChartSpec, LayoutOptions)}, with the study's measures already computed. */
    public ChartScene layout(Study study, StudyMeasures measures, ChartSpec spec, LayoutOptions options) {
        return layoutChart(study, measures, spec, options).scene();
    }

    /** The scene and where its data points and annotations lie, for an editor. */
    public LaidOutChart layoutChart(Study study, StudyMeasures measures, ChartSpec spec, LayoutOptions options) {
        return FixedHeight.fit(options, o -> layoutAtWidth(study, measures, spec, o));
    }

    private LaidOutChart layoutAtWidth(Study study, StudyMeasures measures, ChartSpec spec, LayoutOptions options) {
        var chart = new ChartContext(study, measures, spec, options);
        return build(chart, Plots.of(chart));
    }

    private <G extends Plot.Geometry> LaidOutChart build(ChartContext chart, Plot<G> plot) {
        var canvas = new Canvas(chart.theme, measurer);
        double padding = chart.theme.sizes().padding();
        double top = Chrome.header(canvas, chart, plot.subtitleAddition(chart), padding);

        Room room = Room.NONE;
        G geometry;
        AnnotationLayout.Plan annotations;
        Plot.Result first = null;
        int pass = 0;
        while (true) {
            geometry = plot.compute(chart, canvas.type(), top, room);
            if (first == null) {
                first = geometry.result();
            }
            var scratch = new Canvas(chart.theme, measurer);
            plot.draw(scratch, geometry);
            Obstacles drawn = Obstacles.of(scratch.nodes(), canvas.type());
            drawn.freeze();
            annotations = AnnotationLayout.plan(chart, canvas.type(), first, geometry.result(), drawn, room);
            if (room.covers(annotations.asked()) || ++pass >= MAX_PASSES) {
                break;
            }
            room = room.union(annotations.asked());
        }
        Plot.Result result = geometry.result();
        plot.draw(canvas, geometry);
        AnnotationLayout.draw(canvas, annotations);
        plot.drawGuides(canvas, geometry);
        AnnotationLayout.drawLines(canvas, annotations);

        var notes = new ArrayList<>(result.notes());
        LowAnswers.note(chart).ifPresent(notes::add);
        if (chart.spec.note() != null) {
            notes.add(chart.text(chart.spec.note()));
        }
        double bottom = Chrome.footer(canvas, chart, notes, result.bottom() + Chrome.SECTION_GAP);

        var scene = new ChartScene(chart.spec.id(), chart.width, Math.ceil(bottom + padding),
                chart.theme.colors().background(), chart.title(), AltText.withAnnotations(chart, result.altText()),
                chart.language, canvas.nodes());
        LaidOutChart.ValueAxis axis = result.axis() == null ? null : new LaidOutChart.ValueAxis(
                result.axis().scale().domainMin(), result.axis().scale().domainMax(),
                result.axis().scale().rangeMin(), result.axis().scale().rangeMax());
        return new LaidOutChart(scene, result.anchors().dataPoints(), result.area(), annotations.anchored(), axis,
                result.table(), chart.problems());
    }
}

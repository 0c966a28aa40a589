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
        var chart = new ChartContext(study, measures, spec, options);
        var canvas = new Canvas(options.theme(), measurer);
        double padding = options.theme().sizes().padding();

        double y = Chrome.header(canvas, chart, padding);
        Plot.Result plot = plotFor(spec).layout(canvas, chart, y);
        var annotations = new AnnotationLayout(canvas, chart, plot);
        double plotBottom = annotations.draw();
        var notes = new ArrayList<>(plot.notes());
        LowAnswers.note(chart).ifPresent(notes::add);
        if (spec.note() != null) {
            notes.add(chart.text(spec.note()));
        }
        double bottom = Chrome.footer(canvas, chart, notes, plotBottom + Chrome.SECTION_GAP);

        var scene = new ChartScene(spec.id(), options.width(), Math.ceil(bottom + padding),
                options.theme().colors().background(), chart.title(), plot.altText(), chart.language, canvas.nodes());
        LaidOutChart.ValueAxis axis = plot.axis() == null ? null : new LaidOutChart.ValueAxis(
                plot.axis().scale().domainMin(), plot.axis().scale().domainMax(),
                plot.axis().scale().rangeMin(), plot.axis().scale().rangeMax());
        return new LaidOutChart(scene, plot.anchors().dataPoints(), plot.area(), annotations.anchored(), axis);
    }

    private static Plot<?> plotFor(ChartSpec spec) {
        return switch (spec.type()) {
            case DIVERGING_BARS -> new DivergingBarsPlot();
            case STACKED_BARS -> new StackedBarsPlot();
            case GROUP_INDEX -> new GroupIndexPlot();
            case GOAL_VS_PRACTICE -> new GoalVsPracticePlot();
        };
    }
}

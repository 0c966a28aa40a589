package dk.taktstok.chart.layout;

import dk.taktstok.model.ChartType;

/** The plot that draws a chart: its own type's, or stacked bars where the question cannot have that type. */
final class Plots {

    private Plots() {
    }

    static Plot<?> of(ChartContext chart) {
        ChartType type = needsTop(chart.spec.type()) && !chart.scale.kind().hasTopBox()
                ? ChartType.STACKED_BARS : chart.spec.type();
        return switch (type) {
            case DIVERGING_BARS -> new DivergingBarsPlot();
            case STACKED_BARS -> new StackedBarsPlot();
            case GROUP_INDEX -> new GroupIndexPlot();
            case GOAL_VS_PRACTICE -> new GoalVsPracticePlot();
        };
    }

    /**
     * Whether the type needs answers with a top: diverging bars centre between the top and the bottom,
     * the group index averages a measure of the top. A nominal or multiple-response question has neither.
     */
    static boolean needsTop(ChartType type) {
        return type == ChartType.DIVERGING_BARS || type == ChartType.GROUP_INDEX;
    }
}

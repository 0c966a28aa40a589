package dk.taktstok.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.render.TestScenes;
import dk.taktstok.render.png.PngRenderer;
import dk.taktstok.render.svg.SvgRenderer;
import org.junit.jupiter.api.Test;

/**
 * A guard against renderers growing several times slower: warm medians held to three times the
 * budgets, so a busy test machine does not fail it. {@link RenderTiming} measures properly.
 */
class RenderBudgetTest {

    private static final int MARGIN = 3;

    private final ChartScene chart = TestScenes.chartSized();

    @Test
    void aChartSizedPngAtTwiceTheSizeStaysNearItsBudget() {
        var png = new PngRenderer();

        double median = RenderTiming.median(RenderTiming.time(25, () -> png.render(chart, 2, false).length));

        assertThat(median).as("median ms").isLessThanOrEqualTo(MARGIN * RenderTiming.PNG_BUDGET_MS);
    }

    @Test
    void aChartSizedSvgWithItsFontStaysNearItsBudget() {
        var svg = new SvgRenderer();
        int[] unseen = {0};

        double cached = RenderTiming.median(RenderTiming.time(40, () -> svg.render(chart).length()));
        double fresh = RenderTiming.median(RenderTiming.time(40,
                () -> svg.render(RenderTiming.withNewCharacter(chart, unseen[0]++)).length()));

        assertThat(cached).as("median ms, subset cached").isLessThanOrEqualTo(MARGIN * RenderTiming.SVG_BUDGET_MS);
        assertThat(fresh).as("median ms, subset made").isLessThanOrEqualTo(MARGIN * RenderTiming.SVG_BUDGET_MS);
    }
}

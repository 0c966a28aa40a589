package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.ChartFonts;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collision finder finds what it must — a known overlap of each kind — and nothing where nothing crosses. */
class SceneCollisionsTest {

    private static final Font FONT = new Font(ChartFonts.REGULAR, 12);
    private static final Color INK = Color.hex("#1a1a1a");

    private static ChartScene scene(SceneNode... nodes) {
        return new ChartScene("test", 300, 200, Color.WHITE, null, null, "da", List.of(nodes));
    }

    private static SceneText text(String id, double x, double y, String value) {
        return new SceneText(id, x, y, value, FONT, INK, Anchor.START);
    }

    @Test
    void twoTextsThatOverlapAreFound() {
        var scene = scene(text("a", 20, 50, "Kommunen inviterer"), text("b", 60, 54, "14,8 %"));

        assertThat(SceneCollisions.find(scene)).singleElement().asString()
                .contains("'Kommunen inviterer' (a) overlaps '14,8 %' (b)");
    }

    @Test
    void aLineThroughATextIsFound() {
        var scene = scene(text("label", 20, 50, "går i dialog"), new SceneLine("centre", 40, 0, 40, 200,
                Stroke.solid(INK, 1)));

        assertThat(SceneCollisions.find(scene)).singleElement().asString().contains("is crossed by centre");
    }

    @Test
    void aDashedLineCountsAsSolid() {
        var scene = scene(text("value", 20, 50, "46,4"), new SceneLine("annotations/half/line", 30, 0, 30, 200,
                Stroke.dashed(INK, 1.5, 5, 3)));

        assertThat(SceneCollisions.find(scene)).hasSize(1);
    }

    @Test
    void aTextOnAnotherMarkIsFoundButAValueInsideItsOwnSegmentIsNot() {
        var bar = new SceneRect("plot/bar/dialogue/som-regel", 10, 30, 100, 30, INK, null);
        var own = new SceneText("plot/value/dialogue/som-regel", 60, 50, "32,1", FONT, Color.WHITE, Anchor.MIDDLE);
        var note = new SceneText("annotations/n/text/0", 20, 50, "Her", FONT, INK, Anchor.START);

        assertThat(SceneCollisions.find(scene(bar, own))).isEmpty();
        assertThat(SceneCollisions.find(scene(bar, note))).singleElement().asString()
                .contains("is crossed by plot/bar/dialogue/som-regel");
    }

    @Test
    void aValueHalfOutsideItsSegmentIsFound() {
        var bar = new SceneRect("plot/bar/dialogue/som-regel", 10, 30, 20, 30, INK, null);
        var value = new SceneText("plot/value/dialogue/som-regel", 30, 50, "32,1", FONT, INK, Anchor.MIDDLE);

        assertThat(SceneCollisions.find(scene(bar, value))).hasSize(1);
    }

    @Test
    void anArrowheadOverTheNumberItPointsAtIsFound() {
        var value = text("plot/row/dialogue/value", 100, 50, "73,3");
        var head = new SceneCircle("annotations/a/head", 104, 46, 4, INK, null);

        assertThat(SceneCollisions.find(scene(value, head))).singleElement().asString()
                .contains("crossed by annotations/a/head");
    }

    @Test
    void aTextOutsideTheChartIsFound() {
        assertThat(SceneCollisions.find(scene(text("title", 250, 20, "Kommunen tager oftest initiativet"))))
                .singleElement().asString().contains("lies outside the chart");
    }

    @Test
    void textsSideBySideWithRoomBetweenThemAreFine() {
        var scene = scene(text("a", 20, 50, "Som regel"), text("b", 120, 50, "46,4"),
                new SceneLine("grid", 110, 0, 110, 200, Stroke.solid(INK, 1)));

        assertThat(SceneCollisions.find(scene)).isEmpty();
    }

    @Test
    void inkIsMeasuredFromTheFontFileNotFromLayout() {
        // a layout that measured every text half as wide would place these side by side; their ink overlaps
        var scene = scene(text("a", 20, 50, "Regionale og landsdækkende"), text("b", 100, 50, "aktører"));

        assertThat(SceneCollisions.find(scene)).isNotEmpty();
        assertThat(SceneCollisions.ink(text("a", 20, 50, "Regionale og landsdækkende")).getWidth())
                .isGreaterThan(100);
    }
}

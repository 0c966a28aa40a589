package dk.taktstok.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.render.Pixels;
import dk.taktstok.render.TestScenes;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FxRendererTest {

    private final ChartScene scene = TestScenes.everyPrimitive();

    @BeforeAll
    static void startJavaFx() {
        FxThread.start();
    }

    @Test
    void everySceneNodeBecomesANodeWithTheScenesId() {
        List<String> ids = FxThread.call(() -> ids(new FxRenderer().render(scene)));

        assertThat(ids).containsAll(scene.flatten().stream().map(SceneNode::id).toList())
                .contains("test/every-primitive", "test/every-primitive/background");
    }

    @Test
    void groupsStayGroupsAndTextsAreSetInTheBundledFaceOnTheirBaseline() {
        FxThread.call(() -> {
            Group root = new FxRenderer().render(scene);
            assertThat(find(root, "bar/invites")).isInstanceOf(Group.class);
            for (SceneText sceneText : scene.texts()) {
                Text text = (Text) find(root, sceneText.id());
                assertThat(text.getText()).isEqualTo(sceneText.text());
                assertThat(text.getTextOrigin()).isEqualTo(VPos.BASELINE);
                assertThat(text.getY()).isEqualTo(sceneText.y());
                assertThat(text.getFont().getFamily()).isEqualTo("Lato");
                assertThat(text.getFont().getName()).isEqualTo(sceneText.font().face().bold() ? "Lato Bold" : "Lato Regular");
                assertThat(text.getFont().getSize()).isEqualTo(sceneText.font().size());
            }
            return null;
        });
    }

    @Test
    void strokesEndFlatAndDashesAreKept() {
        FxThread.call(() -> {
            Group root = new FxRenderer().render(scene);
            Line reference = (Line) find(root, "reference/benchmark/line");
            assertThat(reference.getStrokeLineCap()).isEqualTo(StrokeLineCap.BUTT);
            assertThat(reference.getStrokeDashArray()).containsExactly(4.0, 3.0);
            assertThat(((Rectangle) find(root, "bar/invites/som-regel")).getArcWidth()).isZero();
            return null;
        });
    }

    @Test
    void theGroupIsTheScenesSizeWhateverItsNodesReach() {
        Bounds bounds = FxThread.call(() -> new FxRenderer().render(scene).getLayoutBounds());

        assertThat(List.of(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight()))
                .containsExactly(0.0, 0.0, 400.0, 260.0);
    }

    @Test
    void aSnapshotShowsTheShapesColoursAndTheTexts() {
        BufferedImage image = FxSnapshots.snapshot(scene, 2);

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(Pixels.distance(image, 2 * 50, 2 * 65, TestScenes.BLUE)).as("bar").isLessThanOrEqualTo(1);
        assertThat(Pixels.distance(image, 2 * 240, 2 * 70, TestScenes.ORANGE.withAlpha(0.6)))
                .as("translucent bar").isLessThanOrEqualTo(2);
        assertThat(Pixels.distance(image, 2 * 350, 2 * 80, TestScenes.ORANGE)).as("dot").isLessThanOrEqualTo(1);
        assertThat(Pixels.distance(image, 2 * 350, 2 * 130, TestScenes.GREEN)).as("arrowhead").isLessThanOrEqualTo(1);
        assertThat(Pixels.alpha(image, 0, 0)).as("white background").isEqualTo(255);
        assertThat(Pixels.countDark(image, new java.awt.Rectangle(40, 30, 400, 40))).as("title ink").isGreaterThan(1500);
    }

    @Test
    void aSceneWithoutBackgroundIsTransparent() {
        BufferedImage image = FxSnapshots.snapshot(scene.withBackground(null), 1);

        assertThat(Pixels.alpha(image, 0, 0)).isZero();
        assertThat(Pixels.alpha(image, 50, 65)).isEqualTo(255);
    }

    private static List<String> ids(Node node) {
        var ids = new ArrayList<String>();
        ids.add(node.getId());
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> ids.addAll(ids(child)));
        }
        return ids;
    }

    private static Node find(Node node, String id) {
        if (id.equals(node.getId())) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = find(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

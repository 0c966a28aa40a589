package dk.taktstok.chart.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart resolved to primitives: everything a renderer needs, nothing it must decide.
 *
 * @param width       in scene units (CSS pixels at scale 1)
 * @param height      in scene units
 * @param background  null for a transparent background
 * @param title       the chart's title, for the SVG's {@code <title>} and the PDF's metadata
 * @param description the chart in words (alt text), for {@code <desc>} and the PDF's subject
 * @param language    language tag of the texts ("da", "en")
 */
public record ChartScene(String id, double width, double height, Color background, String title, String description,
                         String language, List<SceneNode> nodes) {

    public ChartScene {
        Objects.requireNonNull(id, "id");
        nodes = List.copyOf(nodes);
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a scene needs a positive size, was " + width + " × " + height);
        }
    }

    public ChartScene withBackground(Color newBackground) {
        return new ChartScene(id, width, height, newBackground, title, description, language, nodes);
    }

    /** Every node, depth first, groups before their children. */
    public List<SceneNode> flatten() {
        var all = new ArrayList<SceneNode>();
        flatten(nodes, all);
        return all;
    }

    /** Every text, depth first. */
    public List<SceneText> texts() {
        return flatten().stream().filter(SceneText.class::isInstance).map(SceneText.class::cast).toList();
    }

    /** The fonts the scene uses, each once, in the order met. */
    public List<FontFace> fontFaces() {
        return texts().stream().map(t -> t.font().face()).distinct().toList();
    }

    private static void flatten(List<SceneNode> nodes, List<SceneNode> into) {
        for (SceneNode node : nodes) {
            into.add(node);
            if (node instanceof SceneGroup group) {
                flatten(group.children(), into);
            }
        }
    }
}

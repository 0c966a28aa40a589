package dk.taktstok.chart.scene;

import java.util.List;
import java.util.Objects;

/**
 * Nodes that belong together: a bar with its label, the legend, an annotation.
 *
 * @param title a short text for screen readers and tooltips; null if none
 */
public record SceneGroup(String id, String title, List<SceneNode> children) implements SceneNode {

    public SceneGroup {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
    }
}

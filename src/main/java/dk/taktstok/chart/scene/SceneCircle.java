package dk.taktstok.chart.scene;

import java.util.Objects;

/** A circle: a dot in a dot plot; {@code fill} or {@code stroke} may be null for none. */
public record SceneCircle(String id, double cx, double cy, double radius, Color fill, Stroke stroke)
        implements SceneNode {

    public SceneCircle {
        Objects.requireNonNull(id, "id");
    }
}

package dk.taktstok.chart.scene;

import java.util.Objects;

/** A rectangle; {@code fill} or {@code stroke} may be null for none. */
public record SceneRect(String id, double x, double y, double width, double height, Color fill, Stroke stroke)
        implements SceneNode {

    public SceneRect {
        Objects.requireNonNull(id, "id");
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("rectangle " + id + " has a negative size");
        }
    }
}

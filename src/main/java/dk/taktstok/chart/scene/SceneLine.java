package dk.taktstok.chart.scene;

import java.util.Objects;

/** A straight line. */
public record SceneLine(String id, double x1, double y1, double x2, double y2, Stroke stroke) implements SceneNode {

    public SceneLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stroke, "stroke");
    }
}

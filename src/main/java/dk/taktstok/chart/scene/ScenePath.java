package dk.taktstok.chart.scene;

import java.util.List;
import java.util.Objects;

/** A path of lines and curves: an arrow, an arrowhead, a connector; fill or stroke may be null. */
public record ScenePath(String id, List<PathOp> ops, Color fill, Stroke stroke) implements SceneNode {

    public ScenePath {
        Objects.requireNonNull(id, "id");
        ops = List.copyOf(ops);
        if (ops.isEmpty() || !(ops.getFirst() instanceof PathOp.MoveTo)) {
            throw new IllegalArgumentException("path " + id + " must start with a move");
        }
    }
}

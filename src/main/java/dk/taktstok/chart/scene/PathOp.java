package dk.taktstok.chart.scene;

/** One step of a path, in scene coordinates. */
public sealed interface PathOp {

    record MoveTo(double x, double y) implements PathOp {
    }

    record LineTo(double x, double y) implements PathOp {
    }

    /** A cubic Bézier curve from the current point through two control points to (x, y). */
    record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements PathOp {
    }

    record Close() implements PathOp {
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import java.util.ArrayList;
import java.util.List;

/**
 * What is drawn already, for placing what comes next where it covers nothing: the boxes of texts and
 * marks, and lines (straight, or curves cut into short straight pieces) with their thickness.
 */
final class Obstacles {

    /** What an obstacle is; KEPT is room kept free for an arrow, which no line may cross either. */
    enum Kind { TEXT, MARK, LINE, KEPT }

    private record Item(Kind kind, Box box) {
    }

    /** A straight piece of a line, {@code half} its half thickness. */
    private record Segment(double x1, double y1, double x2, double y2, double half) {

        Box bounds() {
            return new Box(Math.min(x1, x2) - half, Math.min(y1, y2) - half, Math.abs(x2 - x1) + 2 * half,
                    Math.abs(y2 - y1) + 2 * half);
        }
    }

    /** Pieces a curve is cut into: enough that a piece strays less than half a unit from the curve. */
    private static final int CURVE_PIECES = 24;

    private final List<Item> items = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    /** How many of each were the plot's own, before annotations were added; see {@link #freeze}. */
    private int plotItems;
    private int plotSegments;

    Obstacles() {
    }

    /** The obstacles of nodes already drawn; texts are measured with {@code type}. */
    static Obstacles of(List<SceneNode> nodes, Typesetter type) {
        var obstacles = new Obstacles();
        obstacles.addAll(nodes, type);
        return obstacles;
    }

    void addAll(List<SceneNode> nodes, Typesetter type) {
        for (SceneNode node : nodes) {
            switch (node) {
                case SceneGroup group -> addAll(group.children(), type);
                case SceneText text -> add(Kind.TEXT, type.box(text.text(), text.font(), text.x(), text.y(),
                        text.anchor()));
                case SceneRect rect -> add(Kind.MARK, new Box(rect.x(), rect.y(), rect.width(), rect.height()));
                case SceneCircle circle -> add(Kind.MARK, new Box(circle.cx() - circle.radius(),
                        circle.cy() - circle.radius(), 2 * circle.radius(), 2 * circle.radius()));
                case SceneLine line -> line(line.x1(), line.y1(), line.x2(), line.y2(), line.stroke().width());
                case ScenePath path -> path(path);
            }
        }
    }

    /** Marks everything added so far as the plot's own: see {@link #hits(Box, double)}. */
    void freeze() {
        plotItems = items.size();
        plotSegments = segments.size();
    }

    /**
     * Whether the box would cover anything, where the plot's own obstacles count only above {@code
     * plotBottom}: below it lies room the plot is yet to leave, pushing what is there now further down.
     */
    boolean hits(Box box, double plotBottom) {
        Box above = new Box(box.x(), box.y(), box.width(), Math.max(0, Math.min(box.bottom(), plotBottom) - box.y()));
        for (int i = 0; i < items.size(); i++) {
            Box clipped = i < plotItems ? above : box;
            if (clipped.height() > 0 && items.get(i).box().intersects(clipped)) {
                return true;
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            Box clipped = i < plotSegments ? above : box;
            if (clipped.height() > 0 && crosses(segments.get(i), clipped)) {
                return true;
            }
        }
        return false;
    }

    void add(Kind kind, Box box) {
        items.add(new Item(kind, box));
    }

    /** Keeps a box free of what is placed next, lines included, until {@link #release}d. */
    void reserve(Box box) {
        items.add(new Item(Kind.KEPT, box));
    }

    void release(Box box) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).box() == box) {
                items.remove(i);
                return;
            }
        }
    }

    void line(double x1, double y1, double x2, double y2, double width) {
        segments.add(new Segment(x1, y1, x2, y2, Math.max(width, 1) / 2));
    }

    /** A polyline through the points, x and y alternating. */
    void polyline(double[] points, double width) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            line(points[i], points[i + 1], points[i + 2], points[i + 3], width);
        }
    }

    /** Whether the box would cover anything. */
    boolean hits(Box box) {
        return items.stream().anyMatch(item -> item.box().intersects(box))
                || segments.stream().anyMatch(segment -> crosses(segment, box));
    }

    /** Whether the box would cover a text. */
    boolean hitsText(Box box) {
        return items.stream().anyMatch(item -> item.kind() == Kind.TEXT && item.box().intersects(box));
    }

    /** The right edge of whatever the box would cover that reaches furthest right; NaN when it covers nothing. */
    double rightmostHit(Box box) {
        double right = Double.NaN;
        for (Item item : items) {
            if (item.box().intersects(box)) {
                right = Double.isNaN(right) ? item.box().right() : Math.max(right, item.box().right());
            }
        }
        for (Segment segment : segments) {
            if (crosses(segment, box)) {
                double edge = segment.bounds().right();
                right = Double.isNaN(right) ? edge : Math.max(right, edge);
            }
        }
        return right;
    }

    /** The left edge of whatever the box would cover that reaches furthest left; NaN when it covers nothing. */
    double leftmostHit(Box box) {
        double left = Double.NaN;
        for (Item item : items) {
            if (item.box().intersects(box)) {
                left = Double.isNaN(left) ? item.box().x() : Math.min(left, item.box().x());
            }
        }
        for (Segment segment : segments) {
            if (crosses(segment, box)) {
                double edge = segment.bounds().x();
                left = Double.isNaN(left) ? edge : Math.min(left, edge);
            }
        }
        return left;
    }

    /** The bottom of the lowest text the box would cover; NaN when it covers none. */
    double bottommostTextHit(Box box) {
        double bottom = Double.NaN;
        for (Item item : items) {
            if (item.kind() == Kind.TEXT && item.box().intersects(box)) {
                bottom = Double.isNaN(bottom) ? item.box().bottom() : Math.max(bottom, item.box().bottom());
            }
        }
        return bottom;
    }

    /** Whether a line of {@code width} from (x1, y1) to (x2, y2) would cross a text, or a mark if asked. */
    boolean lineCrosses(double x1, double y1, double x2, double y2, double width, boolean marksToo) {
        var segment = new Segment(x1, y1, x2, y2, Math.max(width, 1) / 2);
        return items.stream().anyMatch(item -> (item.kind() == Kind.TEXT || item.kind() == Kind.KEPT
                || (marksToo && item.kind() == Kind.MARK)) && crosses(segment, item.box()));
    }

    /** As {@link #lineCrosses}, for a polyline. */
    boolean polylineCrosses(double[] points, double width, boolean marksToo) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (lineCrosses(points[i], points[i + 1], points[i + 2], points[i + 3], width, marksToo)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a polyline of {@code width} crosses the box. */
    static boolean polylineCrosses(double[] points, double width, Box box) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (crosses(new Segment(points[i], points[i + 1], points[i + 2], points[i + 3], Math.max(width, 1) / 2), box)) {
                return true;
            }
        }
        return false;
    }

    /** Points along a cubic Bézier curve, x and y alternating, from its start to its end. */
    static double[] curve(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        double[] points = new double[2 * (CURVE_PIECES + 1)];
        for (int i = 0; i <= CURVE_PIECES; i++) {
            double t = (double) i / CURVE_PIECES;
            double u = 1 - t;
            points[2 * i] = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
            points[2 * i + 1] = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
        }
        return points;
    }

    private void path(ScenePath path) {
        double startX = 0;
        double startY = 0;
        double x = 0;
        double y = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double width = path.stroke() == null ? 1 : path.stroke().width();
        for (PathOp op : path.ops()) {
            double[] to;
            switch (op) {
                case PathOp.MoveTo m -> {
                    x = startX = m.x();
                    y = startY = m.y();
                    to = new double[] {x, y};
                }
                case PathOp.LineTo l -> {
                    to = new double[] {x, y, l.x(), l.y()};
                    x = l.x();
                    y = l.y();
                }
                case PathOp.CurveTo c -> {
                    to = curve(x, y, c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
                    x = c.x();
                    y = c.y();
                }
                case PathOp.Close ignored -> {
                    to = new double[] {x, y, startX, startY};
                    x = startX;
                    y = startY;
                }
            }
            if (path.stroke() != null) {
                polyline(to, width);
            }
            for (int i = 0; i + 1 < to.length; i += 2) {
                minX = Math.min(minX, to[i]);
                maxX = Math.max(maxX, to[i]);
                minY = Math.min(minY, to[i + 1]);
                maxY = Math.max(maxY, to[i + 1]);
            }
        }
        if (path.fill() != null && minX <= maxX) {
            add(Kind.MARK, new Box(minX, minY, maxX - minX, maxY - minY));
        }
    }

    /** Whether the segment, thickened, crosses the box: the box grown by the half thickness is clipped against the line. */
    private static boolean crosses(Segment s, Box box) {
        Box b = box.grow(s.half());
        if (!s.bounds().intersects(box)) {
            return false;
        }
        // Liang–Barsky: the part of the segment inside the grown box
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {s.x1() - b.x(), b.right() - s.x1(), s.y1() - b.y(), b.bottom() - s.y1()};
        double from = 0;
        double to = 1;
        for (int i = 0; i < 4; i++) {
            if (Math.abs(p[i]) < 1e-12) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    from = Math.max(from, t);
                } else {
                    to = Math.min(to, t);
                }
            }
        }
        return from < to - 1e-9;
    }
}

package dk.taktstok.render.fx;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;

/**
 * A scene as JavaFX nodes, for the desktop's chart panes: one node per scene node, with the scene's
 * id, inside a group the scene's size (clipped to it, with the background as its first child). Build
 * it on any thread; show it on the JavaFX thread.
 */
public final class FxRenderer {

    /** SVG's default, used by every renderer so that sharp corners end alike. */
    private static final double MITER_LIMIT = 4;

    public Group render(ChartScene scene) {
        var root = new Group();
        root.setId(scene.id());
        root.setAccessibleText(scene.title());
        root.setAccessibleHelp(scene.description());
        var background = new Rectangle(0, 0, scene.width(), scene.height());
        background.setId(scene.id() + "/background");
        background.setFill(scene.background() == null ? javafx.scene.paint.Color.TRANSPARENT : fx(scene.background()));
        background.setMouseTransparent(true);
        root.getChildren().add(background);
        for (SceneNode node : scene.nodes()) {
            root.getChildren().add(node(node));
        }
        root.setClip(new Rectangle(0, 0, scene.width(), scene.height()));
        return root;
    }

    private Node node(SceneNode node) {
        Node made = switch (node) {
            case SceneGroup g -> {
                var group = new Group();
                for (SceneNode child : g.children()) {
                    group.getChildren().add(node(child));
                }
                group.setAccessibleText(g.title());
                yield group;
            }
            case SceneRect r -> paint(new Rectangle(r.x(), r.y(), r.width(), r.height()), r.fill(), r.stroke());
            case SceneLine l -> paint(new Line(l.x1(), l.y1(), l.x2(), l.y2()), null, l.stroke());
            case SceneCircle c -> paint(new Circle(c.cx(), c.cy(), c.radius()), c.fill(), c.stroke());
            case ScenePath p -> paint(path(p), p.fill(), p.stroke());
            case SceneText t -> text(t);
        };
        made.setId(node.id());
        return made;
    }

    private static Text text(SceneText t) {
        var text = new Text(t.text());
        text.setFont(FxFonts.of(t.font().face(), t.font().size()));
        text.setTextOrigin(VPos.BASELINE);
        text.setFontSmoothingType(FontSmoothingType.GRAY);
        text.setFill(fx(t.fill()));
        double width = text.getLayoutBounds().getWidth();
        text.setX(switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
        });
        text.setY(t.y());
        return text;
    }

    private static Path path(ScenePath p) {
        var path = new Path();
        for (PathOp op : p.ops()) {
            PathElement element = switch (op) {
                case PathOp.MoveTo m -> new MoveTo(m.x(), m.y());
                case PathOp.LineTo l -> new LineTo(l.x(), l.y());
                case PathOp.CurveTo c -> new CubicCurveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
                case PathOp.Close ignored -> new ClosePath();
            };
            path.getElements().add(element);
        }
        return path;
    }

    private static Shape paint(Shape shape, Color fill, Stroke stroke) {
        shape.setFill(fill == null ? null : fx(fill));
        if (stroke == null || !(stroke.width() > 0)) {
            shape.setStroke(null);
            return shape;
        }
        shape.setStroke(fx(stroke.color()));
        shape.setStrokeWidth(stroke.width());
        shape.setStrokeLineCap(StrokeLineCap.BUTT);
        shape.setStrokeLineJoin(StrokeLineJoin.MITER);
        shape.setStrokeMiterLimit(MITER_LIMIT);
        if (stroke.dash().stream().allMatch(d -> d >= 0) && stroke.dash().stream().anyMatch(d -> d > 0)) {
            shape.getStrokeDashArray().setAll(stroke.dash());
        }
        return shape;
    }

    private static javafx.scene.paint.Color fx(Color color) {
        return javafx.scene.paint.Color.rgb(color.red(), color.green(), color.blue(), color.alpha());
    }
}

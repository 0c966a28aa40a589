package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A chart on a canvas of fixed size, such as a social media card, decided in layout so that PNG, SVG
 * and PDF show the same thing. A chart that needs less height is centred on the canvas; one that needs
 * more is laid out wider — so its texts wrap less and its rows stand closer — and then scaled down to the
 * canvas's width, until it fits. Everything is scaled alike, texts included, so what fitted still fits.
 */
final class FixedHeight {

    /** A few rounds find the scale: the height shrinks less than the width grows, but steadily. */
    private static final int ROUNDS = 8;

    private FixedHeight() {
    }

    static LaidOutChart fit(LayoutOptions options, Function<LayoutOptions, LaidOutChart> layout) {
        if (options.height() == null) {
            return layout.apply(options);
        }
        double width = options.width();
        double height = options.height();
        LaidOutChart chart = layout.apply(options.atWidth(width));
        double scale = 1;
        for (int round = 0; round < ROUNDS && chart.scene().height() * scale > height; round++) {
            scale *= height / (chart.scene().height() * scale);
            chart = layout.apply(options.atWidth(width / scale));
        }
        // the last round may leave a hair too much; scaling by what remains makes it fit exactly
        scale = Math.min(scale, height / chart.scene().height());
        double dx = (width - chart.scene().width() * scale) / 2;
        double dy = (height - chart.scene().height() * scale) / 2;
        return transformed(chart, scale, dx, dy, width, height);
    }

    private static LaidOutChart transformed(LaidOutChart chart, double s, double dx, double dy, double width,
                                            double height) {
        ChartScene scene = chart.scene();
        var moved = new ChartScene(scene.id(), width, height, scene.background(), scene.title(), scene.description(),
                scene.language(), scene.nodes().stream().map(n -> node(n, s, dx, dy)).toList());
        var points = chart.dataPoints().stream().map(p -> new LaidOutChart.DataPoint(p.target(), p.category(),
                p.x() * s + dx, p.y() * s + dy)).toList();
        Map<String, LaidOutChart.NotePlacement> notes = new HashMap<>();
        chart.annotations().forEach((id, p) -> notes.put(id, new LaidOutChart.NotePlacement(p.anchorX() * s + dx,
                p.anchorY() * s + dy, p.x() * s + dx, p.y() * s + dy)));
        Box area = chart.plotArea();
        var plot = new Box(area.x() * s + dx, area.y() * s + dy, area.width() * s, area.height() * s);
        LaidOutChart.ValueAxis axis = chart.axis() == null ? null : new LaidOutChart.ValueAxis(chart.axis().from(),
                chart.axis().to(), chart.axis().left() * s + dx, chart.axis().right() * s + dx);
        return new LaidOutChart(moved, points, plot, notes, axis, chart.table(), chart.problems());
    }

    private static SceneNode node(SceneNode node, double s, double dx, double dy) {
        return switch (node) {
            case SceneGroup g -> new SceneGroup(g.id(), g.title(), g.children().stream().map(n -> node(n, s, dx, dy)).toList());
            case SceneRect r -> new SceneRect(r.id(), r.x() * s + dx, r.y() * s + dy, r.width() * s, r.height() * s,
                    r.fill(), stroke(r.stroke(), s));
            case SceneLine l -> new SceneLine(l.id(), l.x1() * s + dx, l.y1() * s + dy, l.x2() * s + dx, l.y2() * s + dy,
                    stroke(l.stroke(), s));
            case SceneCircle c -> new SceneCircle(c.id(), c.cx() * s + dx, c.cy() * s + dy, c.radius() * s, c.fill(),
                    stroke(c.stroke(), s));
            case ScenePath p -> new ScenePath(p.id(), p.ops().stream().map(op -> op(op, s, dx, dy)).toList(), p.fill(),
                    stroke(p.stroke(), s));
            case SceneText t -> new SceneText(t.id(), t.x() * s + dx, t.y() * s + dy, t.text(),
                    new Font(t.font().face(), t.font().size() * s), t.fill(), t.anchor());
        };
    }

    private static PathOp op(PathOp op, double s, double dx, double dy) {
        return switch (op) {
            case PathOp.MoveTo m -> new PathOp.MoveTo(m.x() * s + dx, m.y() * s + dy);
            case PathOp.LineTo l -> new PathOp.LineTo(l.x() * s + dx, l.y() * s + dy);
            case PathOp.CurveTo c -> new PathOp.CurveTo(c.x1() * s + dx, c.y1() * s + dy, c.x2() * s + dx,
                    c.y2() * s + dy, c.x() * s + dx, c.y() * s + dy);
            case PathOp.Close close -> close;
        };
    }

    private static Stroke stroke(Stroke stroke, double s) {
        return stroke == null ? null
                : new Stroke(stroke.color(), stroke.width() * s, stroke.dash().stream().map(d -> d * s).toList());
    }
}

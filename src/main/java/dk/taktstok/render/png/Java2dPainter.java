package dk.taktstok.render.png;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints scene nodes on a Graphics2D set up in scene units. Texts are laid out glyph by glyph from the
 * font's advances (no kerning, no ligatures), as layout measured them, and placed by their anchor.
 */
final class Java2dPainter {

    /** SVG's default, used by every renderer so that sharp corners end alike. */
    static final float MITER_LIMIT = 4f;

    private final Graphics2D g;
    private final Map<Stroke, BasicStroke> strokes = new HashMap<>();
    private final Map<dk.taktstok.chart.scene.Font, Font> fonts = new HashMap<>();

    Java2dPainter(Graphics2D g) {
        this.g = g;
    }

    void paint(List<SceneNode> nodes) {
        for (SceneNode node : nodes) {
            switch (node) {
                case SceneGroup group -> paint(group.children());
                case SceneRect r -> fillAndStroke(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()),
                        r.fill(), r.stroke());
                case SceneLine l -> fillAndStroke(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()), null, l.stroke());
                case SceneCircle c -> fillAndStroke(new Ellipse2D.Double(c.cx() - c.radius(), c.cy() - c.radius(),
                        2 * c.radius(), 2 * c.radius()), c.fill(), c.stroke());
                case ScenePath p -> fillAndStroke(path(p.ops()), p.fill(), p.stroke());
                case SceneText t -> text(t);
            }
        }
    }

    private void fillAndStroke(Shape shape, Color fill, Stroke stroke) {
        if (fill != null) {
            g.setColor(awt(fill));
            g.fill(shape);
        }
        if (stroke != null && stroke.width() > 0) {
            g.setColor(awt(stroke.color()));
            g.setStroke(strokes.computeIfAbsent(stroke, Java2dPainter::basicStroke));
            g.draw(shape);
        }
    }

    private void text(SceneText t) {
        Font font = fonts.computeIfAbsent(t.font(), f -> AwtFonts.of(f.face()).deriveFont((float) f.size()));
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), t.text());
        double width = glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
        };
        g.setColor(awt(t.fill()));
        g.drawGlyphVector(glyphs, (float) x, (float) t.y());
    }

    private static Path2D path(List<PathOp> ops) {
        var path = new Path2D.Double(Path2D.WIND_NON_ZERO, ops.size());
        for (PathOp op : ops) {
            switch (op) {
                case PathOp.MoveTo m -> path.moveTo(m.x(), m.y());
                case PathOp.LineTo l -> path.lineTo(l.x(), l.y());
                case PathOp.CurveTo c -> path.curveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
                case PathOp.Close ignored -> path.closePath();
            }
        }
        return path;
    }

    private static BasicStroke basicStroke(Stroke stroke) {
        float[] dash = null;
        if (stroke.dash().stream().allMatch(d -> d >= 0) && stroke.dash().stream().anyMatch(d -> d > 0)) {
            dash = new float[stroke.dash().size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = stroke.dash().get(i).floatValue();
            }
        }
        return new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, MITER_LIMIT, dash, 0f);
    }

    static java.awt.Color awt(Color color) {
        return new java.awt.Color(color.red(), color.green(), color.blue(), (int) Math.round(color.alpha() * 255));
    }
}

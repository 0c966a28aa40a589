package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.FontFace;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Finds what crosses text in a scene: a text over another text, a line through a text, a mark under
 * a text. Texts are measured by the ink of their glyphs, read from the embedded font file with
 * FontBox — not with layout's own measurer, whose mistakes this must catch. A text may lie inside the
 * bar segment it labels (a value inside its bar) and nowhere else on a mark.
 */
final class SceneCollisions {

    /** Ink closer than this to other ink or to a line counts as touching it. */
    static final double CLEARANCE = 0.75;

    private static final Map<FontFace, Glyphs> GLYPHS = new ConcurrentHashMap<>();

    private SceneCollisions() {
    }

    /** Every collision, in words naming both parties; empty when nothing crosses a text. */
    static List<String> find(ChartScene scene) {
        var texts = new ArrayList<SceneText>();
        var shapes = new ArrayList<Mark>();
        for (SceneNode node : scene.flatten()) {
            switch (node) {
                case SceneText text -> {
                    if (!text.text().isBlank()) {
                        texts.add(text);
                    }
                }
                case SceneRect rect -> shapes.add(new Mark(rect.id(), rectShape(rect), rect));
                case SceneLine line -> shapes.add(new Mark(line.id(), stroked(new Line2D.Double(line.x1(), line.y1(),
                        line.x2(), line.y2()), line.stroke()), null));
                case SceneCircle circle -> shapes.add(new Mark(circle.id(), circleShape(circle), null));
                case ScenePath path -> shapes.add(new Mark(path.id(), pathShape(path), null));
                default -> {
                }
            }
        }
        var found = new ArrayList<String>();
        List<Rectangle2D> ink = texts.stream().map(SceneCollisions::ink).toList();
        var chart = new Rectangle2D.Double(0, 0, scene.width(), scene.height());
        for (int i = 0; i < texts.size(); i++) {
            Rectangle2D box = ink.get(i);
            if (!chart.contains(box)) {
                found.add(describe(texts.get(i)) + " lies outside the chart");
            }
            Rectangle2D near = grow(box, CLEARANCE);
            for (int j = i + 1; j < texts.size(); j++) {
                if (near.intersects(ink.get(j))) {
                    found.add(describe(texts.get(i)) + " overlaps " + describe(texts.get(j)));
                }
            }
            for (Mark mark : shapes) {
                if (!mark.shape().intersects(near)) {
                    continue;
                }
                if (mark.rect() != null && labels(texts.get(i), mark.rect()) && mark.shape().contains(box)) {
                    continue;
                }
                found.add(describe(texts.get(i)) + " is crossed by " + mark.id());
            }
        }
        return found;
    }

    /** The box the text's glyph outlines fill, from the font file (advance widths, no kerning). */
    static Rectangle2D ink(SceneText text) {
        Glyphs glyphs = GLYPHS.computeIfAbsent(text.font().face(), Glyphs::read);
        double unit = text.font().size() / glyphs.unitsPerEm();
        double advance = 0;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = -Double.MAX_VALUE;
        double bottom = Double.MAX_VALUE;
        for (int c : text.text().codePoints().toArray()) {
            Glyph glyph = glyphs.of(c);
            if (glyph.inked()) {
                left = Math.min(left, advance + glyph.left());
                right = Math.max(right, advance + glyph.right());
                top = Math.max(top, glyph.top());
                bottom = Math.min(bottom, glyph.bottom());
            }
            advance += glyph.advance();
        }
        double width = advance * unit;
        double start = switch (text.anchor()) {
            case START -> text.x();
            case MIDDLE -> text.x() - width / 2;
            case END -> text.x() - width;
        };
        if (left > right) {
            return new Rectangle2D.Double(start, text.y(), 0, 0);
        }
        return new Rectangle2D.Double(start + left * unit, text.y() - top * unit, (right - left) * unit,
                (top - bottom) * unit);
    }

    /** A value is written inside the segment of the same item and category: plot/value/I/K in plot/bar/I/K. */
    private static boolean labels(SceneText text, SceneRect rect) {
        String value = "plot/value/";
        String bar = "plot/bar/";
        if (!text.id().startsWith(value) || !rect.id().startsWith(bar)) {
            return false;
        }
        String segment = text.id().substring(value.length());
        String of = rect.id().substring(bar.length());
        return of.equals(segment) || of.startsWith(segment + "/");
    }

    private static String describe(SceneText text) {
        return "'" + text.text() + "' (" + text.id() + ")";
    }

    private static Rectangle2D grow(Rectangle2D box, double margin) {
        return new Rectangle2D.Double(box.getX() - margin, box.getY() - margin, box.getWidth() + 2 * margin,
                box.getHeight() + 2 * margin);
    }

    private static Shape rectShape(SceneRect rect) {
        var box = new Rectangle2D.Double(rect.x(), rect.y(), rect.width(), rect.height());
        if (rect.fill() == null && rect.stroke() != null) {
            return stroked(box, rect.stroke());
        }
        return box;
    }

    private static Shape circleShape(SceneCircle circle) {
        double r = circle.radius() + (circle.stroke() == null ? 0 : circle.stroke().width() / 2);
        return new Ellipse2D.Double(circle.cx() - r, circle.cy() - r, 2 * r, 2 * r);
    }

    private static Shape pathShape(ScenePath path) {
        var shape = new Path2D.Double();
        for (PathOp op : path.ops()) {
            switch (op) {
                case PathOp.MoveTo m -> shape.moveTo(m.x(), m.y());
                case PathOp.LineTo l -> shape.lineTo(l.x(), l.y());
                case PathOp.CurveTo c -> shape.curveTo(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
                case PathOp.Close ignored -> shape.closePath();
            }
        }
        var area = new Area();
        if (path.fill() != null) {
            area.add(new Area(shape));
        }
        if (path.stroke() != null) {
            area.add(new Area(stroked(shape, path.stroke())));
        }
        return area;
    }

    /** The area a stroke paints; dashes are drawn as a solid line, so a gap in a dash never hides a crossing. */
    private static Shape stroked(Shape shape, Stroke stroke) {
        return new BasicStroke((float) Math.max(stroke.width(), 0.5), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
                .createStrokedShape(shape);
    }

    private record Mark(String id, Shape shape, SceneRect rect) {
    }

    private record Glyph(double advance, boolean inked, double left, double right, double top, double bottom) {
    }

    /** A font file's glyph advances and outline bounds, by character, read once. */
    private record Glyphs(double unitsPerEm, Map<Integer, Glyph> byCharacter, TrueTypeFont font) {

        static Glyphs read(FontFace face) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                return new Glyphs(font.getUnitsPerEm(), new ConcurrentHashMap<>(), font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Glyph of(int codePoint) {
            return byCharacter.computeIfAbsent(codePoint, c -> read(c));
        }

        /** FontBox reads its tables lazily, and not safely from two threads at once. */
        private Glyph read(int c) {
            synchronized (font) {
                try {
                    int gid = font.getUnicodeCmapLookup().getGlyphId(c);
                    GlyphData data = font.getGlyph().getGlyph(gid);
                    double advance = font.getAdvanceWidth(gid);
                    if (data == null || data.getNumberOfContours() == 0) {
                        return new Glyph(advance, false, 0, 0, 0, 0);
                    }
                    var box = data.getBoundingBox();
                    return new Glyph(advance, true, box.getLowerLeftX(), box.getUpperRightX(), box.getUpperRightY(),
                            box.getLowerLeftY());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}

package dk.taktstok.render.pdf;

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
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints scene nodes into a page's content stream that has been flipped to scene coordinates
 * (origin top left, y down, 1 unit = 1 pt). Shapes become PDF paths, texts real text in the
 * embedded font, opacity an ExtGState.
 */
final class PdfPainter {

    /** The circle's Bézier control distance, per unit of radius. */
    private static final double KAPPA = 0.5522847498307936;
    /** SVG's default, used by every renderer so that sharp corners end alike. */
    private static final float MITER_LIMIT = 4f;

    private final PDPageContentStream content;
    private final PdfFonts fonts;
    private final Map<Long, PDExtendedGraphicsState> opacities = new HashMap<>();
    private double fillAlpha = 1;
    private double strokeAlpha = 1;

    PdfPainter(PDPageContentStream content, PdfFonts fonts) throws IOException {
        this.content = content;
        this.fonts = fonts;
        content.setLineCapStyle(0);
        content.setLineJoinStyle(0);
        content.setMiterLimit(MITER_LIMIT);
    }

    void paint(List<SceneNode> nodes) throws IOException {
        for (SceneNode node : nodes) {
            switch (node) {
                case SceneGroup group -> paint(group.children());
                case SceneRect r -> shape(r.fill(), r.stroke(),
                        () -> content.addRect((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height()));
                case SceneLine l -> shape(null, l.stroke(), () -> {
                    content.moveTo((float) l.x1(), (float) l.y1());
                    content.lineTo((float) l.x2(), (float) l.y2());
                });
                case SceneCircle c -> shape(c.fill(), c.stroke(), () -> circle(c.cx(), c.cy(), c.radius()));
                case ScenePath p -> shape(p.fill(), p.stroke(), () -> path(p.ops()));
                case SceneText t -> text(t);
            }
        }
    }

    private interface Outline {
        void add() throws IOException;
    }

    private void shape(Color fill, Stroke stroke, Outline outline) throws IOException {
        boolean stroked = stroke != null && stroke.width() > 0;
        if (fill == null && !stroked) {
            return;
        }
        opacity(fill == null ? fillAlpha : fill.alpha(), stroked ? stroke.color().alpha() : strokeAlpha);
        if (fill != null) {
            content.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
        }
        if (stroked) {
            Color c = stroke.color();
            content.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            content.setLineWidth((float) stroke.width());
            content.setLineDashPattern(dash(stroke), 0);
        }
        outline.add();
        if (fill != null && stroked) {
            content.fillAndStroke();
        } else if (fill != null) {
            content.fill();
        } else {
            content.stroke();
        }
    }

    private void text(SceneText t) throws IOException {
        PDType0Font font = fonts.of(t.font().face());
        String text = PdfFonts.showable(font, t.text());
        if (text.isEmpty()) {
            return;
        }
        double size = t.font().size();
        double width = font.getStringWidth(text) / 1000 * size;
        double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
        };
        Color c = t.fill();
        opacity(c.alpha(), strokeAlpha);
        content.beginText();
        content.setFont(font, (float) size);
        content.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        // the page is flipped to y down; flip the text back upright
        content.setTextMatrix(new Matrix(1, 0, 0, -1, (float) x, (float) t.y()));
        content.showText(text);
        content.endText();
    }

    private void opacity(double fill, double stroke) throws IOException {
        if (fill == fillAlpha && stroke == strokeAlpha) {
            return;
        }
        long key = Math.round(fill * 1000) * 10_000 + Math.round(stroke * 1000);
        PDExtendedGraphicsState state = opacities.computeIfAbsent(key, k -> {
            var s = new PDExtendedGraphicsState();
            s.setNonStrokingAlphaConstant((float) fill);
            s.setStrokingAlphaConstant((float) stroke);
            return s;
        });
        content.setGraphicsStateParameters(state);
        fillAlpha = fill;
        strokeAlpha = stroke;
    }

    private void path(List<PathOp> ops) throws IOException {
        for (PathOp op : ops) {
            switch (op) {
                case PathOp.MoveTo m -> content.moveTo((float) m.x(), (float) m.y());
                case PathOp.LineTo l -> content.lineTo((float) l.x(), (float) l.y());
                case PathOp.CurveTo c -> content.curveTo((float) c.x1(), (float) c.y1(), (float) c.x2(),
                        (float) c.y2(), (float) c.x(), (float) c.y());
                case PathOp.Close ignored -> content.closePath();
            }
        }
    }

    private void circle(double cx, double cy, double r) throws IOException {
        float k = (float) (KAPPA * r);
        float x = (float) cx;
        float y = (float) cy;
        float rr = (float) r;
        content.moveTo(x + rr, y);
        content.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
        content.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
        content.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
        content.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
        content.closePath();
    }

    private static float[] dash(Stroke stroke) {
        boolean usable = stroke.dash().stream().allMatch(d -> d >= 0) && stroke.dash().stream().anyMatch(d -> d > 0);
        if (!usable) {
            return new float[0];
        }
        var dash = new float[stroke.dash().size()];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = stroke.dash().get(i).floatValue();
        }
        return dash;
    }
}

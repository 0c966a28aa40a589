package dk.taktstok.render.svg;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.FontFace;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import java.util.List;
import java.util.Map;

/** Writes the scene's nodes as SVG elements, one a line, indented by depth. */
final class SvgWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final SvgIds ids;
    /** The CSS font-family list of each face's texts. */
    private final Map<FontFace, String> families;

    SvgWriter(StringBuilder out, SvgIds ids, Map<FontFace, String> families) {
        this.out = out;
        this.ids = ids;
        this.families = families;
    }

    void nodes(List<SceneNode> nodes, int depth) {
        for (SceneNode node : nodes) {
            node(node, depth);
        }
    }

    private void node(SceneNode node, int depth) {
        out.append("  ".repeat(depth));
        switch (node) {
            case SceneGroup g -> group(g, depth);
            case SceneRect r -> {
                open("rect", r.id());
                number("x", r.x()).number("y", r.y()).number("width", r.width()).number("height", r.height());
                paint(r.fill(), r.stroke()).out.append("/>\n");
            }
            case SceneLine l -> {
                open("line", l.id());
                number("x1", l.x1()).number("y1", l.y1()).number("x2", l.x2()).number("y2", l.y2());
                stroke(l.stroke()).out.append("/>\n");
            }
            case SceneCircle c -> {
                open("circle", c.id());
                number("cx", c.cx()).number("cy", c.cy()).number("r", c.radius());
                paint(c.fill(), c.stroke()).out.append("/>\n");
            }
            case ScenePath p -> {
                open("path", p.id());
                out.append(" d=\"");
                pathData(p.ops());
                out.append('"');
                paint(p.fill(), p.stroke()).out.append("/>\n");
            }
            case SceneText t -> text(t);
        }
    }

    private void group(SceneGroup g, int depth) {
        open("g", g.id());
        out.append(">\n");
        if (g.title() != null) {
            out.append("  ".repeat(depth + 1)).append("<title>");
            Xml.text(out, g.title()).append("</title>\n");
        }
        nodes(g.children(), depth + 1);
        out.append("  ".repeat(depth)).append("</g>\n");
    }

    private void text(SceneText t) {
        open("text", t.id());
        number("x", t.x()).number("y", t.y());
        if (t.anchor() != Anchor.START) {
            out.append(" text-anchor=\"").append(t.anchor() == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        out.append(" font-family=\"");
        Xml.text(out, families.get(t.font().face())).append('"');
        number("font-size", t.font().size());
        if (t.font().face().bold()) {
            out.append(" font-weight=\"bold\"");
        }
        color("fill", t.fill());
        out.append(" xml:space=\"preserve\">");
        Xml.text(out, t.text()).append("</text>\n");
    }

    private void open(String element, String sceneId) {
        out.append('<').append(element).append(" id=\"").append(ids.unique(sceneId)).append('"');
    }

    private SvgWriter paint(Color fill, Stroke stroke) {
        if (fill == null) {
            out.append(" fill=\"none\"");
        } else {
            color("fill", fill);
        }
        return stroke == null ? this : stroke(stroke);
    }

    private SvgWriter stroke(Stroke stroke) {
        color("stroke", stroke.color());
        number("stroke-width", stroke.width());
        if (!stroke.dash().isEmpty()) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < stroke.dash().size(); i++) {
                SvgNumbers.append(i == 0 ? out : out.append(' '), stroke.dash().get(i));
            }
            out.append('"');
        }
        return this;
    }

    private void color(String attribute, Color color) {
        out.append(' ').append(attribute).append("=\"#");
        hex(color.red()).hex(color.green()).hex(color.blue()).out.append('"');
        if (!color.isOpaque()) {
            number(attribute + "-opacity", color.alpha());
        }
    }

    private SvgWriter hex(int channel) {
        out.append(HEX[channel >> 4]).append(HEX[channel & 15]);
        return this;
    }

    private SvgWriter number(String attribute, double value) {
        out.append(' ').append(attribute).append("=\"");
        SvgNumbers.append(out, value).append('"');
        return this;
    }

    private void pathData(List<PathOp> ops) {
        boolean first = true;
        for (PathOp op : ops) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            switch (op) {
                case PathOp.MoveTo m -> point(out.append('M'), m.x(), m.y());
                case PathOp.LineTo l -> point(out.append('L'), l.x(), l.y());
                case PathOp.CurveTo c -> point(point(point(out.append('C'), c.x1(), c.y1()), c.x2(), c.y2()), c.x(), c.y());
                case PathOp.Close ignored -> out.append('Z');
            }
        }
    }

    private StringBuilder point(StringBuilder to, double x, double y) {
        SvgNumbers.append(to.append(' '), x);
        return SvgNumbers.append(to.append(' '), y);
    }
}

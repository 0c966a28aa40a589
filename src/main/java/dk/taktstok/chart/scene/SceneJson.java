package dk.taktstok.chart.scene;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A scene as JSON, for golden-file tests and for inspection: one node a line, coordinates rounded to
 * hundredths of a unit so that a golden file changes only when the chart does.
 */
public final class SceneJson {

    private SceneJson() {
    }

    public static String write(ChartScene scene) {
        var out = new StringBuilder();
        out.append("{\n");
        field(out, 1, "id", quote(scene.id())).append(",\n");
        field(out, 1, "width", number(scene.width())).append(",\n");
        field(out, 1, "height", number(scene.height())).append(",\n");
        field(out, 1, "background", scene.background() == null ? "null" : quote(color(scene.background()))).append(",\n");
        field(out, 1, "title", quoteOrNull(scene.title())).append(",\n");
        field(out, 1, "description", quoteOrNull(scene.description())).append(",\n");
        field(out, 1, "language", quoteOrNull(scene.language())).append(",\n");
        indent(out, 1).append("\"nodes\": ");
        nodes(out, scene.nodes(), 1);
        out.append("\n}\n");
        return out.toString();
    }

    private static void nodes(StringBuilder out, List<SceneNode> nodes, int depth) {
        if (nodes.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < nodes.size(); i++) {
            indent(out, depth + 1);
            node(out, nodes.get(i), depth + 1);
            out.append(i + 1 < nodes.size() ? ",\n" : "\n");
        }
        indent(out, depth).append(']');
    }

    private static void node(StringBuilder out, SceneNode node, int depth) {
        switch (node) {
            case SceneGroup g -> {
                out.append("{\"group\": ").append(quote(g.id())).append(", \"title\": ").append(quoteOrNull(g.title()))
                        .append(", \"children\": ");
                nodes(out, g.children(), depth);
                out.append('}');
            }
            case SceneRect r -> out.append("{\"rect\": ").append(quote(r.id()))
                    .append(", \"x\": ").append(number(r.x())).append(", \"y\": ").append(number(r.y()))
                    .append(", \"w\": ").append(number(r.width())).append(", \"h\": ").append(number(r.height()))
                    .append(paint(r.fill(), r.stroke())).append('}');
            case SceneLine l -> out.append("{\"line\": ").append(quote(l.id()))
                    .append(", \"x1\": ").append(number(l.x1())).append(", \"y1\": ").append(number(l.y1()))
                    .append(", \"x2\": ").append(number(l.x2())).append(", \"y2\": ").append(number(l.y2()))
                    .append(paint(null, l.stroke())).append('}');
            case SceneCircle c -> out.append("{\"circle\": ").append(quote(c.id()))
                    .append(", \"cx\": ").append(number(c.cx())).append(", \"cy\": ").append(number(c.cy()))
                    .append(", \"r\": ").append(number(c.radius())).append(paint(c.fill(), c.stroke())).append('}');
            case ScenePath p -> out.append("{\"path\": ").append(quote(p.id())).append(", \"d\": ")
                    .append(quote(pathData(p.ops()))).append(paint(p.fill(), p.stroke())).append('}');
            case SceneText t -> out.append("{\"text\": ").append(quote(t.id()))
                    .append(", \"x\": ").append(number(t.x())).append(", \"y\": ").append(number(t.y()))
                    .append(", \"anchor\": ").append(quote(t.anchor().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(", \"font\": ").append(quote(t.font().face().family() + (t.font().face().bold() ? " Bold" : "")))
                    .append(", \"size\": ").append(number(t.font().size()))
                    .append(", \"fill\": ").append(quote(color(t.fill())))
                    .append(", \"value\": ").append(quote(t.text())).append('}');
        }
    }

    /** The path as SVG path data: "M 1 2 L 3 4 C … Z". */
    public static String pathData(List<PathOp> ops) {
        var d = new StringBuilder();
        for (PathOp op : ops) {
            if (!d.isEmpty()) {
                d.append(' ');
            }
            switch (op) {
                case PathOp.MoveTo m -> d.append("M ").append(number(m.x())).append(' ').append(number(m.y()));
                case PathOp.LineTo l -> d.append("L ").append(number(l.x())).append(' ').append(number(l.y()));
                case PathOp.CurveTo c -> d.append("C ").append(number(c.x1())).append(' ').append(number(c.y1()))
                        .append(' ').append(number(c.x2())).append(' ').append(number(c.y2()))
                        .append(' ').append(number(c.x())).append(' ').append(number(c.y()));
                case PathOp.Close ignored -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String paint(Color fill, Stroke stroke) {
        var s = new StringBuilder();
        s.append(", \"fill\": ").append(fill == null ? "null" : quote(color(fill)));
        if (stroke != null) {
            s.append(", \"stroke\": ").append(quote(color(stroke.color())))
                    .append(", \"strokeWidth\": ").append(number(stroke.width()));
            if (!stroke.dash().isEmpty()) {
                s.append(", \"dash\": [");
                for (int i = 0; i < stroke.dash().size(); i++) {
                    s.append(i == 0 ? "" : ", ").append(number(stroke.dash().get(i)));
                }
                s.append(']');
            }
        }
        return s.toString();
    }

    private static String color(Color c) {
        return c.isOpaque() ? c.rgbHex() : c.rgbHex() + String.format("%02x", Math.round(c.alpha() * 255));
    }

    /** A coordinate rounded to hundredths, written without trailing zeros: 12.5, 3, -0.25. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static StringBuilder field(StringBuilder out, int depth, String name, String value) {
        return indent(out, depth).append('"').append(name).append("\": ").append(value);
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append("  ".repeat(depth));
    }

    private static String quoteOrNull(String text) {
        return text == null ? "null" : quote(text);
    }

    static String quote(String text) {
        var out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

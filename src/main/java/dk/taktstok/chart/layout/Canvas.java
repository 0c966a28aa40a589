package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneGroup;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneLine;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.ScenePath;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects a chart's primitives while layout decides them: nodes go into the open group, every
 * text's box is kept so later texts (value labels, annotations) can avoid it, and ids are checked to
 * be unique.
 */
final class Canvas {

    private final Typesetter type;
    private final Deque<Open> open = new ArrayDeque<>();
    private final List<Box> textBoxes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private record Open(String id, String title, List<SceneNode> children, boolean underneath) {
    }

    Canvas(Theme theme, TextMeasurer measurer) {
        this.type = new Typesetter(theme, measurer);
        open.push(new Open("", null, new ArrayList<>(), false));
    }

    Theme theme() {
        return type.theme();
    }

    TextMeasurer measurer() {
        return type.measurer();
    }

    /** Fonts and measuring, for deciding where texts go before they are drawn. */
    Typesetter type() {
        return type;
    }

    Font regular(double size) {
        return type.regular(size);
    }

    Font bold(double size) {
        return type.bold(size);
    }

    void begin(String id, String title) {
        claim(id);
        open.push(new Open(id, title, new ArrayList<>(), false));
    }

    /** A group drawn beneath everything drawn before it, such as grid lines under the bars. */
    void beginUnderneath(String id) {
        claim(id);
        open.push(new Open(id, null, new ArrayList<>(), true));
    }

    void end() {
        Open group = open.pop();
        var node = new SceneGroup(group.id(), group.title(), group.children());
        if (group.underneath()) {
            open.peek().children().addFirst(node);
        } else {
            add(node);
        }
    }

    /** The scene's top-level nodes; every group must be closed. */
    List<SceneNode> nodes() {
        if (open.size() != 1) {
            throw new IllegalStateException("a group was left open: " + open.peek().id());
        }
        return List.copyOf(open.peek().children());
    }

    List<Box> textBoxes() {
        return List.copyOf(textBoxes);
    }

    /** Whether a box would overlap a text already drawn. */
    boolean collidesWithText(Box box) {
        return textBoxes.stream().anyMatch(box::intersects);
    }

    SceneText text(String id, double x, double baseline, String text, Font font, Color color, Anchor anchor) {
        var node = new SceneText(id, x, baseline, text, font, color, anchor);
        claim(id);
        add(node);
        textBoxes.add(box(text, font, x, baseline, anchor));
        return node;
    }

    SceneText text(String id, PlacedText text) {
        return text(id, text.x(), text.baseline(), text.text(), text.font(), text.color(), text.anchor());
    }

    /** A block of lines as layout placed it; line ids are {@code idPrefix/0}, {@code idPrefix/1}, … */
    void lines(String idPrefix, TextBlock block) {
        lines(idPrefix, block.lines(), block.x(), block.top(), block.font(), block.color(), block.anchor());
    }

    /**
     * Lines of text, the first line's top at {@code top}; answers the bottom of the block.
     * Line ids are {@code idPrefix/0}, {@code idPrefix/1}, …
     */
    double lines(String idPrefix, List<String> lines, double x, double top, Font font, Color color, Anchor anchor) {
        double lineHeight = type.measurer().lineHeight(font);
        double baseline = top + type.ascent(font);
        for (int i = 0; i < lines.size(); i++) {
            text(SceneIds.line(idPrefix, i), x, baseline + i * lineHeight, lines.get(i), font, color, anchor);
        }
        return top + blockHeight(lines.size(), font);
    }

    /** The height of {@code count} lines: the last line's descent included, no space after it. */
    double blockHeight(int count, Font font) {
        return type.blockHeight(count, font);
    }

    /** The box a text would take. */
    Box box(String text, Font font, double x, double baseline, Anchor anchor) {
        return type.box(text, font, x, baseline, anchor);
    }

    void rect(String id, double x, double y, double width, double height, Color fill) {
        claim(id);
        add(new SceneRect(id, x, y, Math.max(0, width), Math.max(0, height), fill, null));
    }

    void line(String id, double x1, double y1, double x2, double y2, Stroke stroke) {
        claim(id);
        add(new SceneLine(id, x1, y1, x2, y2, stroke));
    }

    void circle(String id, double cx, double cy, double radius, Color fill, Stroke stroke) {
        claim(id);
        add(new SceneCircle(id, cx, cy, radius, fill, stroke));
    }

    void path(String id, List<PathOp> ops, Color fill, Stroke stroke) {
        claim(id);
        add(new ScenePath(id, ops, fill, stroke));
    }

    private void add(SceneNode node) {
        open.peek().children().add(node);
    }

    private void claim(String id) {
        if (!ids.add(id)) {
            throw new IllegalStateException("two scene nodes with the id " + id);
        }
    }
}

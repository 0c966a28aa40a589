package dk.taktstok.chart.layout;

import dk.taktstok.chart.layout.AnnotationLayout.PlacedArrow;
import dk.taktstok.model.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places an arrow so that it crosses no text and its head covers neither the number it points at nor
 * anything else: it points at an edge of the target's mark, and where the way from its tail is blocked
 * its tail moves closer. Its label sits at the tail, inside the plot and above the axis. Where no way is
 * free, a short arrow points up at the mark from its label in the room under the row.
 */
final class ArrowPlacer {

    static final double HEAD = 8;
    static final double HEAD_HALF_WIDTH = 4;
    static final double STROKE = 1.5;
    /** Space between the arrow's tip and the mark it points at. */
    private static final double TIP_GAP = 2;
    /** The shortest arrow worth drawing, head included. */
    private static final double SHORTEST = HEAD + 10;
    /** A short arrow's length, when it comes straight from beside the mark. */
    private static final double STUB = 18;
    /** Space between an arrow's tail and its label. */
    private static final double LABEL_GAP = 3;
    /** The most an arrow bends away from the straight line, and how much of its length. */
    private static final double MAX_BEND = 30;
    private static final double BEND_SHARE = 0.2;

    private final Placing placing;

    ArrowPlacer(Placing placing) {
        this.placing = placing;
    }

    /** A way drawn: the shaft's points (tail to head's base), the curve's control point and the head. */
    private record Way(double x1, double y1, double cx, double cy, double bx, double by, double tipX, double tipY,
                       double[] points, double[] head) {
    }

    /**
     * Keeps the way for a short arrow free under the mark the arrow points at, with its label, before
     * notes are placed; the notes on a crowded row then leave a gap that the arrow can always come
     * through. Answers the box kept, or null where the arrow points at no row.
     */
    Box reserve(Annotation.Arrow arrow) {
        Optional<Anchors.Point> to = placing.resolve(arrow.to());
        if (to.isEmpty() || to.get().row() == null) {
            return null;
        }
        Box mark = to.get().mark();
        double x = Math.max(mark.x(), Math.min(to.get().x(), mark.right()));
        double labelWidth = 0;
        double labelHeight = 0;
        if (arrow.label() != null) {
            TextBlock block = placing.block(placing.chart.text(arrow.label()), placing.font(), placing.noteWidth() * 0.7, 0, 0);
            labelWidth = Placing.width(block, placing.type);
            labelHeight = LABEL_GAP + block.height();
        }
        double width = Math.max(2 * HEAD_HALF_WIDTH + 4, labelWidth);
        Box box = placing.belowFrom(to.get().row(), to.get().row().below().y(), x, width, STUB + labelHeight, false);
        placing.obstacles.reserve(box);
        return box;
    }

    /** As {@link #place(Annotation.Arrow, Box)} with no way kept. */
    Optional<PlacedArrow> place(Annotation.Arrow arrow) {
        return place(arrow, null);
    }

    /** @param kept the way kept free for its short arrow ({@link #reserve}); null if none */
    Optional<PlacedArrow> place(Annotation.Arrow arrow, Box kept) {
        Optional<Anchors.Point> from = placing.resolve(arrow.from());
        Optional<Anchors.Point> to = placing.resolve(arrow.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        String label = arrow.label() == null ? null : placing.chart.text(arrow.label());
        TextBlock block = label == null ? null : placing.block(label, placing.font(), placing.noteWidth() * 0.7, 0, 0);
        for (boolean clearOfMarks : new boolean[] {true, false}) {
            for (double[] tip : tips(to.get())) {
                for (double[] tail : tails(from.get(), tip)) {
                    for (double bend : new double[] {1, -1, 0}) {
                        Way way = way(tail[0], tail[1], tip[0], tip[1], bend);
                        if (!clear(way, clearOfMarks)) {
                            continue;
                        }
                        TextBlock placed = block == null ? null : labelAt(block, way).orElse(null);
                        if (block != null && placed == null) {
                            continue;
                        }
                        return Optional.of(commit(arrow, label, way, placed));
                    }
                }
            }
        }
        Optional<Stub> stub = kept != null ? inKept(to.get(), block, kept).or(() -> stub(to.get(), block))
                : stub(to.get(), block);
        if (stub.isPresent()) {
            return Optional.of(commit(arrow, label, stub.get().way(), stub.get().label()));
        }
        // the row is too crowded for any arrow: its label alone goes on the row, the arrow shortened to nothing
        if (block == null) {
            return Optional.empty();
        }
        Anchors.Point target = to.get();
        double width = Placing.width(block, placing.type);
        Box place = target.row() != null ? placing.below(target.row(), target.x(), width, block.height())
                : placing.underRows(target.x(), width, block.height());
        return Optional.of(commit(arrow, label, null, Placing.moved(block, place.x(), place.y())));
    }

    /** @param way null for an arrow shortened to its label */
    private PlacedArrow commit(Annotation.Arrow arrow, String title, Way way, TextBlock label) {
        if (way != null) {
            placing.obstacles.polyline(way.points(), STROKE);
            placing.obstacles.add(Obstacles.Kind.MARK, headBox(way));
        }
        if (label != null) {
            placing.obstacles.add(Obstacles.Kind.TEXT, Placing.box(label, placing.type));
        }
        if (way == null) {
            return new PlacedArrow(arrow.id(), title, 0, 0, 0, 0, 0, 0, 0, 0, null, label);
        }
        return new PlacedArrow(arrow.id(), title, way.x1(), way.y1(), way.cx(), way.cy(), way.bx(), way.by(),
                way.tipX(), way.tipY(), way.head(), label);
    }

    /** A short arrow and its label under it. */
    private record Stub(Way way, TextBlock label) {
    }

    /**
     * Points the arrow may end at: just off the top and bottom of the target's mark, and level with it,
     * past whatever stands at its right or left end (a total, a value), so the head covers no number.
     */
    private List<double[]> tips(Anchors.Point target) {
        Box mark = target.mark();
        if (mark.width() <= 0 && mark.height() <= 0) {
            return List.of(new double[] {target.x(), target.y()});
        }
        double inset = Math.min(3, mark.width() / 2);
        double x = Math.max(mark.x() + inset, Math.min(target.x(), mark.right() - inset));
        var tips = new ArrayList<double[]>();
        tips.add(new double[] {x, mark.y() - TIP_GAP});
        tips.add(new double[] {x, mark.bottom() + TIP_GAP});
        double right = mark.right() + TIP_GAP;
        for (int step = 0; step < 8; step++) {
            double hit = placing.obstacles.rightmostHit(new Box(right, mark.centerY() - HEAD_HALF_WIDTH, HEAD,
                    2 * HEAD_HALF_WIDTH).grow(1));
            if (Double.isNaN(hit)) {
                break;
            }
            right = hit + TIP_GAP;
        }
        tips.add(new double[] {right, mark.centerY()});
        double left = mark.x() - TIP_GAP;
        for (int step = 0; step < 8; step++) {
            double hit = placing.obstacles.leftmostHit(new Box(left - HEAD, mark.centerY() - HEAD_HALF_WIDTH, HEAD,
                    2 * HEAD_HALF_WIDTH).grow(1));
            if (Double.isNaN(hit)) {
                break;
            }
            left = hit - TIP_GAP;
        }
        tips.add(new double[] {left, mark.centerY()});
        return tips;
    }

    /** Where the tail may be: where the study puts it, then ever closer to the tip, then right beside it. */
    private static List<double[]> tails(Anchors.Point source, double[] tip) {
        var tails = new ArrayList<double[]>();
        Box mark = source.mark();
        if (mark.width() > 0 || mark.height() > 0) {
            tails.add(new double[] {mark.centerX(), mark.y() - TIP_GAP});
            tails.add(new double[] {mark.centerX(), mark.bottom() + TIP_GAP});
            tails.add(new double[] {mark.right() + TIP_GAP, mark.centerY()});
            tails.add(new double[] {mark.x() - TIP_GAP, mark.centerY()});
        } else {
            tails.add(new double[] {source.x(), source.y()});
        }
        double[] first = tails.getFirst();
        for (double share : new double[] {0.7, 0.5, 0.35}) {
            tails.add(new double[] {tip[0] + (first[0] - tip[0]) * share, tip[1] + (first[1] - tip[1]) * share});
        }
        // then around the tip, nearest first, in twelve directions
        for (double radius : new double[] {STUB + 6, 40, 60, 90}) {
            for (int direction = 0; direction < 12; direction++) {
                double angle = Math.PI / 2 + direction * Math.PI / 6;
                tails.add(new double[] {tip[0] + Math.cos(angle) * radius, tip[1] - Math.sin(angle) * radius});
            }
        }
        tails.removeIf(t -> Math.hypot(tip[0] - t[0], tip[1] - t[1]) < SHORTEST);
        return tails;
    }

    private static Way way(double x1, double y1, double x2, double y2, double bendSign) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double bx = x2 - ux * HEAD;
        double by = y2 - uy * HEAD;
        // a gentle bend reads as drawn by hand, the newsroom convention for annotation arrows
        double bend = bendSign * Math.min(MAX_BEND, length * BEND_SHARE);
        double cx = (x1 + bx) / 2 - uy * bend;
        double cy = (y1 + by) / 2 + ux * bend;
        double[] points = Obstacles.curve(x1, y1, cx, cy, cx, cy, bx, by);
        double[] head = {x2, y2, bx - uy * HEAD_HALF_WIDTH, by + ux * HEAD_HALF_WIDTH,
            bx + uy * HEAD_HALF_WIDTH, by - ux * HEAD_HALF_WIDTH};
        return new Way(x1, y1, cx, cy, bx, by, x2, y2, points, head);
    }

    /** Inside the chart and clear of texts (and of marks, if asked), the head clear of both. */
    private boolean clear(Way way, boolean ofMarks) {
        Box bounds = placing.bounds;
        for (int i = 0; i + 1 < way.points().length; i += 2) {
            if (way.points()[i] < bounds.x() || way.points()[i] > bounds.right()
                    || way.points()[i + 1] < bounds.y() || way.points()[i + 1] > bounds.bottom()) {
                return false;
            }
        }
        Box head = headBox(way);
        if (!head.within(bounds) || placing.obstacles.hits(head.grow(0.5))) {
            return false;
        }
        return !placing.obstacles.polylineCrosses(way.points(), STROKE + 1, ofMarks);
    }

    /** The label beside the tail: above, below, left or right of it, wherever it covers nothing. */
    private Optional<TextBlock> labelAt(TextBlock block, Way way) {
        double width = Placing.width(block, placing.type);
        double height = block.height();
        double x = way.x1();
        double y = way.y1();
        Box[] candidates = {
            new Box(x - width / 2, y - LABEL_GAP - height, width, height),
            new Box(x - width / 2, y + LABEL_GAP, width, height),
            new Box(x - LABEL_GAP - width, y - height / 2, width, height),
            new Box(x + LABEL_GAP, y - height / 2, width, height),
        };
        for (Box candidate : candidates) {
            if (placing.free(candidate) && !Obstacles.polylineCrosses(way.points(), STROKE + 1, candidate)
                    && !candidate.intersects(headBox(way))) {
                return Optional.of(Placing.moved(block, candidate.x(), candidate.y()));
            }
        }
        return Optional.empty();
    }

    /** The short arrow in the way kept for it, if its shaft crosses no text there. */
    private Optional<Stub> inKept(Anchors.Point target, TextBlock block, Box kept) {
        Box mark = target.mark();
        double inset = Math.min(3, mark.width() / 2);
        double x = Math.max(mark.x() + inset, Math.min(kept.centerX(), mark.right() - inset));
        if (x < kept.x() || x > kept.right()) {
            return Optional.empty();
        }
        double tipY = mark.bottom() + TIP_GAP;
        for (int step = 0; step < 4; step++) {
            double hit = placing.obstacles.bottommostTextHit(new Box(x - HEAD_HALF_WIDTH, tipY, 2 * HEAD_HALF_WIDTH,
                    HEAD).grow(1));
            if (Double.isNaN(hit)) {
                break;
            }
            tipY = hit + TIP_GAP;
        }
        double tailY = Math.max(kept.y() + STUB, tipY + SHORTEST);
        if (placing.obstacles.lineCrosses(x, tailY, x, tipY, STROKE + 1, false)) {
            return Optional.empty();
        }
        TextBlock label = null;
        if (block != null) {
            label = Placing.moved(block, kept.x(), tailY + LABEL_GAP);
            if (placing.obstacles.hits(Placing.box(label, placing.type).grow(1), target.row().below().bottom())) {
                return Optional.empty();
            }
        }
        double bottom = label != null ? label.bottom() : tailY;
        placing.ask(Room.NONE.withBelow(target.row().key(), bottom - target.row().below().y()));
        return Optional.of(new Stub(way(x, tailY, x, tipY, 0), label));
    }

    /**
     * A short straight arrow up to the mark from its label under it, where the shaft crosses no text:
     * past the values written under the bar and the notes in the room under the row. Under a free point,
     * from under the last row.
     */
    private Optional<Stub> stub(Anchors.Point target, TextBlock block) {
        Box mark = target.mark();
        double width = block == null ? 1 : Placing.width(block, placing.type);
        double labelHeight = block == null ? 0 : LABEL_GAP + block.height();
        if (target.row() == null) {
            Box place = placing.underRows(target.x(), width, STUB + labelHeight);
            double tailY = place.y() + STUB;
            return Optional.of(new Stub(way(target.x(), Math.max(tailY, target.y() + SHORTEST), target.x(), target.y(), 0),
                    block == null ? null : Placing.moved(block, place.x(), tailY + LABEL_GAP)));
        }
        double inset = Math.min(3, mark.width() / 2);
        for (double share : new double[] {0.5, 0.25, 0.75, 0.1, 0.9}) {
            double x = mark.x() + inset + Math.max(0, mark.width() - 2 * inset) * share;
            double tipY = mark.bottom() + TIP_GAP;
            for (int step = 0; step < 4; step++) {
                double hit = placing.obstacles.bottommostTextHit(new Box(x - HEAD_HALF_WIDTH, tipY, 2 * HEAD_HALF_WIDTH,
                        SHORTEST).grow(1));
                if (Double.isNaN(hit)) {
                    break;
                }
                tipY = hit + TIP_GAP;
            }
            Box place = placing.belowFrom(target.row(), tipY + SHORTEST - STUB, x, width, STUB + labelHeight, false);
            double tailY = place.y() + STUB;
            if (x < place.x() || x > place.right() || placing.obstacles.lineCrosses(x, tailY, x, tipY + HEAD, STROKE + 1, false)
                    || placing.obstacles.hits(new Box(x - HEAD_HALF_WIDTH, tipY, 2 * HEAD_HALF_WIDTH, HEAD))) {
                continue;
            }
            placing.belowFrom(target.row(), tipY + SHORTEST - STUB, x, width, STUB + labelHeight, true);
            TextBlock label = block == null ? null : Placing.moved(block, place.x(), tailY + LABEL_GAP);
            return Optional.of(new Stub(way(x, tailY, x, tipY, 0), label));
        }
        return Optional.empty();
    }

    private static Box headBox(Way way) {
        double[] h = way.head();
        double minX = Math.min(h[0], Math.min(h[2], h[4]));
        double maxX = Math.max(h[0], Math.max(h[2], h[4]));
        double minY = Math.min(h[1], Math.min(h[3], h[5]));
        double maxY = Math.max(h[1], Math.max(h[3], h[5]));
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.layout.AnnotationLayout.Connector;
import dk.taktstok.chart.layout.AnnotationLayout.PlacedNote;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.model.Annotation;
import java.util.Optional;

/**
 * Places a note on its anchor's row: beside the mark where the row has room (narrower, on more lines,
 * before it gives up), else in the room kept under the row's marks. A note moved by hand stays where it
 * was put unless that covers something; then it moves to the nearest free place. A free note stays near
 * its point, or goes under the last row. Nothing it covers; a connector only when the study asks.
 */
final class NotePlacer {

    /** How far a moved note may be nudged from where it was put, in steps. */
    private static final double[] NUDGES = {0, 4, 8, 12, 18, 26, 36, 50, 70};
    /** Rings around a free point where its note may go. */
    private static final double[] RINGS = {4, 12, 24, 40, 60};
    /** The widths a note is tried at beside its mark, as shares of the widest a note may be. */
    private static final double[] SHORTER = {1, 0.7, 0.5};
    /** How far beside its mark a note may go, past the texts there, before it rather goes under the row. */
    private static final double REACH = 64;
    /** The connector's dot at the anchor. */
    static final double CONNECTOR_DOT = 2;

    private final Placing placing;

    NotePlacer(Placing placing) {
        this.placing = placing;
    }

    Optional<PlacedNote> place(Annotation.Note note) {
        Optional<Anchors.Point> anchor = placing.resolve(note.anchor());
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        Anchors.Point point = anchor.get();
        String text = placing.chart.text(note.text());
        Font font = placing.font();
        TextBlock block = null;
        if (note.offset() != null) {
            block = moved(text, font, point.x() + note.offset().dx(), point.y() + note.offset().dy()).orElse(null);
        }
        if (block == null && point.row() != null) {
            block = beside(text, font, point).orElse(null);
        }
        if (block == null) {
            block = point.row() != null ? inRoomBelow(text, font, point, point.row()) : nearFreePoint(text, font, point);
        }
        Box box = Placing.box(block, placing.type);
        placing.obstacles.add(Obstacles.Kind.TEXT, box);
        Connector connector = note.connector() ? connector(box, point).orElse(null) : null;
        if (connector != null) {
            placing.obstacles.line(connector.x1(), connector.y1(), connector.x2(), connector.y2(), 1);
        }
        return Optional.of(new PlacedNote(note.id(), text, block, connector, point.x(), point.y()));
    }

    /** Where the journalist put it, or the nearest free place to that. */
    private Optional<TextBlock> moved(String text, Font font, double x, double top) {
        TextBlock block = placing.block(text, font, placing.noteWidth(), x, top);
        Box wanted = Placing.box(block, placing.type);
        for (double step : NUDGES) {
            for (double[] direction : directions()) {
                Box candidate = wanted.moveBy(direction[0] * step, direction[1] * step);
                if (placing.free(candidate)) {
                    return Optional.of(Placing.moved(block, candidate.x(), candidate.y()));
                }
                if (step == 0) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** Right of everything on the row, then left of the mark, level with the mark and within the row. */
    private Optional<TextBlock> beside(String text, Font font, Anchors.Point point) {
        Box mark = point.mark();
        Box band = point.row().band();
        for (double share : SHORTER) {
            TextBlock block = placing.block(text, font, placing.noteWidth() * share, 0, 0);
            double width = Placing.width(block, placing.type);
            double top = Math.max(band.y(), Math.min(mark.centerY() - block.height() / 2, band.bottom() - block.height()));
            if (block.height() > band.height() + 0.01) {
                continue;
            }
            double x = mark.right() + Placing.GAP;
            while (x + width <= placing.bounds.right() && x <= mark.right() + REACH) {
                var candidate = new Box(x, top, width, block.height());
                double hit = placing.obstacles.rightmostHit(candidate.grow(1));
                if (Double.isNaN(hit) && placing.free(candidate)) {
                    return Optional.of(Placing.moved(block, x, top));
                }
                x = Double.isNaN(hit) ? x + Placing.GAP : Math.max(x + 1, hit + Placing.GAP);
            }
            double left = mark.x() - Placing.GAP - width;
            while (left >= Math.max(placing.bounds.x(), band.x()) && left + width >= mark.x() - REACH) {
                var candidate = new Box(left, top, width, block.height());
                double hit = placing.obstacles.leftmostHit(candidate.grow(1));
                if (Double.isNaN(hit) && placing.free(candidate)) {
                    return Optional.of(Placing.moved(block, left, top));
                }
                left = Double.isNaN(hit) ? left - Placing.GAP : Math.min(left - 1, hit - Placing.GAP - width);
            }
        }
        return Optional.empty();
    }

    /** In the room under the row's marks, centred under the anchor where the row allows. */
    private TextBlock inRoomBelow(String text, Font font, Anchors.Point point, Anchors.Row row) {
        double width = Math.min(placing.noteWidth(), row.band().width());
        TextBlock block = placing.block(text, font, width, 0, 0);
        Box place = placing.below(row, point.x(), Placing.width(block, placing.type), block.height());
        return Placing.moved(block, place.x(), place.y());
    }

    /** Around a free point, nearest first; else under the last row. */
    private TextBlock nearFreePoint(String text, Font font, Anchors.Point point) {
        TextBlock block = placing.block(text, font, placing.noteWidth(), 0, 0);
        double width = Placing.width(block, placing.type);
        double height = block.height();
        for (double ring : RINGS) {
            Box[] candidates = {
                new Box(point.x() + ring, point.y() - height / 2, width, height),
                new Box(point.x() - width / 2, point.y() + ring, width, height),
                new Box(point.x() - width / 2, point.y() - ring - height, width, height),
                new Box(point.x() - ring - width, point.y() - height / 2, width, height),
            };
            for (Box candidate : candidates) {
                if (placing.free(candidate)) {
                    return Placing.moved(block, candidate.x(), candidate.y());
                }
            }
        }
        Box place = placing.underRows(point.x(), width, height);
        return Placing.moved(block, place.x(), place.y());
    }

    /**
     * A thin line from the note's edge to the edge of the anchor's mark nearest it, where it crosses no
     * text; none if every way crosses one.
     */
    private Optional<Connector> connector(Box note, Anchors.Point point) {
        Box mark = point.mark();
        double[][] ends = {
            {point.x(), point.y()},
            {clampX(note.centerX(), mark), mark.bottom()},
            {clampX(note.centerX(), mark), mark.y()},
            {mark.right(), mark.centerY()},
            {mark.x(), mark.centerY()},
        };
        for (double[] end : ends) {
            double startX = Math.max(note.x(), Math.min(end[0], note.right()));
            double startY = Math.max(note.y(), Math.min(end[1], note.bottom()));
            if (Math.hypot(end[0] - startX, end[1] - startY) < 3) {
                continue;
            }
            // the line starts just off the note's own box
            double length = Math.hypot(end[0] - startX, end[1] - startY);
            double sx = startX + (end[0] - startX) / length * 2;
            double sy = startY + (end[1] - startY) / length * 2;
            // clear of texts and of marks (a way kept for an arrow included), up to the mark it ends on
            double ex = end[0] - (end[0] - sx) / length * 3;
            double ey = end[1] - (end[1] - sy) / length * 3;
            if (!placing.obstacles.lineCrosses(sx, sy, ex, ey, 1, true)
                    && !placing.obstacles.hitsText(new Box(end[0] - CONNECTOR_DOT, end[1] - CONNECTOR_DOT,
                            2 * CONNECTOR_DOT, 2 * CONNECTOR_DOT).grow(1))) {
                return Optional.of(new Connector(sx, sy, end[0], end[1]));
            }
        }
        return Optional.empty();
    }

    private static double clampX(double x, Box mark) {
        return Math.max(mark.x(), Math.min(x, mark.right()));
    }

    private static double[][] directions() {
        return new double[][] {{0, 0}, {0, -1}, {0, 1}, {1, 0}, {-1, 0}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.chart.theme.Theme;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import java.util.List;
import java.util.Optional;

/**
 * Places a chart's annotations once the plot is drawn: a note where it fits beside its anchor (or
 * where the journalist put it), arrows, reference lines. A note that fits nowhere beside its anchor
 * goes under the plot with a connector, never over another text.
 */
final class AnnotationLayout {

    private static final double NOTE_GAP = 6;
    private static final double[] RINGS = {6, 16, 30, 48, 70};

    private final Canvas canvas;
    private final ChartContext chart;
    private final Plot.Result plot;
    private double bottom;
    private int footnotes;
    private final java.util.Map<String, LaidOutChart.NotePlacement> anchored = new java.util.LinkedHashMap<>();

    AnnotationLayout(Canvas canvas, ChartContext chart, Plot.Result plot) {
        this.canvas = canvas;
        this.chart = chart;
        this.plot = plot;
        this.bottom = plot.bottom();
    }

    /** Draws every annotation; answers the new bottom of the plot (notes may have gone under it). */
    double draw() {
        if (chart.spec.annotations().isEmpty()) {
            return bottom;
        }
        canvas.begin(SceneIds.ANNOTATIONS, null);
        for (Annotation annotation : chart.spec.annotations()) {
            switch (annotation) {
                case Annotation.ReferenceLine line -> referenceLine(line);
                case Annotation.Note note -> note(note);
                case Annotation.Arrow arrow -> arrow(arrow);
                case Annotation.Highlight ignored -> {
                    // drawn by the plot: the other items recede
                }
            }
        }
        canvas.end();
        return bottom;
    }

    private void referenceLine(Annotation.ReferenceLine line) {
        Plot.ValueAxis axis = plot.axis();
        if (axis == null) {
            return;
        }
        Theme theme = chart.theme;
        double x = axis.scale().map(line.value());
        String id = SceneIds.annotation(line.id());
        canvas.begin(id, chart.text(line.label()));
        // the line breaks around the texts it crosses, as grid lines do
        List<double[]> pieces = BottomAxis.around(canvas.textBoxes(), x, axis.top() - 6, axis.bottom() + 4);
        for (int i = 0; i < pieces.size(); i++) {
            canvas.line(i == 0 ? SceneIds.child(id, "line") : SceneIds.line(SceneIds.child(id, "line"), i), x, pieces.get(i)[0], x, pieces.get(i)[1],
                    Stroke.dashed(theme.colors().annotation(), 1.5, 5, 3));
        }
        if (line.label() != null) {
            Font font = canvas.bold(theme.sizes().annotation());
            String text = chart.text(line.label());
            double width = canvas.measurer().width(text, font);
            double right = chart.width - theme.sizes().padding();
            // in the band the plot keeps free above its rows, centred on the line where there is room
            double left = Math.max(theme.sizes().padding(), Math.min(x - width / 2, right - width));
            double baseline = axis.top() - 8 - canvas.measurer().descent(font);
            Box box = canvas.box(text, font, left, baseline, Anchor.START);
            if (canvas.collidesWithText(box)) {
                Box place = below(box);
                baseline = place.y() + canvas.measurer().ascent(font);
                left = place.x();
            }
            canvas.text(SceneIds.child(id, "label"), left, baseline, text, font, theme.colors().annotation(), Anchor.START);
        }
        canvas.end();
    }

    private void note(Annotation.Note note) {
        Optional<Anchors.Point> anchor = resolve(note.anchor());
        if (anchor.isEmpty()) {
            return;
        }
        Theme theme = chart.theme;
        Font font = canvas.regular(theme.sizes().annotation());
        String id = SceneIds.annotation(note.id());
        String text = chart.text(note.text());
        Anchors.Point point = anchor.get();
        canvas.begin(id, text);
        if (note.offset() != null) {
            List<String> lines = Wrap.lines(text, font, noteWidth(), canvas.measurer());
            var place = new Box(point.x() + note.offset().dx(), point.y() + note.offset().dy(),
                    Wrap.widest(lines, font, canvas.measurer()), canvas.blockHeight(lines.size(), font));
            drawNote(id, lines, place, point, note.connector(), font);
            placed(note.id(), point, place);
            canvas.end();
            return;
        }
        for (double share : new double[] {1, 0.7, 0.5}) {
            List<String> lines = Wrap.lines(text, font, noteWidth() * share, canvas.measurer());
            double width = Wrap.widest(lines, font, canvas.measurer());
            Optional<Box> place = bestPlace(point, width, canvas.blockHeight(lines.size(), font));
            if (place.isPresent()) {
                drawNote(id, lines, place.get(), point, note.connector(), font);
                placed(note.id(), point, place.get());
                canvas.end();
                return;
            }
        }
        placed(note.id(), point, footnote(id, text, point, font));
        canvas.end();
    }

    private void placed(String id, Anchors.Point point, Box box) {
        anchored.put(id, new LaidOutChart.NotePlacement(point.x(), point.y(), box.x(), box.y()));
    }

    private void drawNote(String id, List<String> lines, Box place, Anchors.Point point, boolean connector, Font font) {
        Theme theme = chart.theme;
        if (connector || distance(place, point.x(), point.y()) > 24) {
            double[] edge = nearestEdgePoint(place, point.x(), point.y());
            canvas.line(SceneIds.child(id, "connector"), edge[0], edge[1], point.x(), point.y(),
                    Stroke.solid(theme.colors().annotation(), 1));
            canvas.circle(SceneIds.child(id, "connector-end"), point.x(), point.y(), 2, theme.colors().annotation(), null);
        }
        canvas.lines(SceneIds.child(id, "text"), lines, place.x(), place.y(), font, theme.colors().annotation(), Anchor.START);
    }

    /**
     * Where no place beside the anchor is free, a numbered marker goes at the anchor and the note under
     * the plot after the same number, as newspapers do: nothing is drawn over another text.
     */
    private Box footnote(String id, String text, Anchors.Point point, Font font) {
        Theme theme = chart.theme;
        String number = String.valueOf(++footnotes);
        Font markerFont = canvas.bold(theme.sizes().annotation() - 2);
        double radius = Math.max(7, canvas.measurer().width(number, markerFont) / 2 + 3);
        Box mark = point.mark();
        Box spot = bestPlace(point, 2 * radius, 2 * radius)
                .orElse(new Box(mark.right() + 2, point.y() - radius, 2 * radius, 2 * radius));
        double cx = spot.centerX();
        double cy = spot.centerY();
        canvas.circle(SceneIds.child(id, "marker"), cx, cy, radius, theme.colors().annotation(), null);
        double markerBaseline = cy + (canvas.measurer().ascent(markerFont) - canvas.measurer().descent(markerFont)) / 2;
        canvas.text(SceneIds.child(id, "marker-number"), cx, markerBaseline, number, markerFont, dk.taktstok.chart.scene.Color.WHITE,
                Anchor.MIDDLE);
        double left = chart.theme.sizes().padding();
        double width = chart.width - 2 * left;
        List<String> lines = Wrap.lines(number + "  " + text, font, width, canvas.measurer());
        Box place = below(new Box(0, 0, width, canvas.blockHeight(lines.size(), font)));
        canvas.lines(SceneIds.child(id, "text"), lines, left, place.y(), font, theme.colors().annotation(), Anchor.START);
        return new Box(left, place.y(), place.width(), place.height());
    }

    private void arrow(Annotation.Arrow arrow) {
        Optional<Anchors.Point> from = resolve(arrow.from());
        Optional<Anchors.Point> to = resolve(arrow.to());
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Theme theme = chart.theme;
        String id = SceneIds.annotation(arrow.id());
        Color color = theme.colors().annotation();
        double x1 = from.get().x();
        double y1 = from.get().y();
        double x2 = to.get().x();
        double y2 = to.get().y();
        double length = Math.hypot(x2 - x1, y2 - y1);
        canvas.begin(id, chart.text(arrow.label()));
        if (length > 1) {
            double ux = (x2 - x1) / length;
            double uy = (y2 - y1) / length;
            double head = 8;
            double bx = x2 - ux * head;
            double by = y2 - uy * head;
            // a gentle bend reads as drawn by hand, the newsroom convention for annotation arrows
            double bend = Math.min(30, length / 5);
            double cx = (x1 + bx) / 2 - uy * bend;
            double cy = (y1 + by) / 2 + ux * bend;
            canvas.path(SceneIds.child(id, "shaft"), List.of(new PathOp.MoveTo(x1, y1),
                    new PathOp.CurveTo(cx, cy, cx, cy, bx, by)), null, Stroke.solid(color, 1.5));
            canvas.path(SceneIds.child(id, "head"), List.of(new PathOp.MoveTo(x2, y2),
                    new PathOp.LineTo(bx - uy * 4, by + ux * 4), new PathOp.LineTo(bx + uy * 4, by - ux * 4),
                    new PathOp.Close()), color, null);
        }
        if (arrow.label() != null) {
            Font font = canvas.regular(theme.sizes().annotation());
            List<String> lines = Wrap.lines(chart.text(arrow.label()), font, noteWidth(), canvas.measurer());
            double width = Wrap.widest(lines, font, canvas.measurer());
            double height = canvas.blockHeight(lines.size(), font);
            Box place = bestPlace(new Anchors.Point(x1, y1, new Box(x1, y1, 0, 0)), width, height)
                    .orElseGet(() -> below(new Box(0, 0, width, height)));
            canvas.lines(SceneIds.child(id, "label"), lines, place.x(), place.y(), font, color, Anchor.START);
        }
        canvas.end();
    }

    /** Where each drawn note was anchored, by annotation id. */
    java.util.Map<String, LaidOutChart.NotePlacement> anchored() {
        return anchored;
    }

    private Optional<Anchors.Point> resolve(AnnotationAnchor anchor) {
        return switch (anchor) {
            case AnnotationAnchor.DataPoint point -> plot.anchors().find(point.target(), point.category());
            case AnnotationAnchor.FreePoint free -> {
                Box area = plot.area();
                double x = area.x() + free.x() * area.width();
                double y = area.y() + free.y() * area.height();
                yield Optional.of(new Anchors.Point(x, y, new Box(x, y, 0, 0)));
            }
        };
    }

    /** The first place around the anchor's mark, nearest first, that overlaps no text and stays inside. */
    private Optional<Box> bestPlace(Anchors.Point point, double width, double height) {
        Box mark = point.mark();
        for (double ring : RINGS) {
            Box[] candidates = {
                new Box(mark.right() + ring, point.y() - height / 2, width, height),
                new Box(mark.right() + ring, mark.y() - ring - height, width, height),
                new Box(mark.right() + ring, mark.bottom() + ring, width, height),
                new Box(point.x() - width / 2, mark.bottom() + ring, width, height),
                new Box(point.x() - width / 2, mark.y() - ring - height, width, height),
                new Box(mark.x() - ring - width, point.y() - height / 2, width, height),
                new Box(mark.x() - ring - width, mark.bottom() + ring, width, height),
                new Box(mark.x() - ring - width, mark.y() - ring - height, width, height),
            };
            for (Box candidate : candidates) {
                if (fits(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Inside the chart's margins and the plot's height, over no text. */
    private boolean fits(Box box) {
        double padding = chart.theme.sizes().padding();
        var bounds = new Box(padding, plot.area().y() - 4, chart.width - 2 * padding,
                bottom - plot.area().y() + 4);
        return box.within(bounds) && !canvas.collidesWithText(box.grow(2));
    }

    /** A place under everything drawn so far, at the left of the plot area. */
    private Box below(Box size) {
        double x = Math.max(chart.theme.sizes().padding(),
                Math.min(plot.area().x(), chart.width - chart.theme.sizes().padding() - size.width()));
        if (size.width() >= chart.width - 2 * chart.theme.sizes().padding() - 1) {
            x = chart.theme.sizes().padding();
        }
        var place = new Box(x, bottom + NOTE_GAP, size.width(), size.height());
        bottom = place.bottom();
        return place;
    }

    private double noteWidth() {
        return Math.min(220, (chart.width - 2 * chart.theme.sizes().padding()) * 0.45);
    }

    private static double distance(Box box, double x, double y) {
        double[] edge = nearestEdgePoint(box, x, y);
        return Math.hypot(edge[0] - x, edge[1] - y);
    }

    private static double[] nearestEdgePoint(Box box, double x, double y) {
        return new double[] {Math.max(box.x(), Math.min(x, box.right())), Math.max(box.y(), Math.min(y, box.bottom()))};
    }
}

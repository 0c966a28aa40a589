package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.model.AnnotationAnchor;
import java.util.List;
import java.util.Optional;

/**
 * What placing a chart's annotations shares: the plot, what is drawn so far, where annotation texts may
 * go, how much of each row's room under its marks is taken, and the room asked for that was not there.
 */
final class Placing {

    /** Space between an annotation's text and what it sits beside. */
    static final double GAP = 6;
    /** Room taken in a band: the space left between two things stacked in it. */
    static final double STACK_GAP = 3;

    final ChartContext chart;
    final Typesetter type;
    final Plot.Result plot;
    final Obstacles obstacles;
    /** Where annotation texts may lie: the chart's margins, from the reference band to the axis. */
    final Box bounds;
    final Room granted;
    private Room asked = Room.NONE;
    /** Steps in which a band is searched for a free place, across and down. */
    private static final double BAND_STEP = 4;
    /** How far down a band is searched; past it, a note goes where it would go in an empty band. */
    private static final double MAX_BAND = 400;

    /** The plot as first computed, with no room for annotations: free points are read on it. */
    private final Plot.Result first;

    Placing(ChartContext chart, Typesetter type, Plot.Result first, Plot.Result plot, Obstacles obstacles,
            Room granted) {
        this.chart = chart;
        this.type = type;
        this.first = first;
        this.plot = plot;
        this.obstacles = obstacles;
        this.granted = granted;
        double padding = chart.theme.sizes().padding();
        double top = Math.min(plot.band().y(), plot.area().y());
        this.bounds = new Box(padding, top, chart.width - 2 * padding, plot.underRows().bottom() - top);
    }

    Font font() {
        return type.regular(chart.theme.sizes().annotation());
    }

    Font boldFont() {
        return type.bold(chart.theme.sizes().annotation());
    }

    /** The widest a note may be: most of a narrow chart, at most a comfortable measure on a wide one. */
    double noteWidth() {
        return Math.min(220, (chart.width - 2 * chart.theme.sizes().padding()) * 0.6);
    }

    /** Lines of {@code text} at most {@code width} wide, with the first line's top at (x, top). */
    TextBlock block(String text, Font font, double width, double x, double top) {
        List<String> lines = type.wrap(text, font, width);
        return type.block(lines, x, top, font, chart.theme.colors().annotation(), Anchor.START);
    }

    static double width(TextBlock block, Typesetter type) {
        return type.widest(block.lines(), block.font());
    }

    static Box box(TextBlock block, Typesetter type) {
        return new Box(block.x(), block.top(), width(block, type), block.height());
    }

    static TextBlock moved(TextBlock block, double x, double top) {
        return new TextBlock(block.lines(), x, top, block.height(), block.font(), block.color(), block.anchor());
    }

    /** Whether a text box may go here: inside the bounds, covering nothing. */
    boolean free(Box box) {
        return box.within(bounds) && !obstacles.hits(box.grow(1));
    }

    Optional<Anchors.Point> resolve(AnnotationAnchor anchor) {
        return switch (anchor) {
            case AnnotationAnchor.DataPoint point -> plot.anchors().find(point.target(), point.category());
            case AnnotationAnchor.FreePoint free -> {
                Box area = first.area();
                double x = area.x() + clamp(free.x()) * area.width();
                double y = shifted(area.y() + clamp(free.y()) * area.height());
                yield Optional.of(new Anchors.Point(x, y, new Box(x, y, 0, 0)));
            }
        };
    }

    /**
     * A height on the plot as first computed, moved down with the row it lies on by the room the
     * layout has since left above that row. So a free point stays beside the same row however much room
     * annotations take, and placing them does not move the points they are placed from.
     */
    private double shifted(double y) {
        double shift = plot.area().y() - first.area().y();
        double top = Double.NEGATIVE_INFINITY;
        for (Anchors.Row row : first.anchors().rows()) {
            Optional<Anchors.Row> now = plot.anchors().row(row.key());
            if (row.band().y() <= y && row.band().y() > top && now.isPresent()) {
                top = row.band().y();
                shift = now.get().band().y() - row.band().y();
            }
        }
        return y + shift;
    }

    /**
     * A place for a box of this size in the room under a row: the highest free place, centred on
     * {@code x} where it can be, else moved sideways. Asks for more room where the row has too little;
     * the place is then right on the next layout, which grants it.
     */
    Box below(Anchors.Row row, double x, double width, double height) {
        Box band = row.below();
        Box place = freeIn(band.x(), band.right(), band.y(), band.y() + band.height(), x, width, height);
        ask(Room.NONE.withBelow(row.key(), place.bottom() - band.y()));
        return place;
    }

    /**
     * As {@link #below}, from {@code top} down rather than from the top of the room, and asking for
     * room only if {@code take}: a place looked at but not taken asks for nothing.
     */
    Box belowFrom(Anchors.Row row, double top, double x, double width, double height, boolean take) {
        Box band = row.below();
        Box place = freeIn(band.x(), band.right(), Math.max(band.y(), top), band.y() + band.height(), x, width, height);
        if (take) {
            ask(Room.NONE.withBelow(row.key(), place.bottom() - band.y()));
        }
        return place;
    }

    /** The same for a box anchored to no row: the band under the last row, above the axis. */
    Box underRows(double x, double width, double height) {
        Box band = plot.underRows();
        Box place = freeIn(bounds.x(), bounds.right(), band.y(), band.bottom(), x, width, height);
        ask(Room.NONE.withUnderRows(place.bottom() - band.y()));
        return place;
    }

    /**
     * The highest place from {@code top} down, between {@code left} and {@code right}, where the box
     * covers nothing, centred on {@code x} where it can be; what the plot drew below {@code granted}
     * moves down with the room asked for, so only annotations count there.
     */
    private Box freeIn(double left, double right, double top, double granted, double x, double width, double height) {
        double lo = Math.max(bounds.x(), left);
        double hi = Math.min(bounds.right(), right);
        double centred = Math.max(lo, Math.min(x - width / 2, hi - width));
        for (double y = top; y < top + MAX_BAND; y += BAND_STEP) {
            for (double dx = 0; dx <= hi - lo; dx += BAND_STEP) {
                for (double candidate : new double[] {centred + dx, centred - dx}) {
                    if (candidate < lo - 0.01 || candidate + width > hi + 0.01) {
                        continue;
                    }
                    var box = new Box(candidate, y, width, height);
                    if (!obstacles.hits(box.grow(1), granted)) {
                        return box;
                    }
                    if (dx == 0) {
                        break;
                    }
                }
            }
        }
        return new Box(centred, top, width, height);
    }

    int grantedLevels() {
        return granted.referenceLevels();
    }

    void ask(Room more) {
        asked = asked.union(more);
    }

    Room asked() {
        return asked;
    }

    /** The line's height of annotation texts, and the room a level of reference labels takes. */
    double levelHeight() {
        return type.blockHeight(1, boldFont()) + STACK_GAP;
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}

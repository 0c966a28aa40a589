package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;
import dk.taktstok.chart.scene.PathOp;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.Stroke;
import dk.taktstok.model.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a chart's annotations against what the plot drew — reference lines' labels first, then notes,
 * then arrows — so that none covers a text, a value, a mark or a line, and asks the plot for room where
 * there is none: layout then computes the plot again with it and places the annotations again. Drawing
 * only emits what was placed; reference lines are drawn last, broken around every text.
 */
final class AnnotationLayout {

    private AnnotationLayout() {
    }

    /** An annotation as placed. */
    sealed interface Placed permits PlacedNote, PlacedArrow, PlacedReference {

        String id();

        String title();
    }

    /** A line from the note's edge to its anchor's mark. */
    record Connector(double x1, double y1, double x2, double y2) {
    }

    record PlacedNote(String id, String title, TextBlock text, Connector connector, double anchorX, double anchorY)
            implements Placed {
    }

    /**
     * An arrow: a curve from the tail (x1, y1) through the control point (cx, cy) to the head's base
     * (bx, by), the head a triangle of the three points in {@code head}, the first its tip; {@code head}
     * null for an arrow shortened to its label, where a crowded row left no way for it.
     */
    record PlacedArrow(String id, String title, double x1, double y1, double cx, double cy, double bx, double by,
                       double tipX, double tipY, double[] head, TextBlock label) implements Placed {
    }

    /** A reference line from {@code top} to {@code bottom} at {@code x}; {@code label} null when it has none. */
    record PlacedReference(String id, String title, double x, double top, double bottom, PlacedText label)
            implements Placed {
    }

    /**
     * @param placed    in the order of the chart's annotations
     * @param asked     room the placements need that the plot did not leave
     * @param anchored  where each note was anchored and placed, by annotation id
     */
    record Plan(List<Placed> placed, Room asked, Map<String, LaidOutChart.NotePlacement> anchored) {

        Plan {
            placed = List.copyOf(placed);
            anchored = Map.copyOf(anchored);
        }
    }

    /**
     * @param first the plot as first computed, with no room granted: free points are read on it
     * @param plot  the plot as now computed, with the room {@code granted}
     */
    static Plan plan(ChartContext chart, Typesetter type, Plot.Result first, Plot.Result plot, Obstacles obstacles,
                     Room granted) {
        var placing = new Placing(chart, type, first, plot, obstacles, granted);
        var byId = new LinkedHashMap<String, Placed>();
        var references = new ReferencePlacer(placing);
        var notes = new NotePlacer(placing);
        var arrows = new ArrowPlacer(placing);
        List<Annotation> annotations = chart.spec.annotations();
        for (Annotation a : annotations) {
            if (a instanceof Annotation.ReferenceLine line) {
                references.place(line).ifPresent(p -> byId.put(a.id(), p));
            }
        }
        // notes before arrows: where a note goes then depends only on its row, not on arrows that cross
        // rows and move as rows get room, so asking for room comes to an end
        // each arrow keeps its way free under its target while the notes are placed, until its own turn
        var kept = new LinkedHashMap<String, Box>();
        for (Annotation a : annotations) {
            if (a instanceof Annotation.Arrow arrow) {
                Box box = arrows.reserve(arrow);
                if (box != null) {
                    kept.put(a.id(), box);
                }
            }
        }
        for (Annotation a : annotations) {
            if (a instanceof Annotation.Note note) {
                notes.place(note).ifPresent(p -> byId.put(a.id(), p));
            }
        }
        for (Annotation a : annotations) {
            if (a instanceof Annotation.Arrow arrow) {
                Box box = kept.get(a.id());
                if (box != null) {
                    obstacles.release(box);
                }
                arrows.place(arrow, box).ifPresent(p -> byId.put(a.id(), p));
            }
        }
        var ordered = new ArrayList<Placed>();
        var anchored = new LinkedHashMap<String, LaidOutChart.NotePlacement>();
        for (Annotation a : annotations) {
            Placed placed = byId.get(a.id());
            if (placed != null) {
                ordered.add(placed);
            }
            if (placed instanceof PlacedNote note) {
                anchored.put(note.id(), new LaidOutChart.NotePlacement(note.anchorX(), note.anchorY(), note.text().x(),
                        note.text().top()));
            }
        }
        return new Plan(ordered, placing.asked(), anchored);
    }

    /** Notes, arrows and the labels of reference lines; the lines themselves come last ({@link #drawLines}). */
    static void draw(Canvas canvas, Plan plan) {
        if (plan.placed().isEmpty()) {
            return;
        }
        Color color = canvas.theme().colors().annotation();
        canvas.begin(SceneIds.ANNOTATIONS, null);
        for (Placed placed : plan.placed()) {
            String id = SceneIds.annotation(placed.id());
            canvas.begin(id, placed.title());
            switch (placed) {
                case PlacedNote note -> {
                    if (note.connector() != null) {
                        Connector c = note.connector();
                        canvas.line(SceneIds.child(id, "connector"), c.x1(), c.y1(), c.x2(), c.y2(), Stroke.solid(color, 1));
                        canvas.circle(SceneIds.child(id, "connector-end"), c.x2(), c.y2(), NotePlacer.CONNECTOR_DOT, color,
                                null);
                    }
                    canvas.lines(SceneIds.child(id, "text"), note.text());
                }
                case PlacedArrow arrow when arrow.head() == null -> {
                    // shortened to its label: the row had no way for it
                    if (arrow.label() != null) {
                        canvas.lines(SceneIds.child(id, "label"), arrow.label());
                    }
                }
                case PlacedArrow arrow -> {
                    canvas.path(SceneIds.child(id, "shaft"), List.of(new PathOp.MoveTo(arrow.x1(), arrow.y1()),
                            new PathOp.CurveTo(arrow.cx(), arrow.cy(), arrow.cx(), arrow.cy(), arrow.bx(), arrow.by())),
                            null, Stroke.solid(color, ArrowPlacer.STROKE));
                    double[] h = arrow.head();
                    canvas.path(SceneIds.child(id, "head"), List.of(new PathOp.MoveTo(h[0], h[1]),
                            new PathOp.LineTo(h[2], h[3]), new PathOp.LineTo(h[4], h[5]), new PathOp.Close()), color, null);
                    if (arrow.label() != null) {
                        canvas.lines(SceneIds.child(id, "label"), arrow.label());
                    }
                }
                case PlacedReference reference -> {
                    if (reference.label() != null) {
                        canvas.text(SceneIds.child(id, "label"), reference.label());
                    }
                }
            }
            canvas.end();
        }
        canvas.end();
    }

    /** The reference lines, broken around every text drawn, as grid lines are. */
    static void drawLines(Canvas canvas, Plan plan) {
        Stroke stroke = Stroke.dashed(canvas.theme().colors().annotation(), 1.5, 5, 3);
        for (Placed placed : plan.placed()) {
            if (placed instanceof PlacedReference reference) {
                String line = SceneIds.child(SceneIds.annotation(reference.id()), "line");
                List<double[]> pieces = BottomAxis.around(canvas.textBoxes(), reference.x(), reference.top(),
                        reference.bottom());
                for (int i = 0; i < pieces.size(); i++) {
                    canvas.line(i == 0 ? line : SceneIds.line(line, i), reference.x(), pieces.get(i)[0], reference.x(),
                            pieces.get(i)[1], stroke);
                }
            }
        }
    }
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.layout.AnnotationLayout.PlacedReference;
import dk.taktstok.chart.scene.Anchor;
import dk.taktstok.chart.scene.Font;
import dk.taktstok.model.Annotation;
import java.util.Optional;

/**
 * Places a reference line's label in the band above the rows, centred on the line where the chart's
 * margins allow: on the lowest line of the band where it covers nothing, so labels of lines close
 * together stack instead of overlapping. The line runs from its label down through the rows.
 */
final class ReferencePlacer {

    /** How far the line reaches above the first row and below the last, without a label. */
    private static final double OVERHANG_TOP = 6;
    private static final double OVERHANG_BOTTOM = 4;
    /** Space between the label and the line under it. */
    private static final double LABEL_GAP = 2;

    private final Placing placing;

    ReferencePlacer(Placing placing) {
        this.placing = placing;
    }

    Optional<PlacedReference> place(Annotation.ReferenceLine line) {
        Plot.ValueAxis axis = placing.plot.axis();
        if (axis == null) {
            return Optional.empty();
        }
        LinearScale scale = axis.scale();
        if (line.value() < scale.domainMin() || line.value() > scale.domainMax()) {
            return Optional.empty();
        }
        double x = scale.map(line.value());
        String title = placing.chart.text(line.label());
        double bottom = axis.bottom() + OVERHANG_BOTTOM;
        if (title == null || title.isBlank()) {
            return Optional.of(new PlacedReference(line.id(), title, x, axis.top() - OVERHANG_TOP, bottom, null));
        }
        Font font = placing.boldFont();
        double width = placing.type.width(title, font);
        double height = placing.type.blockHeight(1, font);
        double left = Math.max(placing.bounds.x(), Math.min(x - width / 2, placing.bounds.right() - width));
        Box band = placing.plot.band();
        Box place = null;
        for (int level = 0; place == null; level++) {
            var candidate = new Box(left, band.bottom() - Placing.STACK_GAP - level * placing.levelHeight() - height,
                    width, height);
            if (level >= placing.grantedLevels()) {
                placing.ask(Room.NONE.withReferenceLevels(level + 1));
                place = candidate;
            } else if (!placing.obstacles.hits(candidate.grow(1))) {
                place = candidate;
            }
        }
        placing.obstacles.add(Obstacles.Kind.TEXT, place);
        var label = new PlacedText(title, place.x(), place.y() + placing.type.ascent(font), font,
                placing.chart.theme.colors().annotation(), Anchor.START);
        return Optional.of(new PlacedReference(line.id(), title, x, place.bottom() + LABEL_GAP, bottom, label));
    }
}

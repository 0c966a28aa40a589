package dk.taktstok.model;

import java.util.Objects;

/** Where an annotation points: at a data point of the chart, or at a free place in its plot area. */
public sealed interface AnnotationAnchor {

    /**
     * A data point: an item (its bar, dot or row), a group, or a gap, by id; with a category, that
     * category's segment of an item's bar.
     *
     * @param category a category name, or null for the item as a whole
     */
    record DataPoint(String target, String category) implements AnnotationAnchor {
        public DataPoint {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * A free place, as fractions of the plot area: (0, 0) its top left, (1, 1) its bottom right; so the
     * place keeps its meaning at any width.
     */
    record FreePoint(double x, double y) implements AnnotationAnchor {
        public FreePoint {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a free point needs finite coordinates");
            }
        }
    }
}

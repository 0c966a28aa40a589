package dk.taktstok.model;

import java.util.Objects;

/** Something a journalist adds to a chart to point the reader at the story. */
public sealed interface Annotation {

    String id();

    /**
     * A text, anchored to a data point or placed freely.
     *
     * @param offset where the text sits relative to its anchor, in chart units (pixels at the chart's
     *               width); null to let layout place it where it fits
     * @param connector whether a thin line joins the text to its anchor
     */
    record Note(String id, Text text, AnnotationAnchor anchor, Offset offset, boolean connector) implements Annotation {
        public Note {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** An arrow from one place to another, with an optional label at its tail. */
    record Arrow(String id, AnnotationAnchor from, AnnotationAnchor to, Text label) implements Annotation {
        public Arrow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * A line across the plot at a value of the value axis (percent or points), with a label.
     */
    record ReferenceLine(String id, double value, Text label) implements Annotation {
        public ReferenceLine {
            Objects.requireNonNull(id, "id");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("reference line " + id + " needs a finite value");
            }
        }
    }

    /** One item drawn in full colour while the others recede. */
    record Highlight(String id, String itemId) implements Annotation {
        public Highlight {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** A displacement in chart units. */
    record Offset(double dx, double dy) {
        public Offset {
            if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
                throw new IllegalArgumentException("an offset needs finite numbers");
            }
        }
    }
}

package dk.taktstok.model;

import java.util.Objects;

/** Items sorted by a measure; a chart without one keeps the source order. */
public record SortOrder(Measure measure, boolean descending) {

    public SortOrder {
        Objects.requireNonNull(measure, "measure");
    }
}

package dk.taktstok.chart.layout;

/**
 * A value written inside its bar segment, and whether it fits there: a label that does not fit is
 * left out rather than drawn over the segment's edge.
 */
record ValueLabel(PlacedText text, boolean fits) {
}

package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Anchor;

/**
 * Values written under their bar segments, where a story's value does not fit inside: each centred on
 * its segment where the one before leaves room, else just after it, so that none overlaps another.
 */
final class Callouts {

    /** Space between the bar and the values under it. */
    static final double GAP = 2;
    /** The least space between two values side by side. */
    private static final double SPACING = 6;

    private final Typesetter type;
    private double free = Double.NEGATIVE_INFINITY;

    Callouts(Typesetter type) {
        this.type = type;
    }

    /** The value under {@code segment}, its baseline at {@code baseline}. */
    PlacedText place(PlacedText value, Box segment, double baseline) {
        double width = type.width(value.text(), value.font());
        double left = Math.max(segment.centerX() - width / 2, free + SPACING);
        free = left + width;
        return new PlacedText(value.text(), left, baseline, value.font(), value.color(), Anchor.START);
    }
}

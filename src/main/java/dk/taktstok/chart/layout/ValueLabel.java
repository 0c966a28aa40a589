package dk.taktstok.chart.layout;

/**
 * A segment's value and where it is written: inside the segment when it fits there; for the categories
 * that tell the story (the top box), otherwise just past the bar's end or under the segment; for the
 * others, nowhere rather than over the segment's edge.
 */
record ValueLabel(PlacedText text, Placement placement) {

    enum Placement { INSIDE, OUTSIDE, BELOW, NONE }

    /** Whether it is written inside its segment. */
    boolean fits() {
        return placement == Placement.INSIDE;
    }

    boolean shown() {
        return placement != Placement.NONE;
    }
}
